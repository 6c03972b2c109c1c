// Tests: io.ReadFull/ReadAtLeast (ErrUnexpectedEOF, ErrShortBuffer), LimitReader, MultiReader, TeeReader, SectionReader, NopCloser
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	buf := make([]byte, 4)
	n, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	n, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 5)
	fmt.Println(n, err)

	lr := io.LimitReader(strings.NewReader("hello, world"), 5)
	b, err := io.ReadAll(lr)
	fmt.Printf("%q %v\n", b, err)

	mr := io.MultiReader(strings.NewReader("one "), strings.NewReader(""), strings.NewReader("two"))
	b, _ = io.ReadAll(mr)
	fmt.Printf("%q\n", b)

	var log bytes.Buffer
	tr := io.TeeReader(strings.NewReader("teed"), &log)
	b, _ = io.ReadAll(tr)
	fmt.Printf("%q %q\n", b, log.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	fmt.Println(sr.Size())
	b, _ = io.ReadAll(sr)
	fmt.Printf("%q\n", b)
	p := make([]byte, 3)
	n, err = sr.ReadAt(p, 3)
	fmt.Println(n, err, string(p[:n]))
	off, err := sr.Seek(-2, io.SeekEnd)
	fmt.Println(off, err)
	b, _ = io.ReadAll(sr)
	fmt.Printf("%q\n", b)
	_, err = sr.Seek(-1, io.SeekStart)
	fmt.Println(err)
	_, err = sr.Seek(0, 7)
	fmt.Println(err)
	outer, o2, n2 := sr.Outer()
	_ = outer
	fmt.Println(o2, n2)

	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	_, isWT := rc.(io.WriterTo)
	fmt.Println(isWT)
}
