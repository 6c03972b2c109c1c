// Tests: a panic in a deferred call replaces the first; recover gets the latest.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	f()
	fmt.Println("done")
}
