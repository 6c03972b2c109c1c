// Tests: a generic type declared inside a function used without instantiation
package main

func main() {
	type Pair[A, B any] struct {
		a A
		b B
	}
	var p Pair
	_ = p
}
