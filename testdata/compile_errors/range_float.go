// Tests: compile error: range over a float
package main

func main() {
	for i := range 2.5 {
		_ = i
	}
}
