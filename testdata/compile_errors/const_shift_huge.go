// Tests: compile error: a constant shift count beyond the limit
package main

func main() {
	const c = 1 << 100000
	println(c > 0)
}
