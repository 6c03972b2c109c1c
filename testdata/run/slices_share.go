// Tests: slices share their backing array; copy copies min(len) elements; 2-D slices.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b)
	b = append(b, 30)
	fmt.Println(a, b)
	c := make([]int, 3)
	n := copy(c, a)
	fmt.Println(n, c)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2)
}
