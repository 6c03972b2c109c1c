// Tests: sending on a type parameter value without a core channel type
package main

func put[T any](ch T) {
	ch <- 1
}

func main() {}
