// Tests: a deferred call panics while a panic runs it; the first panic is aborted and both are printed
// @unwind-report
// @json
// @trace-plain
package main

import "fmt"

func main() {
	defer fmt.Println("main's deferred print runs during the second panic")
	defer func() {
		panic("second")
	}()
	panic("first")
}
