// Tests: compile error: a struct field and a method with the same name, with the field's position
package main

type T struct {
	X, M int
}

func (T) M() {}

type E struct{ T }

func (E) T() {}

func main() {}
