// Tests: path/filepath's lexical functions (Join, Clean, Base, Dir, Ext, Split, Rel and its error, Match, SplitList, IsLocal, Abs)
package main

import (
	"fmt"
	"path/filepath"
)

func main() {
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Join(), filepath.Join("", "x"), filepath.Join("/", ".."))
	for _, p := range []string{"", ".", "a//b/./../c/", "/../a", "../../x/", "/"} {
		fmt.Printf("%q %q %q %q %q\n", filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.VolumeName(p))
	}
	fmt.Println(filepath.Ext("x.tar.gz"), filepath.IsAbs("/x"), filepath.IsAbs("x"))
	fmt.Println(filepath.Split("a/b/c"))
	fmt.Println(filepath.Split("c"))
	fmt.Println(filepath.Rel("/a/b", "/a/b/c/d"))
	fmt.Println(filepath.Rel("/a/b", "/x"))
	fmt.Println(filepath.Rel("a", "/x"))
	fmt.Println(filepath.Rel("a/b", "a/c/../b/d"))
	fmt.Println(filepath.Match("*.go", "x.go"))
	fmt.Println(filepath.Match("*.go", "d/x.go"))
	fmt.Println(filepath.Match("[a-c]?[!x]", "bzy"))
	fmt.Println(filepath.Match("\\*", "*"))
	fmt.Println(filepath.Match("[", "x"))
	fmt.Println(filepath.Match("a[", "a"))
	fmt.Println(filepath.SplitList("/a:/b"), len(filepath.SplitList("")), filepath.ToSlash("a/b"), filepath.FromSlash("a/b"))
	fmt.Println(filepath.IsLocal("../a"), filepath.IsLocal("a/b"), filepath.IsLocal(""), filepath.IsLocal("/a"))
	abs, err := filepath.Abs("rel")
	fmt.Println(filepath.IsAbs(abs), filepath.Base(abs), err)
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator), filepath.ErrBadPattern)
}
