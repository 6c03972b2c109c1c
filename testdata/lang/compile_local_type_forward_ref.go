// Tests: compile error: a local type cannot refer to one declared after it.
package main

func main() {
	type A struct{ b *B }
	type B struct{}
	_ = A{}
}
