// Tests: slices.SortStableFunc, slices.Collect/Values, slices.All with index.
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	words := []string{"Banana", "apple", "cherry", "Apple", "banana"}
	slices.SortStableFunc(words, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(words)
	for i, w := range slices.All(words[:2]) {
		fmt.Println(i, w)
	}
	c := slices.Collect(slices.Values([]int{3, 1, 2}))
	fmt.Println(c, slices.Sorted(slices.Values(c)), slices.Repeat([]int{1}, 3))
}
