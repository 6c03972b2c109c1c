// Tests: len and range over a nil pointer to array: the index alone needs no dereference, a value variable panics.
package main

import "fmt"

func main() {
	var p *[3]int
	fmt.Println(len(p), cap(p))
	for i := range p {
		fmt.Print(i, " ")
	}
	for i, _ := range p {
		fmt.Print(i, " ")
	}
	fmt.Println()
	q := &[2]string{"a", "b"}
	for i, v := range q {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for _, v := range p {
		fmt.Println("never", v)
	}
}
