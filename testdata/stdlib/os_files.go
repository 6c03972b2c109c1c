// Tests: os file API on a temporary directory: WriteFile/ReadFile, Create/Open/OpenFile flags, Write/Read/Seek/ReadAt/WriteAt, Stat, ReadDir order, Rename, Remove, RemoveAll, MkdirAll, Chdir/Getwd
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

var dir string

func rel(s string) string { return strings.ReplaceAll(s, dir, "$DIR") }

func check(err error) {
	if err != nil {
		fmt.Println("error:", rel(err.Error()))
	}
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "gostack-os-*")
	check(err)
	defer os.RemoveAll(dir)

	p := dir + "/hello.txt"
	check(os.WriteFile(p, []byte("hello\nworld\n"), 0o644))
	b, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", b, err)

	f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	n, err := f.WriteString("appended\n")
	fmt.Println(n, err)
	check(f.Close())

	f, err = os.Open(p)
	check(err)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println("line:", sc.Text())
	}
	off, err := f.Seek(6, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 100)
	fmt.Println(n, err)
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	f.Close()

	g, err := os.Create(dir + "/data.bin")
	check(err)
	fmt.Fprintf(g, "%05d|", 42)
	g.WriteAt([]byte("XY"), 1)
	g.Seek(0, io.SeekStart)
	all, _ := io.ReadAll(g)
	fmt.Printf("%q\n", all)
	check(g.Truncate(3))
	g.Close()
	b, _ = os.ReadFile(dir + "/data.bin")
	fmt.Printf("%q\n", b)

	check(os.MkdirAll(dir+"/a/b/c", 0o755))
	check(os.MkdirAll(dir+"/a/b", 0o755))
	check(os.WriteFile(dir+"/a/b/c/deep.txt", []byte("deep"), 0o600))
	check(os.Mkdir(dir+"/a/z", 0o755))
	entries, err := os.ReadDir(dir)
	check(err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode().Perm(), e)
	}
	fi, err = os.Stat(dir + "/a/b/c/deep.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), err)

	check(os.Rename(dir+"/a/b/c/deep.txt", dir+"/moved.txt"))
	_, err = os.Stat(dir + "/a/b/c/deep.txt")
	fmt.Println(os.IsNotExist(err), rel(err.Error()))

	check(os.Remove(dir + "/a"))
	check(os.RemoveAll(dir + "/a"))
	_, err = os.Stat(dir + "/a")
	fmt.Println(os.IsNotExist(err))
	check(os.RemoveAll(dir + "/a"))

	wd, _ := os.Getwd()
	check(os.Chdir(dir))
	check(os.WriteFile("relative.txt", []byte("rel"), 0o644))
	b, err = os.ReadFile(dir + "/relative.txt")
	fmt.Printf("%q %v\n", b, err)
	now, _ := os.Getwd()
	fmt.Println(rel(now))
	check(os.Chdir(wd))

	names, _ := os.ReadDir(dir)
	for _, e := range names {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()
}
