// Tests: slices of slices built with make and append.
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	grid[2] = append(grid[2], 7)
	fmt.Println(len(grid[2]), grid)
}
