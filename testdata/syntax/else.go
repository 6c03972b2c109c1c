// Tests: syntax error: else on its own line
package main

func main() {
	if x {
	}
	else {
	}
}
