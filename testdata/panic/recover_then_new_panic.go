// Tests: panicking with a new value after recover prints [recovered] and the new panic.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprintf("wrapped: %v", r))
	}()
	panic("orig")
}
