// Tests: an embedded field may not be of a named pointer type
package main

type T struct{ x int }
type P *T

type S struct {
	P
}

func main() {
	var s S
	_ = s
}
