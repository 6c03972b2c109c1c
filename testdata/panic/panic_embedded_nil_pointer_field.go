// Tests: accessing a promoted field through a nil embedded pointer panics.
package main

import "fmt"

type Inner struct{ V int }
type Outer struct{ *Inner }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	o := Outer{}
	fmt.Println("before")
	fmt.Println(o.V)
}
