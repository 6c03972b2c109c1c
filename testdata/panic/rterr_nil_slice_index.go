// Tests: indexing a nil slice panics with length 0.
package main

func main() {
	var s []int
	s[0] = 1
}
