// Tests: runtime.Callers reports the runtime's own frames (Callers, gopanic, runtime.main, goexit) at go1.27.3's source lines.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
)

//go:noinline
func show() {
	pc := make([]uintptr, 20)
	n := runtime.Callers(0, pc)
	fr := runtime.CallersFrames(pc[:n])
	for {
		f, more := fr.Next()
		fmt.Println(f.Function, filepath.Base(f.File), f.Line)
		if !more {
			break
		}
	}
}

func main() {
	defer func() {
		recover()
		show()
	}()
	show()
	panic(1)
}
