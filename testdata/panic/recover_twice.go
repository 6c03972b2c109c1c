// Tests: a second recover in the same deferred call returns nil.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("first:", recover())
		fmt.Println("second:", recover())
	}()
	panic("once")
}
