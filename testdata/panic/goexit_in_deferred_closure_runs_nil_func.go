// Tests: a deferred closure calls runtime.Goexit during a panic, and Goexit runs a nil deferred func: Goexit, the closure and the panic frame show.
package main

import "runtime"

func f() {
	var nf func()
	defer nf()
	defer func() { runtime.Goexit() }()
	panic(5)
}

func main() {
	f()
}
