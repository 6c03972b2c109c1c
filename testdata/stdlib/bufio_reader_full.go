// Tests: Go's whole bufio.Reader/Writer: Peek, ReadSlice, UnreadByte/UnreadRune, Discard, ReadRune, WriteTo, ReadFrom, ErrBufferFull, ReadWriter
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("héllo, world\nsecond line\nthird"), 16)
	p, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", p, err, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	ru, size, _ := r.ReadRune()
	ru, size, _ = r.ReadRune()
	fmt.Println(string(ru), size, r.UnreadRune())
	n, err := r.Discard(4)
	fmt.Println(n, err)
	line, err := r.ReadSlice('\n')
	fmt.Printf("%q %v\n", line, err)
	_, err = r.Peek(100)
	fmt.Println(err)
	line, err = r.ReadSlice('#')
	fmt.Printf("%q %v\n", line, err)
	var sb strings.Builder
	m, err := r.WriteTo(&sb)
	fmt.Printf("%d %q %v\n", m, sb.String(), err)
	fmt.Println(r.Size(), r.Buffered())
	r.Reset(strings.NewReader("x y  z"))
	s, err := r.ReadString('!')
	fmt.Printf("%q %v\n", s, err)
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 8)
	fmt.Fprintf(w, "%s", "0123456789")
	fmt.Println(buf.Len(), w.Buffered(), w.Available())
	w.ReadFrom(strings.NewReader("abc"))
	w.Flush()
	fmt.Println(buf.String())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	l, _ := rw.ReadString('\n')
	rw.WriteString("echo " + l)
	rw.Flush()
	sc := bufio.NewScanner(strings.NewReader("one two\nthree"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println(sc.Err())
}
