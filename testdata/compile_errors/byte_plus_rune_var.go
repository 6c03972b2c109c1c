// Tests: compile error: a byte plus a rune variable
package main

func main() {
	var b byte = 'a'
	var r rune = 1
	_ = b + r
}
