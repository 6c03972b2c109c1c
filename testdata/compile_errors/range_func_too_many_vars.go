package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	ps := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 20}}
	slices.SortStableFunc(ps, func(a, b Person) int { return b.Age - a.Age })
	fmt.Println(ps)
	i, found := slices.BinarySearch([]int{1, 3, 5}, 3)
	fmt.Println(i, found)
	j, f2 := slices.BinarySearchFunc(ps, 25, func(p Person, t int) int { return t - p.Age })
	fmt.Println(j, f2)
	s := []int{1, 2, 2, 3, 3, 3}
	fmt.Println(slices.Compact(slices.Clone(s)), slices.Equal(s, s))
	fmt.Println(slices.Insert([]int{1, 4}, 1, 2, 3), slices.Delete([]int{1, 2, 3, 4}, 1, 3))
	fmt.Println(slices.MinFunc(ps, func(a, b Person) int { return strings.Compare(a.Name, b.Name) }))
	fmt.Println(slices.ContainsFunc(ps, func(p Person) bool { return p.Age > 29 }))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	sort.Slice(ps, func(i, j int) bool { return ps[i].Name > ps[j].Name })
	fmt.Println(ps)
	fmt.Println(slices.IsSorted([]string{"a", "b"}), slices.Compare([]int{1, 2}, []int{1, 3}))
	x := []int{5, 2, 8}
	slices.Reverse(x)
	fmt.Println(x, slices.Replace([]int{1, 2, 3}, 0, 2, 9))
	fmt.Println(sort.SearchInts([]int{1, 2, 4}, 3))
	fmt.Println(slices.DeleteFunc([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(slices.CompactFunc([]string{"a", "A", "b"}, strings.EqualFold))
	fmt.Println(slices.AppendSeq([]int{0}, slices.Values([]int{1, 2})))
	for i, c := range slices.Chunk([]int{1, 2, 3}, 2) {
		_ = i
		fmt.Println(c)
	}
}
