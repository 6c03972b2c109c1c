// Tests: compile error: converting -1 to uint
package main

func main() {
	_ = uint(-1)
}
