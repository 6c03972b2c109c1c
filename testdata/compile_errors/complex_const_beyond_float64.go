// Tests: an imaginary constant beyond float64 (1e400i) as a typed value is types2's overflow error showing its exact value
package main

func main() {
	var c complex128 = 1e400i
	d := -2e500i
	println(c, d)
}
