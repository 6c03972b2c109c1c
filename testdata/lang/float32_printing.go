// Tests: float32 printing uses shortest float32 representation.
package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 1.0 / 3.0
	fmt.Println(a, b, a+b)
	fmt.Println(float64(a))
	var c float32 = 16777216
	fmt.Println(c+1, c*1000)
	fmt.Printf("%v %g %.3f %T\n", b, b, b, b)
}
