// Tests: compile error: iteration variables of a range over an undefined operand are not reported unused
package main

func main() {
	for k, v := range missing {
	}
}
