// Tests: bytes.Buffer as Go's buffer.go: growth (Cap/Available), Peek, UnreadByte/UnreadRune and their errors, Truncate/Next/ReadFrom, the negative Grow panic
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.Available())
	b.WriteString("hello, ")
	fmt.Println(b.Len(), b.Cap(), b.Available())
	b.WriteString(strings.Repeat("x", 100))
	fmt.Println(b.Len(), b.Cap())

	c := bytes.NewBufferString("héllo")
	p, err := c.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	p, err = c.Peek(10)
	fmt.Printf("%q %v\n", p, err)

	r, size, _ := c.ReadRune()
	fmt.Println(string(r), size)
	r, size, _ = c.ReadRune()
	fmt.Println(string(r), size)
	fmt.Println(c.UnreadRune())
	fmt.Println(c.UnreadRune())
	fmt.Println(c.String())
	by, _ := c.ReadByte()
	fmt.Println(by, c.UnreadByte(), c.String())
	c.Next(2)
	fmt.Println(c.UnreadByte())
	fmt.Println(c.UnreadRune())

	d := bytes.NewBufferString("a,b,c")
	line, err := d.ReadString(',')
	fmt.Printf("%q %v\n", line, err)
	fmt.Println(d.UnreadByte(), d.String())
	d.Truncate(1)
	fmt.Printf("%q\n", d.String())

	var e bytes.Buffer
	n, err := e.ReadFrom(strings.NewReader(strings.Repeat("z", 1000)))
	fmt.Println(n, err, e.Len(), e.Cap())

	var f bytes.Buffer
	f.Grow(10)
	fmt.Println(f.Cap())
	f.Write(f.AvailableBuffer()[:0])
	fmt.Println(f.Len())

	defer func() { fmt.Println("recovered:", recover()) }()
	f.Grow(-1)
}
