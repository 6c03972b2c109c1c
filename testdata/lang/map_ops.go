// Tests: map insert, lookup with comma-ok, delete, len, zero value on miss.
package main

import "fmt"

func main() {
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	m["a"] = append(m["a"], 2)
	v, ok := m["b"]
	fmt.Println(v, ok, v == nil)
	delete(m, "b")
	delete(m, "a")
	fmt.Println(len(m), m)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	counts := map[rune]int{}
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['z'], len(counts))
}
