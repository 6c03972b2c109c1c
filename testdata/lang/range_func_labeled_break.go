// Tests: labeled break and continue of an outer loop from inside a range-over-func body.
package main

import "fmt"

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator", n, "cleanup")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
Outer:
	for round := range 3 {
		for v := range upto(4) {
			if v == 1 && round == 0 {
				continue Outer
			}
			if round == 2 {
				break Outer
			}
			fmt.Println(round, v)
		}
	}
	fmt.Println("end")
}
