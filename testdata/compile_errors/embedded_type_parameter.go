// Tests: a generic struct cannot embed its type parameter (or a pointer to it)
package main

type box[T any] struct {
	*T
	n int
}

func main() {
	b := box[int]{n: 1}
	println(b.n)
}
