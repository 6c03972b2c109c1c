// Tests: testing/fstest's MapFS (Open, ReadDir, ReadFile, Stat, Sub, Glob, synthesized directories, errors) and TestFS passing on MapFS and os.DirFS and reporting a broken file system; testing/iotest's readers.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing/fstest"
	"testing/iotest"
	"time"
)

// broken lies about one file's contents on a second read.
type broken struct {
	fstest.MapFS
	reads *int
}

func (b broken) Open(name string) (fs.File, error) {
	if name == "a.txt" {
		*b.reads++
		if *b.reads > 1 {
			return b.MapFS.Open("b.txt")
		}
	}
	return b.MapFS.Open(name)
}

func main() {
	m := fstest.MapFS{
		"a.txt":         {Data: []byte("alpha"), ModTime: time.Unix(1e9, 0).UTC()},
		"dir/b.txt":     {Data: []byte("beta"), Mode: 0600},
		"dir/sub/c.txt": {Data: []byte("gamma")},
		"empty":         {Mode: fs.ModeDir | 0755},
	}
	b, err := fs.ReadFile(m, "dir/b.txt")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(m, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = m.Open("../x")
	fmt.Println(err)
	ents, err := fs.ReadDir(m, ".")
	for _, e := range ents {
		fmt.Print(e.Name(), " ", e.IsDir(), " ", e.Type(), "; ")
	}
	fmt.Println(err)
	fi, err := fs.Stat(m, "a.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.ModTime(), fi.IsDir(), err)
	fi, _ = fs.Stat(m, "dir")
	fmt.Println(fi.Name(), fi.Mode(), fi.IsDir())
	sub, err := fs.Sub(m, "dir")
	fmt.Println(err)
	b, err = fs.ReadFile(sub, "sub/c.txt")
	fmt.Printf("%q %v\n", b, err)
	matches, err := fs.Glob(m, "*/*.txt")
	fmt.Println(matches, err)
	fs.WalkDir(m, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Print(p, " ")
		return nil
	})
	fmt.Println()

	fmt.Println("TestFS MapFS:", fstest.TestFS(m, "a.txt", "dir/b.txt", "dir/sub/c.txt"))
	err = fstest.TestFS(m, "missing.txt")
	fmt.Println("TestFS missing:", strings.Contains(fmt.Sprint(err), "expected but not found: missing.txt"))
	n := 0
	err = fstest.TestFS(broken{m, &n}, "a.txt")
	fmt.Println("TestFS broken:", err != nil)

	d, _ := os.MkdirTemp("", "fstest")
	defer os.RemoveAll(d)
	os.MkdirAll(filepath.Join(d, "x/y"), 0755)
	os.WriteFile(filepath.Join(d, "x/y/z.txt"), []byte("zed"), 0644)
	fmt.Println("TestFS DirFS:", fstest.TestFS(os.DirFS(d), "x/y/z.txt"))

	r := iotest.OneByteReader(strings.NewReader("hello"))
	buf := make([]byte, 10)
	k, err := r.Read(buf)
	fmt.Println(k, err)
	h := iotest.HalfReader(strings.NewReader("hello"))
	k, err = h.Read(buf)
	fmt.Println(k, err)
	e := iotest.DataErrReader(strings.NewReader("hi"))
	k, err = e.Read(buf)
	fmt.Println(k, err)
	_, err = iotest.ErrReader(errors.New("boom")).Read(buf)
	fmt.Println(err)
	t := iotest.TimeoutReader(strings.NewReader("abc"))
	k, err = t.Read(buf[:1])
	fmt.Println(k, err)
	k, err = t.Read(buf)
	fmt.Println(k, err == iotest.ErrTimeout)
	all, err := io.ReadAll(iotest.OneByteReader(strings.NewReader("slow")))
	fmt.Printf("%q %v\n", all, err)
	fmt.Println(iotest.TestReader(strings.NewReader("content"), []byte("content")))
	fmt.Println(iotest.TestReader(strings.NewReader("content"), []byte("other")) != nil)
}
