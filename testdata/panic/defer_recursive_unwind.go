// Tests: defers in recursive calls run as each frame returns.
package main

import "fmt"

func rec(n int) {
	defer fmt.Println("exit", n)
	if n == 0 {
		fmt.Println("bottom")
		return
	}
	rec(n - 1)
}

func main() {
	rec(3)
}
