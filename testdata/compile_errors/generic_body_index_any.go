// Tests: indexing a type parameter constrained by any
package main

func first[T any](x T) {
	_ = x[0]
}

func main() {}
