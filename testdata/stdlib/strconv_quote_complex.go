// Tests: strconv's AppendQuote*ToASCII/ToGraphic, UnquoteChar, QuotedPrefix, FormatComplex and ParseComplex with Go's errors.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	b := []byte("q:")
	b = strconv.AppendQuoteToASCII(b, "héllo\n☺")
	b = strconv.AppendQuoteToGraphic(b, "\u00a0tab\t")
	b = strconv.AppendQuoteRuneToASCII(b, '☺')
	b = strconv.AppendQuoteRuneToGraphic(b, '\u00a0')
	fmt.Println(string(b))
	for _, s := range []string{`\x41rest`, `\u263a!`, `\'x`, `"`, `\q`, `\777`, `\400`, "é", `\ud800`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Printf("%q -> %q %v %q %v\n", s, v, mb, tail, err)
	}
	for _, s := range []string{`"hello" world`, "`raw`tail", `'a'b`, `"unterminated`, `"bad\q"`, `'ab'`, `"a\"b"c`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q -> %q %v\n", s, p, err)
	}
	for _, c := range []complex128{1 + 2i, -1.5 - 0.25i, complex(0, -0.0)} {
		fmt.Println(strconv.FormatComplex(c, 'f', 2, 128), strconv.FormatComplex(c, 'g', -1, 64), strconv.FormatComplex(c, 'e', 3, 128))
	}
	for _, s := range []string{"1+2i", "(3-4.5i)", "2i", "-i", "1e3", "NaN+Infi", "+Inf-Infi", "0x1p-2+0x1p3i", "1+2", "1++2i", "1e400+1i", "1+1e40i", "(1+2i", "", "1_000+2i", "i"} {
		c, err := strconv.ParseComplex(s, 128)
		c64, err64 := strconv.ParseComplex(s, 64)
		fmt.Println(s, "->", c, err, "|", c64, err64)
	}
	_, err := strconv.ParseComplex("1", 100)
	fmt.Println(err)
}
