package main

import "fmt"

func Gen[T any]() {
	type inGen struct{ t T }
	fmt.Printf("%T %v\n", inGen{}, inGen{})
	var x any = inGen{}
	_ = x.(int)
}

func main() {
	Gen[int]()
}
