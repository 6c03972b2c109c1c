// hot_split: a call inside a loop made from every recursion depth up to 64,
// so at some depth the callee's frame falls exactly across a stack-segment
// boundary (the "hot split" that made Go give up segmented stacks).
package main

import "fmt"

func leaf(x int) int { return x + 1 }

func descend(d, n int) int {
	if d > 0 {
		return descend(d-1, n) + 1
	}
	s := 0
	for i := 0; i < n; i++ {
		s += leaf(i)
	}
	return s
}

func main() {
	total := 0
	for d := 0; d < 64; d++ {
		total += descend(d, 20000)
	}
	fmt.Println("hot_split", total)
}
