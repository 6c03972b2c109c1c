// Tests: deferred calls run newest first, with arguments bound at the defer statement
// @trace: --events defer,sched
// @trace-plain
package main

import "fmt"

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
}

func main() {
	x := 1
	defer fmt.Println("first deferred, x was", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	loop()
	fmt.Println("main returns")
}
