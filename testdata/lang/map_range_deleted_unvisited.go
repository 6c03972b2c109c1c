// Tests: a range over a map never yields an entry deleted before it was reached, wherever the random start falls; every present entry is visited exactly once.
package main

import (
	"fmt"
	"sort"
)

func main() {
	for trial := 0; trial < 50; trial++ {
		m := map[int]string{}
		for i := 0; i < 10; i++ {
			m[i] = fmt.Sprint("v", i)
		}
		visited := 0
		for k := range m {
			visited++
			for j := range 10 {
				if j != k {
					delete(m, j)
				}
			}
		}
		if visited != 1 || len(m) != 1 {
			fmt.Println("trial", trial, "visited", visited, "left", len(m))
		}
	}
	m := map[string]int{"x": 1, "y": 2, "z": 3, "w": 4}
	var keys []string
	sum := 0
	for k, v := range m {
		keys = append(keys, k)
		sum += v
	}
	sort.Strings(keys)
	fmt.Println(keys, sum)
	counts := map[string]int{}
	for range 20 {
		for k := range m {
			counts[k]++
		}
	}
	fmt.Println(counts)
}
