// Tests: recover in a defer registered inside a deferred function catches a panic raised there.
package main

import "fmt"

func main() {
	defer func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		panic("from outer defer")
	}()
	fmt.Println("main body")
}
