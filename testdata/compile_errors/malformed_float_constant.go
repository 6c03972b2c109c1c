// Tests: compile error: float and imaginary literals beyond go/constant's range, and float64 overflow in println
package main

func main() {
	println(1e1000000000)
	println(2.5e999999999i)
	println(1e-1000000000 == 0)
	println(1e400)
}
