// Tests: a deferred function recovers a panic and panics again with the same value: printed [recovered, repanicked]
// @trace-plain
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "- panicking again with it")
		panic(r)
	}()
	panic("original")
}
