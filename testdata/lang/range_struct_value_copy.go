// Tests: range value variable is a copy of each struct element.
package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	ptrs := []*Item{{"c", 1}}
	for _, p := range ptrs {
		p.Count = 99
	}
	fmt.Println(*ptrs[0])
}
