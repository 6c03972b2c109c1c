// Tests: a struct embedding a value whose method has a pointer receiver does not implement the interface as a value (method M has pointer receiver).
package main

type S int

func (s *S) M() {}

type T struct {
	a int
	S
}

type I interface{ M() }

func main() {
	var i I = &T{}
	var j I = T{}
	_, _ = i, j
}
