// Tests: constant index beyond a slice's length is a run-time panic (not a compile error).
package main

import "fmt"

func main() {
	s := []int{1, 2}
	fmt.Println(s[1])
	fmt.Println(s[5])
}
