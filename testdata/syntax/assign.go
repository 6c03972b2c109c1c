// Tests: syntax error: assignment without a right-hand side
package main

func main() {
	x := 1
	x = 
}
