// Tests: package-level variables initialize by dependency order, then init() in order.
package main

import "fmt"

var a = b + 1
var b = f("b", 10)
var c = f("c", a*2)

func f(name string, v int) int {
	fmt.Println("init var", name, v)
	return v
}

func init() {
	fmt.Println("init 1", a, b, c)
}

func init() {
	fmt.Println("init 2")
	c = 0
}

func main() {
	fmt.Println("main", a, b, c)
}
