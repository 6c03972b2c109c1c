// Tests: compile error: a variadic function called without its fixed argument
package main

func sum(base int, xs ...int) int { return base }

func main() {
	_ = sum()
}
