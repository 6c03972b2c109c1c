package main

// An iterator that recovers the loop body's panic and goes on iterating
// gets runtime.panicrangestate's "did not resume panicking" panic.

import "fmt"

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() { recover() }()
			yield(i)
		}()
	}
}

func main() {
	for x := range seq {
		fmt.Println(x)
		if x == 1 {
			panic("boom")
		}
	}
}
