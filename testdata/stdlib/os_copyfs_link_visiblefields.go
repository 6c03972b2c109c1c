// Tests: os.CopyFS (from os.DirFS and fstest.MapFS, existing files refused), os.Link (shared contents, SameFile, errors), os.DirFS's ReadLink, and reflect.VisibleFields with promoted and hidden fields.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing/fstest"
)

type Base struct {
	ID   int
	Name string
}

type Other struct {
	Name string
	Tag  string
}

type Outer struct {
	Base
	*Other
	Name  string
	extra bool
}

func main() {
	d, _ := os.MkdirTemp("", "copyfs")
	defer os.RemoveAll(d)
	show := func(err error) string {
		if err == nil {
			return "<nil>"
		}
		return strings.ReplaceAll(err.Error(), d, "D")
	}
	src := fstest.MapFS{
		"a.txt":       {Data: []byte("A"), Mode: 0644},
		"bin/run":     {Data: []byte("#!"), Mode: 0755},
		"docs/x/y.md": {Data: []byte("y")},
	}
	dst := filepath.Join(d, "copy")
	fmt.Println(show(os.CopyFS(dst, src)))
	filepath.WalkDir(dst, func(p string, de fs.DirEntry, err error) error {
		info, _ := de.Info()
		mode := info.Mode()
		if de.IsDir() {
			mode = fs.ModeDir
		}
		fmt.Print(strings.ReplaceAll(p, d, "D"), " ", mode, "; ")
		return nil
	})
	fmt.Println()
	err := os.CopyFS(dst, src)
	fmt.Println(show(err), errors.Is(err, fs.ErrExist))
	dst2 := filepath.Join(d, "copy2")
	fmt.Println(show(os.CopyFS(dst2, os.DirFS(dst))))
	b, err := os.ReadFile(filepath.Join(dst2, "docs/x/y.md"))
	fmt.Printf("%q %s\n", b, show(err))

	os.Symlink("a.txt", filepath.Join(dst, "link"))
	t, err := fs.ReadLink(os.DirFS(dst), "link")
	fmt.Println(t, show(err))
	_, err = fs.ReadLink(os.DirFS(dst), "a.txt")
	fmt.Println(show(err))
	err = os.CopyFS(filepath.Join(d, "copy3"), os.DirFS(dst))
	fmt.Println(show(err))

	a := filepath.Join(dst, "a.txt")
	h := filepath.Join(d, "hard.txt")
	fmt.Println(show(os.Link(a, h)))
	os.WriteFile(h, []byte("changed"), 0644)
	b, _ = os.ReadFile(a)
	fmt.Printf("%q\n", b)
	fa, _ := os.Stat(a)
	fh, _ := os.Stat(h)
	fmt.Println(os.SameFile(fa, fh))
	fmt.Println(show(os.Link(a, h)))
	fmt.Println(show(os.Link(filepath.Join(d, "nope"), filepath.Join(d, "n2"))))
	fmt.Println(show(os.Link(dst, filepath.Join(d, "dirlink"))))
	os.Remove(a)
	b, err = os.ReadFile(h)
	fmt.Printf("%q %s\n", b, show(err))

	for _, f := range reflect.VisibleFields(reflect.TypeOf(Outer{})) {
		fmt.Println(f.Name, f.Index, f.Anonymous, f.Type)
	}
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.VisibleFields(reflect.TypeOf(1))
	}()
}
