// Tests: compile error: converting a constant too big for int32
package main

func main() {
	_ = int32(1 << 40)
}
