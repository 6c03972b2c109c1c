// Tests: fmt printing of float64 values in %v and Println.
package main

import "fmt"

func main() {
	fmt.Println(1.0, 0.1, 1e21, 1e20, 123456789.0, 1e-7, 0.000001)
	fmt.Println(3.14159, -0.0, 2.5e-10, 100.0/3)
	fmt.Println(float64(1<<53), 1e100)
	var z float64
	fmt.Println(-z, 1/z > 0)
}
