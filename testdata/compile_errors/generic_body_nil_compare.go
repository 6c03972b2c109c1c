// Tests: comparing a type parameter value with nil
package main

func isNil[T any](x T) bool {
	return x == nil
}

func main() {}
