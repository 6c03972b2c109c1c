// Tests: package path: Join/Clean/Base/Dir/Ext/IsAbs/Split and Match with its ErrBadPattern
package main

import (
	"fmt"
	"path"
)

func main() {
	fmt.Println(path.Join("a", "b/../c", "/d"), path.Clean("a//b/./../c/"), path.Base("/a/b.go"), path.Dir("/a/b"), path.Ext("x.tar.gz"), path.IsAbs("/x"))
	fmt.Println(path.Split("a/b/c"))
	fmt.Println(path.Match("*.go", "x.go"))
	fmt.Println(path.Match("[", "x"))
	fmt.Println(path.Match("a?c", "abc"))
}
