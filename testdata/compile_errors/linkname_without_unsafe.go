// Tests: compile error: //go:linkname in a file that does not import unsafe
package main

//go:linkname f runtime.nanotime
func f() int64

func main() { println(f()) }
