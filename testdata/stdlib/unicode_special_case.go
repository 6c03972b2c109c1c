// Tests: unicode.SpecialCase (TurkishCase/AzeriCase), CaseRanges, UpperLower, Version and CategoryAliases, with strings and bytes' *Special functions.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Iıİi ĞÜŞÖÇ istanbul IĞDIR"
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, s))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Printf("%s %s %s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte(s)), bytes.ToLowerSpecial(unicode.TurkishCase, []byte(s)), bytes.ToTitleSpecial(unicode.TurkishCase, []byte("ii")))
	for _, r := range []rune{'i', 'I', 'ı', 'İ', 'a', 'ǅ', 'Σ'} {
		fmt.Printf("%c: %c %c %c\n", r, unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r))
	}
	fmt.Println(len(unicode.CaseRanges) > 300, unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	mine := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'c', Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}}
	fmt.Println(strings.ToUpperSpecial(mine, "abcd"), strings.ToLowerSpecial(mine, "ABCD"), unicode.UpperLower)
	fmt.Println(unicode.Version, unicode.CategoryAliases["Letter"], unicode.CategoryAliases["Cased_Letter"], len(unicode.CategoryAliases))
	for _, cr := range unicode.CaseRanges {
		if cr.Lo <= 'Σ' && 'Σ' <= cr.Hi {
			fmt.Println(cr)
		}
	}
}
