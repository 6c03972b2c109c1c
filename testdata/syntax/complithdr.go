// Tests: syntax error: composite literal in an if header needs parentheses
package main

func main() {
	if x := T{}; x.a {
	}
}
