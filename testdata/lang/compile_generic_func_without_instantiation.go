// Tests: compile error: a generic function used as a value without instantiation.
package main

import "fmt"

func Identity[T any](x T) T { return x }

func main() {
	f := Identity
	fmt.Println(f)
}
