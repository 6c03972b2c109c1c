// Tests: unicode range tables: Is/In/IsOneOf with categories, scripts and properties, a custom table, and the tables' contents.
package main

import (
	"fmt"
	"unicode"
)

func classify(r rune) []string {
	var out []string
	for _, c := range []struct {
		name string
		t    *unicode.RangeTable
	}{
		{"Letter", unicode.Letter}, {"Upper", unicode.Upper}, {"Lower", unicode.Lower},
		{"Digit", unicode.Digit}, {"Nd", unicode.Nd}, {"Punct", unicode.Punct},
		{"Space", unicode.Space}, {"Symbol", unicode.Symbol}, {"Mark", unicode.Mark},
		{"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
		{"Han", unicode.Han}, {"Hiragana", unicode.Hiragana}, {"Arabic", unicode.Arabic},
		{"White_Space", unicode.White_Space}, {"Title", unicode.Title},
	} {
		if unicode.Is(c.t, r) {
			out = append(out, c.name)
		}
	}
	return out
}

func main() {
	for _, r := range "aZ5٣,€ λЖ世ぁعǅ\u0301😀" {
		fmt.Printf("%q %v\n", r, classify(r))
	}
	fmt.Println(unicode.In('ж', unicode.Latin, unicode.Cyrillic), unicode.In('x', unicode.Han))
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, '€'), unicode.IsOneOf(unicode.PrintRanges, '\t'))
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'i', 4}, {'o', 'u', 6}}, LatinOffset: 3}
	for _, r := range "abeiou" {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	fmt.Println(len(unicode.Latin.R16), unicode.Latin.R16[0], unicode.Latin.LatinOffset, len(unicode.Han.R32) > 0)
	fmt.Println(unicode.Categories["Lu"] == unicode.Upper, unicode.Scripts["Greek"] == unicode.Greek, len(unicode.Properties) > 30)
	fmt.Println(unicode.Is(unicode.Lu, -1), unicode.Is(unicode.L, 0x10FFFF+1))
}
