// Tests: slices, maps and cmp: Sort/SortFunc/SortStableFunc (Go's order of equal elements), BinarySearch, Insert/Delete/Compact, Sorted(maps.Keys).
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 8), slices.Index(xs, 9), slices.Max(xs), slices.Min(xs))
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	slices.Reverse(xs)
	fmt.Println(xs)
	ps := []P{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}, {"E", 40}}
	slices.SortFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	slices.SortStableFunc(ps, func(a, b P) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(ps)
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	for _, k := range slices.Backward(keys) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	ys := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(ys, slices.Delete(ys, 1, 3), slices.Compact([]int{1, 1, 2, 2, 2, 3}), slices.Equal([]int{1}, []int{1}))
	fmt.Println(slices.Collect(maps.Values(map[int]int{1: 10})), slices.IndexFunc(xs, func(x int) bool { return x < 3 }))
	c := slices.Clone(xs)
	c[0] = 100
	fmt.Println(xs[0], c[0], slices.Repeat([]int{1, 2}, 2))
	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 100
	}
	slices.SortFunc(big, func(a, b int) int { return cmp.Compare(a%7, b%7) })
	fmt.Println(big)
	m2 := maps.Clone(m)
	m2["q"] = 1
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
}
