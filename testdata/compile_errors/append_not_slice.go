// Tests: compile error: append to an int
package main

func main() {
	n := 1
	n = append(n, 2)
}
