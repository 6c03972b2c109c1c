// Tests: compile error: missing return after a switch without default.
package main

import "fmt"

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1:
		return "one"
	}
}

func main() {
	fmt.Println(name(0))
}
