// Tests: compile error: a duplicate key in a map literal
package main

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3}
}
