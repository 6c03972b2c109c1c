// Tests: a nil *strings.Builder write and a write through a copied Builder panic inside copyCheck with Go's frames, also while panicking.
package main

import (
	"fmt"
	"strings"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		var b *strings.Builder
		b.WriteByte('x')
	}()
	var a strings.Builder
	a.WriteByte('x')
	c := a
	c.WriteString("y")
}
