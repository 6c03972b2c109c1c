// Tests: compile error: constants defined by each other
package main

const (
	width  = height + 1
	height = width - 1
)

func main() {
	println(width, height)
}
