// Tests: compile error: an untyped constant shift beyond 512 bits
package main

func main() {
	const c = 1 << 600
	println(c > 0)
}
