// Tests: strings.Map, Cut, Fields/FieldsFunc, ContainsRune, IndexByte, Compare, NewReplacer.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	rot := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}, "hello, world")
	fmt.Println(rot)
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.IndexByte("abc", 'c'), strings.Compare("a", "b"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.IndexAny("golang", "ng"), strings.ToTitle("go"))
}
