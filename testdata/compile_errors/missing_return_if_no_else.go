// Tests: compile error: an if without else at the end of a function with results
package main

func sign(n int) int {
	if n < 0 {
		return -1
	} else if n > 0 {
		return 1
	}
}

func main() {
	sign(1)
}
