// Tests: compile error: len used as a type (what it is named in the message)
package main

var g = 1

func h() {}

const k = 2

func main() {
	var y len
	_ = y
}
