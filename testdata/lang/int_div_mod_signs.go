// Tests: integer division truncates toward zero and remainder sign follows dividend.
package main

import "fmt"

func main() {
	xs := []int{7, -7}
	ys := []int{2, -2}
	for _, x := range xs {
		for _, y := range ys {
			fmt.Println(x, y, x/y, x%y)
		}
	}
	var u uint = 7
	fmt.Println(u/2, u%2)
}
