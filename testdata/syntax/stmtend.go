// Tests: syntax error: statement followed by another token on the same line
package main

func main() { x := 1; x++ ++ }
