// Tests: compile error: undefined parameter, result, field and variable types are invalid, not int: their uses report nothing more
package main

func f(x Foo, y []Bar) Baz {
	x.Method()
	y[0].F = 1
	var z Qux = x + 1
	return z
}

type S struct {
	a Undef
}

func main() {
	var s S
	s.a.b()
	f(1, nil)
}
