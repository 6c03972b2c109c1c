// Tests: deferred closures can read and modify named results after return sets them.
package main

import "fmt"

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func trace() (s string) {
	defer func() { s += " (deferred)" }()
	s = "body"
	return s + "+ret"
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func main() {
	fmt.Println(double(), trace(), unnamed())
}
