// Tests: compile error: a failed := does not make later uses undefined
package main

import "fmt"

func main() {
	x := missing + 1
	y := x * 2
	fmt.Println(x, y)
}
