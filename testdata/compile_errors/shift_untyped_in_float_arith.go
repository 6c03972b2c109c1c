// Tests: an untyped constant shifted by a variable inside float arithmetic becomes a float64 and cannot be shifted
package main

func main() {
	var u uint = 3
	var f float64 = 1<<u + 1
	_ = f
}
