// Tests: compile error: a label defined twice in one function.
package main

import "fmt"

func main() {
	i := 0
Loop:
	i++
	if i < 3 {
		goto Loop
	}
Loop:
	fmt.Println(i)
}
