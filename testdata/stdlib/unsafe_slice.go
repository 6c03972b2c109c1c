// Tests: unsafe.Slice(ptr, len) shares the array ptr points into, from ptr; unsafe.SliceData is &s[:1][0] (also for len 0, cap > 0), nil for a nil slice
package main

import (
	"fmt"
	"unsafe"
)

type T struct{ a, b int }

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	sl := unsafe.Slice(&arr[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	sl[0] = 20
	fmt.Println(arr)
	fmt.Println(unsafe.SliceData(sl) == &arr[1])
	sl = append(sl, 99)
	fmt.Println(arr, sl)

	ints := []int32{7, 8, 9}
	p := unsafe.SliceData(ints)
	*p = 70
	fmt.Println(ints, unsafe.Slice(p, 2))

	buf := make([]byte, 8)
	bs := unsafe.Slice(&buf[2], 3)
	copy(bs, "abc")
	fmt.Printf("%q %d\n", buf, cap(bs))

	e := make([]int, 0, 4)
	fmt.Println(unsafe.SliceData(e) == &e[:1][0])
	words := []string{"x", "y"}
	fmt.Println(*unsafe.SliceData(words[1:]))

	ts := []T{{1, 2}, {3, 4}}
	tp := unsafe.SliceData(ts)
	tp.a = 10
	fmt.Println(ts, tp == &ts[0])

	var nilInts []int
	fmt.Println(unsafe.SliceData(nilInts) == nil, unsafe.SliceData([]int{}) == nil)
	var ip *int
	fmt.Println(unsafe.Slice(ip, 0) == nil, unsafe.Slice(&arr[0], 0) == nil, len(unsafe.Slice(&arr[0], 0)))
}
