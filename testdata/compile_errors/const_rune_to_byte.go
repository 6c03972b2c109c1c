// Tests: compile error: converting a rune constant above 255 to byte
package main

func main() {
	_ = byte('世')
}
