// Tests: compile error: no new variables on left side of :=.
package main

import "fmt"

func main() {
	a := 1
	a := 2
	fmt.Println(a)
}
