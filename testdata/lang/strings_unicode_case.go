// Tests: strings.ToUpper/ToLower on non-ASCII text and unicode.SimpleFold.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("straße ǆ ﬃ"), strings.ToLower("ÀÉÎ İ"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('λ', unicode.Greek, unicode.Latin))
}
