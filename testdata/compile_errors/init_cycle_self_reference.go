// Tests: compile error: a package variable initialised from itself (types2's concise self-reference message)
package main
var x = x
var y int = y
func main() {}
