// Tests: compile error: a struct embedding itself
package main

type T struct {
	next T
}

func main() {
}
