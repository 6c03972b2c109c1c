// Tests: compile error: a backward goto into a switch case body (block starts at the case keyword).
package main

import "fmt"

func main() {
	n := 1
	switch n {
	case 1:
	Again:
		fmt.Println(n)
		n++
	}
	if n < 3 {
		goto Again
	}
}
