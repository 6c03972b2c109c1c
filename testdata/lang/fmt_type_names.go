// Tests: %T of composite, anonymous, func and channel types.
package main

import "fmt"

type Pt struct{ X int }

func main() {
	fmt.Printf("%T\n", struct{ X int }{1})
	fmt.Printf("%T\n", func(int, ...string) (bool, error) { return false, nil })
	fmt.Printf("%T\n", make(chan<- []Pt))
	fmt.Printf("%T\n", map[string][]*Pt{})
	fmt.Printf("%T\n", [3]bool{})
	fmt.Printf("%T\n", new([]int))
	fmt.Printf("%T %T\n", any(nil), error(nil))
	var e error = fmt.Errorf("x")
	fmt.Printf("%T\n", e)
	fmt.Printf("%T\n", struct{}{})
}
