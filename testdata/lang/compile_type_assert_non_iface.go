// Tests: compile error: type assertion on a non-interface value.
package main

import "fmt"

func main() {
	x := 5
	v, ok := x.(int)
	fmt.Println(v, ok)
}
