// Tests: compile error: a method on a named pointer type
package main

type P *int

func (p P) M() {}

func main() {
}
