// Tests: io/fs over os.DirFS: fs.WalkDir, fs.ReadDir, fs.ReadFile, fs.Stat, fs.Glob, fs.Sub and their errors
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	dir, _ := os.MkdirTemp("", "fsys")
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "x.txt"), []byte("hi"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.go"), []byte("package y"), 0o644)
	os.WriteFile(filepath.Join(dir, "z.go"), []byte("package z"), 0o644)
	fsys := os.DirFS(dir)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(p, d.Name() == filepath.Base(p), d.IsDir(), err)
		return nil
	})
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if p == "a/b" {
			return fs.SkipAll
		}
		return nil
	})
	fmt.Println("skipall:", err)
	es, err := fs.ReadDir(fsys, "a")
	for _, e := range es {
		fmt.Println(e.Name(), e.IsDir(), e.Type())
	}
	b, err := fs.ReadFile(fsys, "a/x.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err)
	_, err = fs.ReadFile(fsys, "../x")
	fmt.Println(err)
	st, err := fs.Stat(fsys, "z.go")
	fmt.Println(st.Name(), st.Size(), st.IsDir(), err)
	m, err := fs.Glob(fsys, "*/*.txt")
	fmt.Println(m, err)
	_, err = fs.Glob(fsys, "[")
	fmt.Println(err)
	sub, err := fs.Sub(fsys, "a")
	m, err = fs.Glob(sub, "b/*")
	fmt.Println(m, err)
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"))
}
