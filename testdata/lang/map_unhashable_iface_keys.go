// Tests: map operations and == on interfaces holding uncomparable dynamic types panic with Go's messages.
package main

import "fmt"

type K struct{ s []int }

type W struct{ v any }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, "->", r, isErr)
	}()
	f()
}

func main() {
	m := map[any]int{}
	try("lookup empty", func() { _ = m[[]int{1}] })
	try("delete empty", func() { delete(m, map[int]int{}) })
	try("assign", func() { m[[]int{1}] = 1 })
	try("assign struct", func() { m[K{}] = 1 })
	try("assign nested", func() { m[W{func() {}}] = 1 })
	m[1] = 1
	try("lookup", func() { _ = m[K{}] })
	try("delete", func() { delete(m, []int{}) })
	var nm map[any]bool
	try("nil lookup", func() { _, _ = nm[[]int{}] })
	try("ok key", func() { fmt.Println(m[W{2}], m[[2]any{1, "x"}]) })
	try("eq slice", func() { var a, b any = []int{1}, []int{1}; fmt.Println(a == b) })
	try("eq struct", func() { var a, b any = K{}, K{}; fmt.Println(a == b) })
	try("eq array", func() { var a, b any = [1][]int{}, [1][]int{}; fmt.Println(a == b) })
	try("eq nested", func() { a, b := W{[]int{}}, W{[]int{}}; fmt.Println(a == b) })
	try("eq types differ", func() { var a, b any = K{}, 1; fmt.Println(a == b) })
	var a, b any = K{}, K{}
	fmt.Println(a != b)
}
