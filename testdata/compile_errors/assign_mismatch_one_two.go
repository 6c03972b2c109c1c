// Tests: compile error: two names defined from one value
package main

func main() {
	a, b := 1
	println(a, b)
}
