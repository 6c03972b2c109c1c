// Tests: compile error: value of T as fmt.Stringer when String has a pointer receiver
package main

import "fmt"

type T struct{}

func (t *T) String() string { return "t" }

func main() {
	var s fmt.Stringer = T{}
	fmt.Println(s)
}
