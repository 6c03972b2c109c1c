// Tests: compile error: int + float64 variables
package main

func main() {
	a := 1
	b := 2.5
	println(a + b)
}
