// Tests: syntax error: composite literal of a function literal
package main

func main() { x := func() {}{} }
