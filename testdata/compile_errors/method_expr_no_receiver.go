// Tests: compile error: a method expression called without its receiver
package main

type T struct{}

func (T) M() {}

func main() {
	T.M()
}
