// Tests: return from inside a range-over-func loop and defer inside its body.
package main

import "fmt"

func seq(yield func(int) bool) {
	defer fmt.Println("seq done")
	for i := 1; i <= 5; i++ {
		if !yield(i) {
			return
		}
	}
}

func find() (res int) {
	defer func() { fmt.Println("find defer", res) }()
	for v := range seq {
		defer fmt.Println("body defer", v)
		if v == 2 {
			return v * 10
		}
	}
	return -1
}

func main() {
	fmt.Println(find())
}
