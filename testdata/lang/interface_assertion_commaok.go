// Tests: type assertions with comma-ok to concrete and interface types.
package main

import (
	"fmt"
	"io"
	"os"
)

type R struct{}

func (R) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var v any = 42
	n, ok := v.(int)
	s, ok2 := v.(string)
	fmt.Println(n, ok, s == "", ok2)
	var x any = R{}
	r, ok3 := x.(io.Reader)
	_, ok4 := x.(io.Writer)
	fmt.Println(r != nil, ok3, ok4)
	var w any = os.Stdout
	_, ok5 := w.(io.Writer)
	fmt.Println(ok5)
}
