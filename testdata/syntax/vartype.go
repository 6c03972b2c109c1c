// Tests: syntax error: var declaration without type or value
package main

var x

func main() {}
