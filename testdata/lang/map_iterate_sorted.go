// Tests: iterating a map after sorting its keys; nested maps.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]map[string]int{
		"x": {"b": 2, "a": 1},
		"w": {"c": 3},
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	sum := 0
	for _, inner := range m {
		for _, v := range inner {
			sum += v
		}
	}
	fmt.Println(sum)
}
