package main

import "fmt"

// Slicing a nil pointer to an array dereferences it.

func main() {
	var p *[2]int
	fmt.Println(len(p), cap(p))
	for i := range p {
		fmt.Println(i)
	}
	s := p[:]
	fmt.Println(s)
}
