// Tests: maps with struct keys and values, sorted printing of struct keys.
package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m := map[K]int{{2, "x"}: 1, {1, "y"}: 2, {1, "a"}: 3}
	fmt.Println(m)
	type V struct{ N int }
	mv := map[string]*V{"a": {1}}
	mv["a"].N++
	fmt.Println(mv["a"].N)
	ms := map[string]V{"a": {1}}
	v := ms["a"]
	v.N = 10
	fmt.Println(ms["a"].N, v.N)
}
