// Tests: filepath.Walk/WalkDir (order, SkipDir, the error for a missing root) and Glob on the file system
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	fmt.Println(filepath.Join("a", "b/../c", "/d"), filepath.Clean("a//b/./../c/"), filepath.Base("/a/b.go"), filepath.Dir("/a/b"), filepath.Ext("x.tar.gz"), filepath.IsAbs("/x"))
	fmt.Println(filepath.Split("a/b/c"))
	fmt.Println(filepath.Rel("/a/b", "/a/b/c/d"))
	fmt.Println(filepath.Rel("/a/b", "/x"))
	fmt.Println(filepath.Rel("a", "/x"))
	fmt.Println(filepath.Match("*.go", "x.go"))
	fmt.Println(filepath.Match("[", "x"))
	fmt.Println(filepath.SplitList("/a:/b"), filepath.ToSlash("a/b"), filepath.VolumeName("/x"), filepath.IsLocal("../a"))
	dir, _ := os.MkdirTemp("", "walk")
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "x.txt"), []byte("hi"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.go"), []byte("package y"), 0o644)
	os.WriteFile(filepath.Join(dir, "z.go"), []byte("package z"), 0o644)
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		rel, _ := filepath.Rel(dir, p)
		fmt.Println("walk", rel, info.IsDir(), info.Size() > 0 && !info.IsDir())
		return err
	})
	fmt.Println(err)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && d.Name() == "b" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", strings.TrimPrefix(p, dir), d.IsDir())
		return nil
	})
	m, err := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	fmt.Println(len(m), filepath.Base(m[0]), err)
	_, err = filepath.Glob("[")
	fmt.Println(err)
	err = filepath.Walk(filepath.Join(dir, "nope"), func(p string, info os.FileInfo, err error) error {
		fmt.Println("cb", strings.TrimPrefix(p, dir), info == nil, err != nil)
		return err
	})
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	abs, _ := filepath.Abs("rel")
	fmt.Println(filepath.IsAbs(abs), filepath.Base(abs))
}
