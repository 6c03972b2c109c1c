// Tests: compile error: float constant division by zero
package main

func main() {
	const x = 1.0 / 0.0
	println(x)
}
