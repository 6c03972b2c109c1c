// Tests: compile error: else on the line after the closing brace
package main

func main() {
	x := 1
	if x > 0 {
		println(1)
	}
	else {
		println(2)
	}
}
