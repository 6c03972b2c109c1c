package main

import "fmt"

// r is captured by a closure deferred inside a loop (in f's own deferred
// func): that closure escapes, so gc moves r to the heap and does not
// open-code f's defers. f's frame then shows its closing brace's line
// while its deferred calls run, not the return statement's.
func f() (r int) {
	defer func() {
		for i := 0; i < 2; i++ {
			defer func() { fmt.Println("inner", i, r) }()
		}
		panic(-6)
	}()
	return r + 5
}

func main() {
	fmt.Println(f())
}
