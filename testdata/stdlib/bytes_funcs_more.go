// Tests: bytes' Func variants, Cut/CutPrefix/CutSuffix/CutLast, IndexAny, SplitAfter, FieldsFunc, Map, ToValidUTF8 (results are subslices of the input)
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  ¡Hola, mundo!  ")
	fmt.Printf("%q %q %q\n", bytes.TrimFunc(s, unicode.IsSpace), bytes.TrimLeftFunc(s, unicode.IsSpace), bytes.TrimRightFunc(s, unicode.IsSpace))
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsLetter), bytes.ContainsFunc(s, unicode.IsDigit))
	b, a, f := bytes.Cut([]byte("k=v=w"), []byte("="))
	fmt.Printf("%s %s %v\n", b, a, f)
	b, a, f = bytes.CutLast([]byte("k=v=w"), []byte("="))
	fmt.Printf("%s %s %v\n", b, a, f)
	x, ok := bytes.CutPrefix([]byte("prefix-body"), []byte("prefix-"))
	y, ok2 := bytes.CutSuffix([]byte("body.go"), []byte(".txt"))
	fmt.Printf("%s %v %s %v\n", x, ok, y, ok2)
	fmt.Println(bytes.IndexAny([]byte("golang"), "ny"), bytes.LastIndexAny([]byte("golang"), "gl"), bytes.LastIndexByte([]byte("abca"), 'a'))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?")))
	orig := []byte("xxhixx")
	t := bytes.TrimFunc(orig, func(r rune) bool { return r == 'x' })
	t[0] = 'H'
	fmt.Println(string(orig))
}
