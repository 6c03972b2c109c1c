// Tests: a constant slice index beyond an array's length is a compile error (index 5 out of bounds [0:4])
package main

func main() {
	const k = 5
	var a [3]int
	_ = a[1:3]
	_ = a[k:]
}
