package main

import (
	"fmt"
	"unsafe"
)

// Generic functions whose signatures mention their own instances in an array
// length (as go/types' testdata check/typeinstcycles.go): F1[int]'s
// signature needs unsafe.Sizeof(F1[int]), the size of a function value.
func F1[T any](_ [unsafe.Sizeof(F1[int])]T) (res T)      { return }
func F2[T any](_ T) (res [unsafe.Sizeof(F2[string])]int) { return }
func F3[T any](_ [unsafe.Sizeof(F1[string])]int)         {}

func main() {
	var a [8]int
	fmt.Println(len(F2[int](1)), F1[int](a), unsafe.Sizeof(F3[int]))
	F3[bool]([8]int{})
}
