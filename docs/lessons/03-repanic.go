// Lesson 3: a deferred function that recovers and panics again with the
// same value: the crash shows the first panic as [recovered, repanicked].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("cleanup after", r)
		panic(r) // re-panic with the same value
	}()
	panic("disk full")
}
