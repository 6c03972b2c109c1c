// Tests: compile error: a shift count of type float64
package main

func main() {
	var c float64 = 2
	_ = 1 << c
}
