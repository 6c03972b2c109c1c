// An instantiation cycle through two generic functions with explicit type
// arguments: F[T] instantiates G[Box[T]], G[U] instantiates F[U]; each step
// of the cycle is a line, from the type parameter declared first.
package main

type Box[T any] struct{ v T }

func F[T any](n int) {
	if n > 0 {
		G[Box[T]](n - 1)
	}
}

func G[U any](n int) {
	F[U](n)
}

func main() {
	F[int](3)
}
