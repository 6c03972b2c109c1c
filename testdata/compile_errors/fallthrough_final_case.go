// Tests: compile error: fallthrough in the last switch case
package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	}
}
