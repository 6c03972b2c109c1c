// Tests: a call or a receive in parentheses is an expression statement (a parenthesized value-only builtin is still unused)
package main

import "fmt"

func f() int {
	fmt.Println("f called")
	return 1
}

func main() {
	c := make(chan int, 1)
	c <- 7
	(f())
	((<-c))
	fmt.Println(len(c))
}
