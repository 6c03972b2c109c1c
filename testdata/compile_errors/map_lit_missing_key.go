// Tests: compile error: a map literal element without a key
package main

func main() {
	_ = map[string]int{"a": 1, 2}
}
