// Tests: an operand after a complete package-level var declaration
package main

var a, b int
var x = a b

func main() {}
