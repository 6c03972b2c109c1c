// Tests: copy returns min length, overlapping copy, copy from string.
package main

import "fmt"

func main() {
	dst := make([]int, 3)
	n := copy(dst, []int{1, 2, 3, 4, 5})
	fmt.Println(n, dst)
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
}
