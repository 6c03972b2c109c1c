// Tests: unicode predicates and utf8 helpers.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 é!" {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Q')))
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("\xff"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size, utf8.RuneLen('é'))
	buf := utf8.AppendRune(nil, '界')
	fmt.Println(buf, utf8.RuneError)
}
