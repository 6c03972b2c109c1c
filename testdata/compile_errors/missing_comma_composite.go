// Tests: compile error: missing comma before newline in a composite literal
package main

func main() {
	xs := []int{
		1,
		2
	}
	_ = xs
}
