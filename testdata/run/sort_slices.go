// Tests: sort.Ints, sort.Strings and sort.Slice with a custom less function.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9}
	sort.Ints(xs)
	fmt.Println(xs)
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	ps := []person{{"al", 30}, {"bo", 25}, {"cy", 35}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
	fmt.Println(ps)
}
