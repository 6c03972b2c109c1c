// Tests: compile error: an interface declares a method of an embedded interface with a different signature
package main

type Named interface{ Name() string }

type Labeled interface {
	Named
	Name() int
}

func main() {
	var l Labeled
	println(l == nil)
}
