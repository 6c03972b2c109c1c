// Tests: an interface may declare again a method of an interface it embeds, with an identical signature (overlapping interfaces)
package main

import (
	"fmt"
	"io"
	"strings"
)

type Sizer interface{ Size() int }

type SizedReader interface {
	Sizer
	io.Reader
	Size() int
	Read(p []byte) (int, error)
}

type Box[T any] interface{ Get() T }

type IntBox interface {
	Box[int]
	Get() int
}

type src struct{ *strings.Reader }

func (s src) Size() int { return int(s.Len()) }

type num int

func (n num) Get() int { return int(n) * 2 }

func main() {
	var r SizedReader = src{strings.NewReader("hello")}
	fmt.Println(r.Size())
	b, _ := io.ReadAll(r)
	fmt.Println(string(b), r.Size())
	var ib IntBox = num(21)
	var bx Box[int] = ib
	fmt.Println(ib.Get(), bx.Get())
}
