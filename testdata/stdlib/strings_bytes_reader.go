// Tests: strings.Reader and bytes.Reader (Go's reader.go): ReadAt, Seek, ReadByte/UnreadByte, ReadRune/UnreadRune, WriteTo, Reset and their errors
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type rs interface {
	io.ReadSeeker
	io.ReaderAt
	io.ByteScanner
	io.RuneScanner
	io.WriterTo
	Len() int
	Size() int64
}

func exercise(r rs) {
	fmt.Println(r.Len(), r.Size())
	b, _ := r.ReadByte()
	fmt.Printf("%c %v\n", b, r.UnreadByte())
	fmt.Println(r.UnreadByte())
	ch, size, err := r.ReadRune()
	fmt.Printf("%c %d %v\n", ch, size, err)
	ch, size, _ = r.ReadRune()
	fmt.Printf("%c %d %v\n", ch, size, r.UnreadRune())
	fmt.Println(r.UnreadRune())
	p := make([]byte, 3)
	n, err := r.ReadAt(p, 4)
	fmt.Println(n, err, string(p[:n]))
	n, err = r.ReadAt(p, 100)
	fmt.Println(n, err)
	_, err = r.ReadAt(p, -1)
	fmt.Println(err)
	pos, err := r.Seek(2, io.SeekStart)
	fmt.Println(pos, err)
	pos, _ = r.Seek(-1, io.SeekEnd)
	fmt.Println(pos)
	_, err = r.Seek(-10, io.SeekCurrent)
	fmt.Println(err)
	_, err = r.Seek(0, 9)
	fmt.Println(err)
	r.Seek(0, io.SeekStart)
	m, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(m, err, r.Len())
	_, err = r.ReadByte()
	fmt.Println(err)
}

func main() {
	exercise(strings.NewReader("héllo, world"))
	exercise(bytes.NewReader([]byte("héllo, world")))
	sr := strings.NewReader("abc")
	sr.Reset("xyz")
	b, _ := io.ReadAll(sr)
	fmt.Println(string(b))
}
