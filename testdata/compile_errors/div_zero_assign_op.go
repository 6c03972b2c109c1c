// Tests: compile error: /= by constant zero
package main

func main() {
	n := 10
	n /= 0
	_ = n
}
