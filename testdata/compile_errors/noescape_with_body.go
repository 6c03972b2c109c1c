// Tests: compile error: //go:noescape on a function with a Go body
package main

//go:noescape
func f(p *int) {}

func main() { f(nil) }
