// Tests: make with negative or huge length at run time.
package main

import "fmt"

func main() {
	defer func() { fmt.Println(recover()) }()
	n := -1
	_ = make([]int, 2, 3)
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = make([]int, 5, n+3)
	}()
	_ = make([]int, n)
}
