// Tests: recovered panic then a later defer panics again, caught by an earlier-registered defer.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("outer:", recover())
	}()
	defer func() {
		panic("again")
	}()
	defer func() {
		fmt.Println("inner:", recover())
	}()
	panic("first")
}
