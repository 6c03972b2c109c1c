// Tests: syntax error: if header with an assignment and no brace
package main

func main() { if x := 1 }
