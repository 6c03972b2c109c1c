// Tests: compile error: == on structs with a slice field
package main

type T struct{ s []int }

func main() {
	a, b := T{}, T{}
	println(a == b)
}
