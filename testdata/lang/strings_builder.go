// Tests: strings.Builder WriteString, WriteByte, WriteRune, Len, String.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q\n", b.String())
}
