// Tests: a deferred call's arguments are evaluated at the defer statement; a deferred closure reads the variable when it runs
// @trace-plain
package main

import "fmt"

func main() {
	i := 1
	defer fmt.Println("deferred fmt.Println(i) saw i =", i)
	defer func() {
		fmt.Println("deferred closure reads i =", i)
	}()
	defer show(i * 10)
	i = 2
	fmt.Println("main sets i =", i)
}

func show(n int) {
	fmt.Println("deferred show got n =", n)
}
