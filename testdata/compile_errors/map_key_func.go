// Tests: compile error: a map with a function key type
package main

func main() {
	var m map[func()]int
	_ = m
}
