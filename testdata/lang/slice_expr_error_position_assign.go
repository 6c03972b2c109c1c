// Tests: assigning a slice expression to a variable of another type reports at the slice expression's '['
package main

func main() {
	s := []int{1, 2, 3}
	var n int
	n = s[1:]
	println(n)
}
