// Tests: compile error: a typed int8 constant out of range
package main

const c int8 = 128

func main() {
	_ = c
}
