// Tests: a type parameter whose constraint lacks a method the called generic function's constraint requires
package main

import "fmt"

type Sizer interface{ Size() int }

func total[S Sizer](xs []S) int {
	n := 0
	for _, x := range xs {
		n += x.Size()
	}
	return n
}

func show[T fmt.Stringer](xs []T) int {
	return total[T](xs)
}

func main() {}
