// Tests: recover called by a helper of a deferred function returns nil; a direct call recovers
// @unwind-report
// @trace-plain
package main

import "fmt"

func helper() any { return recover() }

func main() {
	defer func() {
		r := recover()
		fmt.Println("direct recover:", r)
	}()
	defer func() {
		r := helper()
		fmt.Println("helper recover:", r)
	}()
	panic("boom")
}
