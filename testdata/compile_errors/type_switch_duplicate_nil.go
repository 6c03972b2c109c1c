// Tests: compile error: nil listed twice in a type switch
package main

func main() {
	var x any
	switch x.(type) {
	case nil:
	case int, nil:
	}
}
