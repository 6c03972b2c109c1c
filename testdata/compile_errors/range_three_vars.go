// Tests: a range clause with three iteration variables (a type error in Go, not a syntax error)
package main

func main() {
	for a, b, c := range []int{1} {
		_, _, _ = a, b, c
	}
}
