// Tests: syntax error: for clause with the brace on the next line
package main

func main() {
	for i := 0; i < 10; i++
	{
	}
}
