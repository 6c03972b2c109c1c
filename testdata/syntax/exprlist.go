// Tests: syntax error: expression list without assignment
package main

func main() {
	a, b
}
