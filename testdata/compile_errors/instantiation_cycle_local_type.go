package main

import "fmt"

func F[T any](n int) {
	type loc struct{ t T }
	fmt.Printf("%T\n", loc{})
	if n > 0 {
		F[*loc](n - 1)
	}
}

func main() {
	F[int](2)
}
