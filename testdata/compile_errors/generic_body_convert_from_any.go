// Tests: converting a type parameter constrained by any to int
package main

func toInt[T any](x T) int {
	return int(x)
}

func main() {}
