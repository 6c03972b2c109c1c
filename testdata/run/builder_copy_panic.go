// Tests: a strings.Builder copied by value after first use panics on the copy's first write with Go's message and frames (copyCheck above WriteString); global and embedded builders work.
package main

import (
	"fmt"
	"strings"
)

var g strings.Builder

type Doc struct {
	title string
	body  strings.Builder
}

func main() {
	g.WriteString("global")
	g.WriteByte('!')
	d := &Doc{title: "t"}
	d.body.WriteString("body")
	d.body.WriteRune('é')
	d.body.WriteByte('.')
	fmt.Println(g.String(), d.body.String(), d.body.Len())
	var z strings.Builder
	c := z // copying an unused Builder is allowed
	c.WriteString("ok")
	fmt.Println(c.String(), z.Len())
	var a strings.Builder
	a.WriteString("x")
	b := a
	fmt.Println(b.String())
	b.WriteByte('y')
}
