// Tests: labeled break/continue across nested range-over-func bodies, plain loops inside bodies and a labeled switch.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  done", name)
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped", name, "at", i)
				return
			}
		}
	}
}

func find(grid [][]int, want int) (int, int, bool) {
	for i, row := range slices.All(grid) {
		for j, v := range slices.All(row) {
			if v == want {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
Rows:
	for i := range count("outer", 3) {
		for j := range count("inner", 3) {
			if j == 1 && i == 0 {
				continue Rows
			}
			if i == 2 {
				break Rows
			}
			fmt.Println("pair", i, j)
		}
	}
	fmt.Println("---")
Plain:
	for k := 0; k < 3; k++ {
		for a := range count("a", 2) {
			for b := range count("b", 2) {
				if b == 1 {
					continue Plain
				}
				fmt.Println("k a b", k, a, b)
			}
		}
	}
	fmt.Println("---")
Seq:
	for x := range count("seq", 4) {
		for y := 0; y < 4; y++ {
			if y > x {
				continue Seq
			}
			if x == 3 {
				break Seq
			}
			fmt.Println("xy", x, y)
		}
	}
	fmt.Println("---")
	m := map[string]int{"a": 1}
Sw:
	switch len(m) {
	case 1:
		for k := range maps.Keys(m) {
			fmt.Println("key", k)
			break Sw
		}
		fmt.Println("not reached")
	}
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
}
