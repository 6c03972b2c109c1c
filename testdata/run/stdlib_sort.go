// Tests: sort.Sort/Slice/SliceStable/Ints/Strings/Search and sort.Reverse, including Go's pdqsort order of equal elements.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 8), sort.SearchInts(xs, 4), sort.IsSorted(sort.IntSlice(xs)), sort.IntsAreSorted(xs))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	ws := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(ws)
	fmt.Println(ws)
	fs := []float64{2.5, -1, 3, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Slice(big, func(i, j int) bool { return big[i]%7 < big[j]%7 })
	fmt.Println(big)
	pairs := make([][2]int, 40)
	for i := range pairs {
		pairs[i] = [2]int{(i * 13) % 5, i}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	fmt.Println(pairs)
	sort.Stable(ByAge(people))
	fmt.Println(people)
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
}
