// Tests: make for slices/maps/channels with sizes, new for various types.
package main

import "fmt"

type T struct {
	A int
	B []string
}

func main() {
	s := make([]string, 2, 10)
	fmt.Printf("%q %d %d\n", s, len(s), cap(s))
	m := make(map[string]int, 100)
	fmt.Println(len(m))
	c := make(chan bool)
	fmt.Println(cap(c))
	t := new(T)
	fmt.Printf("%+v %v\n", *t, t.B == nil)
	ps := new([]int)
	*ps = append(*ps, 1)
	fmt.Println(*ps)
	pi := new(float64)
	fmt.Println(*pi)
}
