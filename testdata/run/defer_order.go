// Tests: deferred calls run in LIFO order when the function returns.
package main

import "fmt"

func f() {
	for i := range 3 {
		defer fmt.Println("f defer", i)
	}
	fmt.Println("f body")
}

func main() {
	defer fmt.Println("main defer 1")
	defer fmt.Println("main defer 2")
	f()
	fmt.Println("main body")
}
