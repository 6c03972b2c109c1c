// Tests: compile error: assigning a two-result call to one existing variable
package main

import "strconv"

func main() {
	var n int
	n = strconv.Atoi("12")
	println(n)
}
