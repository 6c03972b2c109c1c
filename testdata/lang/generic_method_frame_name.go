// Tests: a method of a generic type is named with its type arguments elided in a traceback (main.(*Box[...]).Get)
package main

type Box[T any] struct{ p *T }

//go:noinline
func (b *Box[T]) Get() T {
	var zero T
	for i := 0; i < 2; i++ {
		if b.p == nil {
			return *b.p
		}
	}
	return zero
}

//go:noinline
func (b Box[T]) Peek() T {
	return (&b).Get()
}

func main() {
	var b Box[string]
	println(b.Peek())
}
