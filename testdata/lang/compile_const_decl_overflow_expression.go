// Tests: compile error: a typed constant declaration whose untyped value overflows describes the expression and its value (gostack printed only the value).
package main

const big = 100

func main() {
	const small int8 = big * 2
	println(small)
}
