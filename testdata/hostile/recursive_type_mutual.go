// Tests: types containing each other through an array are an invalid recursive type, reported from the first
package main

type A struct{ b [2]B }

type B struct{ a A }

func main() {
	var x A
	_ = x
}
