// Tests: slice to array pointer conversions share the slice's elements (loads, stores, ranges, ==); a short slice panics.
package main

import "fmt"

type P3 *[3]int

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[3]int)(s)
	p[0] = 9
	fmt.Println(*p, s, len(p), cap(p[:]))
	q := (*[0]int)(s)
	fmt.Println(q != nil, len(q))
	var ns []int
	fmt.Println((*[0]int)(ns) == nil)
	pp := P3(s[:3])
	fmt.Println(*pp, pp == P3(p))
	x := (*[2]int)(s[2:])
	x[1] = 100
	fmt.Println(s, len(x), x)
	*x = [2]int{7, 8}
	fmt.Println(s)
	arr := *x
	arr[0] = 0
	fmt.Println(s, arr)
	for i, v := range x {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	bs := []byte("hello")
	bp := (*[2]byte)(bs[1:])
	bp[0] = 'E'
	fmt.Println(string(bs), *bp, bp[1])
	*bp = [2]byte{'x', 'y'}
	fmt.Println(string(bs))
	fmt.Printf("%v %T\n", x, x)
	y := &x[1]
	*y = 55
	fmt.Println(s, (*[2]int)(s[2:]) == x, (*[2]int)(s[1:]) == x)
	try(func() { _ = (*[5]int)(s) })
	try(func() { _ = (*[1]int)(ns) })
	sub := x[:1]
	fmt.Println(sub, cap(sub))
	copy(x[:], []int{-1, -2})
	fmt.Println(s)
}
