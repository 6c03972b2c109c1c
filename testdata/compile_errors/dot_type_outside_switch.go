// Tests: compile error: x.(type) outside a type switch
package main

func main() {
	var x any
	_ = x.(type)
}
