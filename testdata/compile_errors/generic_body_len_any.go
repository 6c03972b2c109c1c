// Tests: len of a type parameter constrained by any (in a generic function never called)
package main

func size[T any](x T) int {
	return len(x)
}

func main() {}
