// Tests: compile error: a selector on a pointer to an interface says "pointer to interface, not interface".
package main

type I interface{ M() }

func main() {
	var p *I
	_ = p.x
}
