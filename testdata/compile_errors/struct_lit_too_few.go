// Tests: compile error: too few values in a positional struct literal
package main

type P struct{ X, Y, Z int }

func main() {
	_ = P{1, 2}
}
