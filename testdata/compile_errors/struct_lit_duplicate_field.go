// Tests: compile error: a field given twice in a struct literal
package main

type P struct{ X, Y int }

func main() {
	_ = P{X: 1, X: 2}
}
