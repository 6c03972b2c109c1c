// Tests: range over a type parameter constrained by any: no specific type
package main

func each[T any](x T) {
	for range x {
	}
}

func main() {}
