// Tests: iter.Pull and iter.Pull2: pulling values in step with the iterator's side effects, next after the end, stop early (yield returns false), and a panic in the iterator reaching the caller of next
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count: done")
		for i := range n {
			fmt.Println("count: yield", i)
			if !yield(i) {
				fmt.Println("count: stopped")
				return
			}
		}
	}
}

// zip pairs two sequences until the shorter ends.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(3))
	for {
		v, ok := next()
		fmt.Println("main: got", v, ok)
		if !ok {
			break
		}
	}
	fmt.Println(next())
	stop()
	stop()

	next, stop = iter.Pull(count(5))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())

	for a, b := range zip(slices.Values([]string{"x", "y", "z"}), slices.Values([]int{1, 2})) {
		fmt.Println(a, b)
	}

	m := map[string]int{"k": 1}
	n2, s2 := iter.Pull2(maps.All(m))
	fmt.Println(n2())
	fmt.Println(n2())
	s2()

	bad := func(yield func(int) bool) {
		yield(1)
		panic("boom in seq")
	}
	nb, sb := iter.Pull(iter.Seq[int](bad))
	defer sb()
	fmt.Println(nb())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(nb())
	}()
	fmt.Println(nb())
}
