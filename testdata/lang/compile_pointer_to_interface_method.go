// Tests: compile error: a pointer to an interface has no methods (gostack called the interface's method through it).
package main

type I interface{ M() }

func main() {
	var p *I
	p.M()
}
