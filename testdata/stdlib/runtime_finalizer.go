// Tests: runtime.SetFinalizer, AddCleanup and MemProfileRate are accepted (finalizers need not run before exit)
package main

import (
	"fmt"
	"runtime"
)

type res struct{ name string }

func main() {
	r := &res{"file"}
	runtime.SetFinalizer(r, func(r *res) { fmt.Println("finalized", r.name) })
	runtime.SetFinalizer(r, nil)
	c := runtime.AddCleanup(r, func(n string) { fmt.Println("cleanup", n) }, "x")
	c.Stop()
	fmt.Println(runtime.MemProfileRate)
	runtime.MemProfileRate = 1
	fmt.Println(runtime.MemProfileRate)
	runtime.KeepAlive(r)
	fmt.Println("done")
}
