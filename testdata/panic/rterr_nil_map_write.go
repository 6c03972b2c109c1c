// Tests: assignment to entry in nil map, unrecovered.
package main

func main() {
	var m map[string]int
	m["k"] = 1
}
