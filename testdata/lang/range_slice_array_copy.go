// Tests: range over array copies it; range over slice sees updates; range expr evaluated once.
package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 0 {
			sl = append(sl, 4)
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println(len(sl))
	for i := range &arr {
		fmt.Print(i)
	}
	fmt.Println()
}
