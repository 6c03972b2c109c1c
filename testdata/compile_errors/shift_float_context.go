// Tests: compile error: 1<<s in a float64 context
package main

func main() {
	s := uint(3)
	var f float64 = 1 << s
	_ = f
}
