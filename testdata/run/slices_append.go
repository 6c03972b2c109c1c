// Tests: append grows capacity (0,1,2,4,8,...) and len/cap of slices and reslices.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := range 10 {
		s = append(s, i)
		fmt.Print(len(s), "/", cap(s), " ")
	}
	fmt.Println()
	fmt.Println(s)
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	u := make([]string, 2, 5)
	u = append(u, "a", "b")
	fmt.Printf("%q %d %d\n", u, len(u), cap(u))
	fmt.Println(append([]int{1, 2}, []int{3, 4}...))
}
