// Tests: compile error: defer of a function value without a call
package main

func main() {
	f := func() {}
	defer f
}
