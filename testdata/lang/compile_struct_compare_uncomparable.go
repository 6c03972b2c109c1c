// Tests: compile error: comparing structs containing slices.
package main

import "fmt"

type S struct{ L []int }

func main() {
	a, b := S{}, S{}
	fmt.Println(a == b)
}
