// Tests: compile error: a type listed twice in a type switch
package main

func main() {
	var x any = 1
	switch x.(type) {
	case int:
	case string, int:
	}
}
