// Tests: structs with blank fields: printing, comparison and literals.
package main

import "fmt"

type Padded struct {
	A int
	_ int
	B string
	_ [2]byte
}

func main() {
	p := Padded{A: 1, B: "x"}
	q := Padded{A: 1, B: "x"}
	fmt.Println(p == q)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", q)
}
