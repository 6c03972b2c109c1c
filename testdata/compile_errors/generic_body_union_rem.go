// Tests: % on a type parameter whose type set has a float type
package main

func rem[T ~int | ~float64](x T) T {
	return x % 2
}

func main() {}
