// Tests: syntax error: parenthesized expression in defer
package main

func f() {}

func main() {
	defer (f())
}
