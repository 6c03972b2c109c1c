// Tests: calling a nil func value panics with nil pointer dereference.
package main

func main() {
	var f func(int) int
	f(1)
}
