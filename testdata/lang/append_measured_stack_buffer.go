// An append whose result is only measured (cap or len of it) does not
// escape: gc gives it the 32-byte stack buffer, so its capacity is that
// buffer's (4 ints, 32 bytes, 8 int32s) while it fits, and growslice's
// otherwise.
package main

import "fmt"

func main() {
	fmt.Println(cap(append([]int{}, 1)), len(append([]int{}, 1)))
	fmt.Println(cap(append([]int{}, 1, 2, 3)))
	fmt.Println(cap(append([]int{}, 1, 2, 3, 4, 5)))
	fmt.Println(cap(append([]byte{}, 1)))
	fmt.Println(cap(append([]byte(nil), 'a', 'b')))
	fmt.Println(cap(append([]int(nil), 1)))
	fmt.Println(cap(append([]int32{}, 1)))
	fmt.Println(cap(append([]string{}, "a")))
	fmt.Println(cap(append([]struct{ a, b, c int }{}, struct{ a, b, c int }{})))
	fmt.Println(cap(append([]int{}, []int{1, 2, 3}...)))
	fmt.Println(cap(append([]int{7, 8}, 9)))
	// Passed on, it escapes: the heap's sizes.
	fmt.Println(append([]int{}, 1), cap(g))
}

var g = append([]int{}, 1, 2)
