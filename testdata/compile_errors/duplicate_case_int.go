// Tests: compile error: duplicate constant in an expression switch
package main

func main() {
	x := 2
	switch x {
	case 1:
	case 2, 1:
	}
}
