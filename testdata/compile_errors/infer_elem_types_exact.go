package main

import "fmt"

type Row []int

// In an argument, only the top level unifies through a defined type's
// underlying type: []Row is not [][]T, though Row is []int.
func Nest[T any](x [][]T) T {
	var z T
	return z
}

func main() {
	fmt.Println(Nest([][]int{{1}}))
	fmt.Println(Nest([]Row{{1}}))
}
