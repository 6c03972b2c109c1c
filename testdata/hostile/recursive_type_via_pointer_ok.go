// Tests: recursion through a pointer, slice or map is not an invalid recursive type
package main

type A struct {
	b *B
	s []A
	m map[int]A
}

type B struct{ a A }

func main() {
	var x A
	x.b = &B{}
	x.s = append(x.s, A{})
	println(x.b.a.b == nil, len(x.s))
}
