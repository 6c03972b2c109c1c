// Tests: recover in a deferred function stops a panic and returns its value; execution continues in the caller.
package main

import "fmt"

func safe() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	panic("oops")
}

func main() {
	safe()
	fmt.Println("after safe, recover outside panic:", recover())
}
