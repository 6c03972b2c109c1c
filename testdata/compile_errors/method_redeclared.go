// Tests: compile error: a method declared twice
package main

type T struct{}

func (T) M() {}
func (*T) M() {}

func main() {
}
