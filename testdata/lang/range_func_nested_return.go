package main

// A return from nested range-over-func loops: each loop's state is its own.

import "fmt"

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func ret1() int {
	for x := range seq {
		if x == 1 {
			return x
		}
	}
	return -1
}

func ret2() int {
	for x := range seq {
		for y := range seq {
			if y == 1 {
				return x*10 + y
			}
		}
	}
	return -1
}

func main() {
	fmt.Println(ret1())
	fmt.Println(ret2())
}
