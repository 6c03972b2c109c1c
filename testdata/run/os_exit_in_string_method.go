// Tests: os.Exit inside a String method that fmt calls ends the program at once (nothing more is printed, deferred calls do not run).
package main

import (
	"fmt"
	"os"
)

type T int

func (t T) String() string {
	fmt.Println("in String")
	os.Exit(3)
	return "never"
}

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("before", T(1), "after")
	fmt.Println("not reached")
}
