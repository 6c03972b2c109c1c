// Tests: traceback frames for a panic three calls deep.
package main

import "fmt"

func c(n int) {
	if n > 2 {
		panic(fmt.Sprintf("too big: %d", n))
	}
}

func b(n int) { c(n + 1) }
func a(n int) { b(n + 1) }

func main() {
	a(1)
}
