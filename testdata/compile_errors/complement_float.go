// Tests: compile error: ^ on a float64
package main

func main() {
	f := 2.0
	_ = ^f
}
