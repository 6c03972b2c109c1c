// Tests: compile error describes a channel receive as a comma, ok expression.
package main

import "fmt"

func main() {
	ch := make(chan rune, 1)
	ch <- 'x'
	var s string = <-ch
	fmt.Println(s)
}
