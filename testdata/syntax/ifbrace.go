// Tests: syntax error: if clause with the brace on the next line
package main

func main() {
	if x
	{
	}
}
