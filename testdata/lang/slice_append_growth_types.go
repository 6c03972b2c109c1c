// Tests: append cap growth for bytes, strings and structs (size-class rounding).
package main

import "fmt"

type T struct{ a, b, c int64 }

func main() {
	var b []byte
	var s []string
	var t []T
	for i := 0; i < 100; i++ {
		b = append(b, 1)
		s = append(s, "x")
		t = append(t, T{})
		if i%10 == 0 {
			fmt.Println(i, cap(b), cap(s), cap(t))
		}
	}
	x := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(len(x), cap(x))
}
