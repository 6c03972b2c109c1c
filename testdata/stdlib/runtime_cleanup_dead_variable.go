// Tests: a variable is dead after its last use: runtime.AddCleanup on its address runs after a collection even though the variable is still in scope (Go's runtime example).
package main

import (
	"fmt"
	"runtime"
)

type File struct{ name string }

func (f *File) Name() string { return f.name }
func (f *File) Close() error { return nil }

func main() {
	f := &File{name: "tmp.1"}
	ch := make(chan struct{})
	runtime.AddCleanup(&f, func(name string) {
		fmt.Println("cleaned up", name)
		ch <- struct{}{}
	}, f.Name())
	if err := f.Close(); err != nil {
		fmt.Println(err)
		return
	}
	runtime.GC()
	<-ch
	fmt.Println("done")
}
