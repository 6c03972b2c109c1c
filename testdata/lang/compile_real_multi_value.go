// Tests: compile error: real of a two-value call has too many arguments.
package main

func f() (float64, float64) { return 1, 2 }

func main() {
	x := real(f())
	_ = x
}
