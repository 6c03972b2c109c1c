// Tests: compile error: interfaces that embed each other, and one that embeds itself
package main

type I interface {
	J
	M()
}
type J interface{ I }

type K interface{ K }

func main() {}
