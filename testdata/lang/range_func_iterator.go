// Tests: range over function iterators (iter.Seq / Seq2 shapes) with early break.
package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func main() {
	for i := range count(10) {
		if i == 3 {
			break
		}
		fmt.Println(i)
	}
	for i, s := range pairs([]string{"x", "y"}) {
		fmt.Println(i, s)
	}
}
