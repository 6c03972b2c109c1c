// Tests: WaitGroup.Done's panic runs a deferred runtime.Goexit, which runs a nil deferred func: the traceback shows Goexit, the panic and WaitGroup.Add's frames.
package main

import (
	"runtime"
	"sync"
)

func f() {
	var nf func()
	defer nf()
	defer runtime.Goexit()
	var wg sync.WaitGroup
	wg.Done()
}

func main() {
	f()
}
