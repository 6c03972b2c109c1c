// Tests: compile error: a package variable whose initialiser calls a function that refers to it
package main

var x int = f()

func f() int { return x + 1 }

func main() {
	println(x)
}
