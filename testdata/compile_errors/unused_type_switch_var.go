// Tests: compile error: a type switch variable used in no clause
package main

func main() {
	var x any = 1
	switch v := x.(type) {
	case int:
	case string:
	}
}
