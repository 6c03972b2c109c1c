// Tests: compile error: assignment to a field of a map element
package main

type P struct{ n int }

func main() {
	m := map[string]P{}
	m["a"].n = 1
}
