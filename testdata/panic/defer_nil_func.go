// Tests: deferring a nil func panics when the deferred call runs, not at defer.
package main

import "fmt"

func main() {
	var f func()
	defer f()
	fmt.Println("after defer statement")
}
