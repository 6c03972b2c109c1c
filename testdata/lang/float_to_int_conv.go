// Tests: float to int conversion truncates toward zero.
package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9}
	for _, f := range fs {
		fmt.Println(int(f), int32(f), int64(f))
	}
	big := 255.9
	fmt.Println(uint8(int(big)))
	fmt.Println(float64(7)/2, float32(1)/3)
}
