// Tests: assigning structs copies; arrays inside structs copy too.
package main

import "fmt"

type S struct {
	A [2]int
	M map[string]int
	L []int
}

func main() {
	s1 := S{A: [2]int{1, 2}, M: map[string]int{"k": 1}, L: []int{1}}
	s2 := s1
	s2.A[0] = 9
	s2.M["k"] = 9
	s2.L[0] = 9
	fmt.Println(s1.A, s1.M, s1.L)
	fmt.Println(s2.A, s2.M, s2.L)
}
