// Tests: io.Copy/CopyN/CopyBuffer (WriterTo, ReaderFrom, short input), MultiWriter, WriteString, Discard, OffsetWriter
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type onlyWriter struct{ b []byte }

func (w *onlyWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 1, errors.New("disk full") }

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) - 1, nil }

type bufAt struct{ b [16]byte }

func (w *bufAt) WriteAt(p []byte, off int64) (int, error) {
	return copy(w.b[off:], p), nil
}

func main() {
	var dst bytes.Buffer
	n, err := io.Copy(&dst, strings.NewReader("copied"))
	fmt.Println(n, err, dst.String())
	w := &onlyWriter{}
	n, err = io.CopyN(w, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, string(w.b))
	n, err = io.CopyN(w, strings.NewReader("ab"), 4)
	fmt.Println(n, err, string(w.b))
	n, err = io.CopyBuffer(w, strings.NewReader("buffered"), make([]byte, 3))
	fmt.Println(n, err, string(w.b))
	n, err = io.Copy(failWriter{}, strings.NewReader("abc"))
	fmt.Println(n, err)
	n, err = io.Copy(shortWriter{}, io.LimitReader(strings.NewReader("abc"), 3))
	fmt.Println(n, err)

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b, os.Stdout)
	fmt.Fprintln(mw, "to all")
	io.WriteString(mw, "str\n")
	fmt.Printf("%q %q\n", a.String(), b.String())
	n2, err := io.MultiWriter(&a, failWriter{}).Write([]byte("xyz"))
	fmt.Println(n2, err)

	n, err = io.Copy(io.Discard, strings.NewReader("gone"))
	fmt.Println(n, err)

	at := &bufAt{}
	ow := io.NewOffsetWriter(at, 2)
	ow.Write([]byte("ab"))
	ow.WriteAt([]byte("Z"), 5)
	pos, _ := ow.Seek(1, io.SeekCurrent)
	fmt.Printf("%q %d\n", at.b[:8], pos)

	defer func() { fmt.Println("recovered:", recover()) }()
	io.CopyBuffer(w, &onlyReader{strings.NewReader("x")}, make([]byte, 0))
}

type onlyReader struct{ r io.Reader }

func (r *onlyReader) Read(p []byte) (int, error) { return r.r.Read(p) }
