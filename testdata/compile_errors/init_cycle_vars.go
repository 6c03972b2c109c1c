// Tests: compile error: two package variables initialised from each other
package main

var x = y
var y = x

func main() {
}
