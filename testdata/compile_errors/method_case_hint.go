// Tests: compile error: method called with the wrong case: gc's but does have method hint
package main

import "strings"

func main() {
	var b strings.Builder
	b.writeString("x")
	println(b.String())
}
