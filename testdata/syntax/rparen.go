// Tests: syntax error: stray closing parenthesis
package main

func main() {
	var x = )
}
