// Tests: a type argument of a local generic type that does not satisfy its constraint
package main

func main() {
	type Num[T ~int] struct{ v T }
	var p Num[string]
	_ = p
}
