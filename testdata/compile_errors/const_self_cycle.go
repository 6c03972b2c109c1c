// Tests: compile error: a constant defined by itself is an initialization cycle
package main

const limit = limit * 2

func main() {
	println(limit)
}
