// Tests: compile error: a generic function that instantiates itself with an ever larger type argument
package main

type Wrap[T any] struct{ inner T }

func Deep[T any](w Wrap[T], n int) any {
	if n == 0 {
		return w
	}
	return Deep(Wrap[Wrap[T]]{w}, n-1)
}

func main() {
	println(Deep(Wrap[int]{1}, 3) != nil)
}
