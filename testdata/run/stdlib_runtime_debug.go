// Tests: runtime/debug.PrintStack inside a deferred recover (frames: debug.Stack, debug.PrintStack, the deferred func, panic), Stack, SetMaxStack, SetGCPercent.
package main

import (
	"fmt"
	"runtime/debug"
)

func f() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			debug.PrintStack()
		}
	}()
	panic("oops")
}

func main() {
	f()
	s := debug.Stack()
	fmt.Println(len(s) > 0)
	old := debug.SetMaxStack(1 << 20)
	fmt.Println(old)
	old = debug.SetGCPercent(50)
	fmt.Println(old)
}
