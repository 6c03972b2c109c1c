// Tests: compile error: fallthrough nested inside an if in a case body.
package main

import "fmt"

func main() {
	x := 2
	switch {
	case x > 1:
		if x > 0 {
			fallthrough
		}
	case x > 0:
		fmt.Println("positive")
	}
}
