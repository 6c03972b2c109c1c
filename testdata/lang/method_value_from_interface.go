// Tests: method values taken from an interface value and from embedded fields.
package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " woof" }

func main() {
	var a Animal = Dog{"rex"}
	f := a.Sound
	a = Dog{"max"}
	fmt.Println(f(), a.Sound())
	g := Animal.Sound
	fmt.Println(g(Dog{"fido"}))
	fs := []func() string{Dog{"a"}.Sound, Dog{"b"}.Sound}
	for _, fn := range fs {
		fmt.Println(fn())
	}
}
