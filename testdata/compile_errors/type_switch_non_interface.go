// Tests: compile error: a type switch on an int
package main

func main() {
	x := 5
	switch x.(type) {
	case int:
	}
}
