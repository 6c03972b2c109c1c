// Tests: compile error: assigning to a field of a struct in a map
package main

type P struct{ X int }

func main() {
	m := map[string]P{"a": {}}
	m["a"].X = 1
}
