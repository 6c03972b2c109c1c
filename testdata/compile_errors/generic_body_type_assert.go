// Tests: a type assertion on a type parameter value
package main

func isInt[T any](x T) bool {
	_, ok := x.(int)
	return ok
}

func main() {}
