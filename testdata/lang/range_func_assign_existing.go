// Tests: a range over a function may assign existing variables (for i = range, for _ = range, for *p, m[k] = range), which keep the last values after the loop, break or return; a bare return in the body returns the named results' current values
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(list ...string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, s := range list {
			if !yield(i, s) {
				return
			}
		}
	}
}

var calls int

func at(p *int) *int {
	calls++
	return p
}

func named() (z, w int) {
	for i := range count(4) {
		z = 10
		w = i
		return
	}
	panic("unreachable")
}

func untouched() (z int) {
	z = 5
	for i := range count(4) {
		if i == 2 {
			return
		}
	}
	return 0
}

func main() {
	var i int
	for i = range count(3) {
	}
	fmt.Println("after loop:", i)

	n := 0
	for _ = range count(5) {
		n++
	}
	fmt.Println("blank:", n)

	for i = range count(10) {
		if i == 4 {
			break
		}
	}
	fmt.Println("after break:", i)

	var k int
	m := map[int]string{}
	for k, m[k] = range pairs("a", "b", "c") {
	}
	fmt.Println("map:", k, m)

	var x, y int
	for *at(&x), *at(&y) = range func(yield func(int, int) bool) { _ = yield(1, 2) && yield(3, 4) } {
	}
	fmt.Println("calls:", calls, x, y)

	fmt.Println(named())
	fmt.Println(untouched())
}
