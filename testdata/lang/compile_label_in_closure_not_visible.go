// Tests: compile error: a function literal cannot break to a label of the enclosing function.
package main

import "fmt"

func main() {
Outer:
	for i := 0; i < 2; i++ {
		func() {
			fmt.Println(i)
			break Outer
		}()
	}
}
