// Tests: deferred calls run in LIFO order after the function body.
package main

import "fmt"

func f() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body end")
}

func main() {
	defer fmt.Println("main defer 1")
	defer fmt.Println("main defer 2")
	f()
	fmt.Println("main end")
}
