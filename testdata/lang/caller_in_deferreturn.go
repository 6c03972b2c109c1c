package main

import (
	"fmt"
	"runtime"
)

// A deferred call run as its function returns sees that function standing
// at the return it executes (or at its closing brace), not at the last call
// it made before.

func callerLine() int {
	_, _, line, _ := runtime.Caller(2)
	return line
}

func report() { fmt.Println("deferred from line", callerLine()) }

func fallsOff() {
	defer report()
	fmt.Println("body")
}

func explicit(n int) int {
	defer report()
	if n > 0 {
		return n *
			2
	}
	return 0
}

func loops() {
	defer func() {
		_, _, line, _ := runtime.Caller(1)
		fmt.Println("closure deferred from line", line)
	}()
	for i := 0; i < 2; i++ {
		fmt.Println("i", i)
	}
}

func main() {
	fallsOff()
	explicit(1)
	explicit(0)
	loops()
	func() {
		defer report()
	}()
}
