// Tests: an unused variable in a generic function that is never instantiated
package main

func f[T any](x T) {
	y := 1
}

func main() {}
