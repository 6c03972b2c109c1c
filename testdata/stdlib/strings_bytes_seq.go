// Tests: strings.CutLast, SplitAfterSeq and FieldsFuncSeq; bytes.Lines, SplitSeq, SplitAfterSeq, FieldsSeq and FieldsFuncSeq (subslices capped at their length).
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.CutLast("a/b/c", "/"))
	fmt.Println(strings.CutLast("abc", "/"))
	fmt.Println(strings.CutLast("", ""))
	for p := range strings.SplitAfterSeq("a,b,,c", ",") {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	calls := 0
	for f := range strings.FieldsFuncSeq("  x1 y22  z  ", func(r rune) bool { calls++; return unicode.IsSpace(r) }) {
		fmt.Printf("%q ", f)
		if f == "y22" {
			break
		}
	}
	fmt.Println(calls)
	b := []byte("one\ntwo\n\nthree")
	for l := range bytes.Lines(b) {
		fmt.Printf("%q/%d ", l, cap(l))
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("a--b----c"), []byte("--")) {
		fmt.Printf("%q/%d ", p, cap(p))
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("héllo"), nil) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for p := range bytes.SplitAfterSeq([]byte("1.2.3"), []byte(".")) {
		fmt.Printf("%q ", p)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" \u00a0 α  β\tγ ")) {
		fmt.Printf("%q/%d ", f, cap(f))
	}
	fmt.Println()
	for f := range bytes.FieldsFuncSeq([]byte("a1b22c"), unicode.IsDigit) {
		fmt.Printf("%q ", f)
	}
	fmt.Println()
}
