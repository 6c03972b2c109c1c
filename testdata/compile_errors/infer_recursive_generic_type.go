package main

// F's underlying type mentions F itself: unified inexactly with a function
// type, F[T] would unfold forever; types2 unifies the elements of a type
// exactly in an argument, so the call fails at once.
type F[T any] func(func(F[T]))

func f(F[int])      {}
func g[T any](F[T]) {}

func main() {
	g(f)
}
