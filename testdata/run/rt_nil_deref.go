// Tests: dereferencing a nil pointer panics; the "[signal ...]" line is not part of the head.
package main

type T struct{ n int }

func main() {
	var p *T
	println("about to crash")
	p.n = 1
}
