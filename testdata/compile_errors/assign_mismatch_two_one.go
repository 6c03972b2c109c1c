// Tests: compile error: one name defined from a call returning two values
package main

import "strconv"

func main() {
	n := strconv.Atoi("3")
	println(n)
}
