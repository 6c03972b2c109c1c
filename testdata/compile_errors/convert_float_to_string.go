// Tests: compile error: converting a float64 to string
package main

func main() {
	f := 1.5
	_ = string(f)
}
