// Tests: map insert/lookup/delete, comma-ok, len, and fmt printing maps with sorted keys.
package main

import "fmt"

func main() {
	m := map[string]int{"banana": 3, "apple": 1}
	m["cherry"] = 7
	m["apple"] += 10
	fmt.Println(m, len(m))
	v, ok := m["durian"]
	fmt.Println(v, ok)
	delete(m, "banana")
	fmt.Println(m)
	counts := map[int]bool{}
	for _, n := range []int{5, 3, 5, 1, 3} {
		counts[n] = true
	}
	fmt.Println(counts)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
}
