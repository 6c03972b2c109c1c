// Tests: syntax error: invalid character in source
package main

func main() {
	x := @
}
