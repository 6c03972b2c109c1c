// Tests: sort.Sort with a custom sort.Interface and sort.Slice/SliceStable.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	ps := []Person{{"a", 30}, {"b", 20}, {"c", 30}, {"d", 10}}
	sort.Sort(ByAge(ps))
	fmt.Println(ps[0], ps[1])
	ps2 := []Person{{"x", 2}, {"y", 1}, {"z", 2}, {"w", 1}}
	sort.SliceStable(ps2, func(i, j int) bool { return ps2[i].Age < ps2[j].Age })
	fmt.Println(ps2)
	xs := []int{5, 2, 8}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IsSorted(sort.IntSlice(xs)))
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchInts([]int{1, 3, 5}, 4))
}
