// Tests: syntax error: else if without a condition
package main

func main() {
	if x == 1 {
	} else if {
	}
}
