// Tests: compile error: & on a float64
package main

func main() {
	f := 1.5
	_ = f & 1
}
