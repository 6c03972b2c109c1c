// Tests: compile error: % on float64 variables
package main

func main() {
	a, b := 5.0, 2.0
	_ = a % b
}
