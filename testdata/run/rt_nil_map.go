// Tests: writing to a nil map panics with "assignment to entry in nil map".
package main

func main() {
	var m map[string]int
	m["k"] = 1
}
