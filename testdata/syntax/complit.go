// Tests: syntax error: newline inside a composite literal
package main

func main() {
	x := []int{1, 2
	}
}
