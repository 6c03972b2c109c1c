// Tests: compile error: a method on an interface type
package main

type I interface{ M() }

func (i I) N() {}

func main() {
}
