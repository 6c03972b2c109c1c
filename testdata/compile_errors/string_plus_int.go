// Tests: compile error: string + int variables
package main

func main() {
	s := "n="
	n := 3
	println(s + n)
}
