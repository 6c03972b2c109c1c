// Tests: syntax error: else followed by an expression
package main

func main() { if true {} else false {} }
