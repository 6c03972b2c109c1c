// Tests: os.Symlink, Readlink, Lstat against Stat, SameFile, links followed by Open/ReadFile/Create/ReadDir/Walk/EvalSymlinks, Remove and Rename of the link itself, dangling links and loops, with Go's errors.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var d string

func show(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), d, "D")
}

func main() {
	var err error
	d, err = os.MkdirTemp("", "links")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(d)
	p := func(s string) string { return filepath.Join(d, s) }

	os.WriteFile(p("file.txt"), []byte("hello"), 0644)
	os.MkdirAll(p("sub/deep"), 0755)
	os.WriteFile(p("sub/deep/x.txt"), []byte("deep"), 0644)

	fmt.Println(show(os.Symlink("file.txt", p("rel"))))
	fmt.Println(show(os.Symlink(p("sub"), p("abs"))))
	fmt.Println(show(os.Symlink("missing", p("dangling"))))
	fmt.Println(show(os.Symlink("loop2", p("loop1"))), show(os.Symlink("loop1", p("loop2"))))
	fmt.Println(show(os.Symlink("x", p("rel"))))
	fmt.Println(show(os.Symlink("x", p("nodir/link"))))

	for _, n := range []string{"rel", "abs", "dangling", "file.txt", "nope"} {
		t, err := os.Readlink(p(n))
		fmt.Printf("readlink %s: %q %s\n", n, strings.ReplaceAll(t, d, "D"), show(err))
	}

	for _, n := range []string{"rel", "abs", "dangling", "loop1"} {
		li, err := os.Lstat(p(n))
		fmt.Print("lstat ", n, ": ")
		if err == nil {
			fmt.Print(li.Name(), " ", li.Mode(), " ", li.Mode()&fs.ModeSymlink != 0, " ", li.Mode().Type(), " ")
		}
		fmt.Println(show(err))
		si, err := os.Stat(p(n))
		fmt.Print("stat ", n, ": ")
		if err == nil {
			fmt.Print(si.Name(), " ", si.Mode(), " ", si.IsDir(), " ")
			if !si.IsDir() {
				fmt.Print(si.Size(), " ")
			}
		}
		fmt.Println(show(err))
	}

	a, _ := os.Stat(p("rel"))
	b, _ := os.Stat(p("file.txt"))
	c, _ := os.Lstat(p("rel"))
	e, _ := os.Stat(p("sub/deep/x.txt"))
	fmt.Println(os.SameFile(a, b), os.SameFile(a, c), os.SameFile(b, e), os.SameFile(b, b))

	data, err := os.ReadFile(p("rel"))
	fmt.Printf("%q %s\n", data, show(err))
	data, err = os.ReadFile(p("abs/deep/x.txt"))
	fmt.Printf("%q %s\n", data, show(err))
	_, err = os.ReadFile(p("loop1"))
	fmt.Println(show(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), errors.Is(err, fs.ErrNotExist))
	_, err = os.Open(p("dangling"))
	fmt.Println(show(err), errors.Is(err, fs.ErrNotExist))

	// Writing through a dangling link creates its target.
	fmt.Println(show(os.WriteFile(p("dangling"), []byte("made"), 0644)))
	data, err = os.ReadFile(p("missing"))
	fmt.Printf("%q %s\n", data, show(err))

	entries, _ := os.ReadDir(d)
	for _, en := range entries {
		fmt.Print(en.Name(), ":", en.Type(), ":", en.IsDir(), " ")
	}
	fmt.Println()

	filepath.WalkDir(d, func(path string, de fs.DirEntry, err error) error {
		fmt.Print(strings.ReplaceAll(path, d, "D"), " ")
		return nil
	})
	fmt.Println()

	for _, n := range []string{"rel", "abs/deep", "abs/../file.txt", "dangling", "loop1", "nope"} {
		r, err := filepath.EvalSymlinks(p(n))
		fmt.Printf("eval %s: %q %s\n", n, strings.ReplaceAll(r, d, "D"), show(err))
	}

	// Remove and Rename act on the link, not its target.
	fmt.Println(show(os.Rename(p("rel"), p("rel2"))))
	_, err = os.Stat(p("file.txt"))
	fmt.Println(show(err))
	fmt.Println(show(os.Remove(p("abs"))))
	_, err = os.Stat(p("sub/deep"))
	fmt.Println(show(err))
	fmt.Println(show(os.Mkdir(p("loop1"), 0755)))

	// Relative links inside a directory resolve from the link's directory.
	os.Symlink("../file.txt", p("sub/up"))
	data, err = os.ReadFile(p("sub/up"))
	fmt.Printf("%q %s\n", data, show(err))
	os.Chdir(p("sub"))
	data, err = os.ReadFile("up")
	fmt.Printf("%q %s\n", data, show(err))
}
