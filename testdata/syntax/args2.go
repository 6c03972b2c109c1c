// Tests: syntax error: missing comma between call arguments
package main

func main() {
	f(1 2)
}
