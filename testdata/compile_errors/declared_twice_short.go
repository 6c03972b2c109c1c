// Tests: compile error: no new variables on the left of :=
package main

func main() {
	a := 1
	a := 2
	println(a)
}
