// Tests: compile error: invalid operation ! on int.
package main

import "fmt"

func main() {
	n := 3
	fmt.Println(!n)
}
