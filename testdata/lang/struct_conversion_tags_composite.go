// Tests: conversions of slices, maps and pointers whose struct element types differ only in tags.
package main

import "fmt"

func main() {
	a := []struct {
		A int `x:"1"`
	}{{1}}
	b := ([]struct{ A int })(a)
	m := map[string]struct {
		A int `x:"1"`
	}{"k": {2}}
	n := (map[string]struct{ A int })(m)
	p := &struct {
		A int `x:"1"`
	}{3}
	q := (*struct{ A int })(p)
	fmt.Println(b, n, *q)
}
