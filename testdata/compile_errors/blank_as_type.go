// Tests: compile error: the blank identifier as a variable's type
package main

var v _

func main() {
	println(v)
}
