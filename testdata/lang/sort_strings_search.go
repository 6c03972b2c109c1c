// Tests: sort.Strings, sort.Search, sort.SliceIsSorted, stability of sort.Stable.
package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(s)
	fmt.Println(s)
	xs := []int{1, 4, 9, 16, 25}
	i := sort.Search(len(xs), func(i int) bool { return xs[i] >= 10 })
	fmt.Println(i, xs[i])
	fmt.Println(sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }))
	fmt.Println(sort.StringsAreSorted(s), sort.SearchStrings(s, "banana"))
}
