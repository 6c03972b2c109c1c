// Tests: compile error: a field and a method with the same name
package main

type T struct{ Name string }

func (t T) Name() string { return "" }

func main() {
}
