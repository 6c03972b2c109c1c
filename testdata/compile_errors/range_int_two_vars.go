// Tests: compile error: range over an integer with two variables
package main

func main() {
	for i, j := range 10 {
		_, _ = i, j
	}
}
