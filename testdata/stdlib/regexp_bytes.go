// Tests: regexp's []byte methods (Find, FindAll, FindSubmatch, ReplaceAll, ReplaceAllFunc, ReplaceAllLiteral, Expand, Match) and MatchReader
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?m)^(\w+):\s*(.*)$`)
	b := []byte("name: gopher\nage: 13\nbad line\nlang:Go")
	fmt.Printf("%q\n", re.Find(b))
	fmt.Printf("%q\n", re.FindAll(b, -1))
	fmt.Printf("%q\n", re.FindSubmatch(b))
	fmt.Println(re.FindAllIndex(b, 2), re.FindSubmatchIndex(b), len(re.FindAllSubmatch(b, -1)), re.FindAllSubmatchIndex(b, 1))
	fmt.Printf("%s\n", re.ReplaceAll(b, []byte("$2=$1")))
	fmt.Printf("%s\n", re.ReplaceAllLiteral(b, []byte("$2")))
	fmt.Printf("%s\n", re.ReplaceAllFunc(b, bytes.ToUpper))
	var out []byte
	for _, m := range re.FindAllSubmatchIndex(b, -1) {
		out = re.Expand(out, []byte("[$1]"), b, m)
	}
	fmt.Printf("%s %v\n", out, re.Match(b))
	fmt.Println(regexp.MustCompile(`o+`).MatchReader(strings.NewReader("foo")), regexp.MustCompile(`o+`).FindReaderIndex(strings.NewReader("foo")))
	fmt.Println(regexp.Match(`^\d+$`, []byte("12345")))
	var nilre *regexp.Regexp = regexp.MustCompile(`x`)
	fmt.Println(nilre.FindAll([]byte("abc"), -1) == nil, nilre.FindAllString("abc", -1) == nil)
	text, _ := regexp.MustCompile(`\s+`).MarshalText()
	fmt.Println(string(text))
	var r2 regexp.Regexp
	fmt.Println(r2.UnmarshalText([]byte(`a+`)), r2.String(), r2.UnmarshalText([]byte(`a(`)))
}
