// Tests: a panic runs a deferred runtime.Goexit, which runs a nil deferred func: Goexit's frame and the panic's sit above the function.
package main

import (
	"fmt"
	"runtime"
)

func f() {
	var nf func()
	defer nf()
	defer fmt.Println("deferred print")
	defer runtime.Goexit()
	panic(5)
}

func main() {
	f()
}
