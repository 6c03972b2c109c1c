// Tests: multi-line panic string re-panicked after recovery: tab after each newline and [recovered, repanicked].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%q\n", r)
		panic(r)
	}()
	panic("first line\nsecond line")
}
