// Tests: runtime.Breakpoint without a debugger kills the program with SIGTRAP, after the output so far, exit status 2
package main

import (
	"fmt"
	"runtime"
)

func trap() {
	runtime.Breakpoint()
}

func main() {
	defer fmt.Println("deferred: not run")
	fmt.Println("before")
	trap()
	fmt.Println("after")
}
