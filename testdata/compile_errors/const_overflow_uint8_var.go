// Tests: compile error: 256 assigned to a uint8 variable
package main

func main() {
	var b uint8 = 256
	_ = b
}
