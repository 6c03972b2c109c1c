// Tests: compile error: too many return values.
package main

import "fmt"

func f() int {
	return 1, 2
}

func main() {
	fmt.Println(f())
}
