// Tests: an untyped complex constant whose part does not fit complex64 is an overflow
package main

func main() {
	var x complex64 = 1e40i
	var y complex64 = complex(1e39, 2)
	z := complex64(3e38 + 4e38i)
	println(x, y, z)
}
