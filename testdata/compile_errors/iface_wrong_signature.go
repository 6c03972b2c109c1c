// Tests: compile error: a method with the wrong signature does not implement an interface
package main

type Stringer interface{ String() string }

type T struct{}

func (T) String(x int) string { return "" }

func main() {
	var s Stringer = T{}
	_ = s
}
