// Tests: the strings package: Split/Fields/Replace/Trim/Title/Index*, Builder, Replacer, Map, Cut.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.SplitN("a,b", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q %d\n", strings.Fields("  a b\t c\n "), len(strings.Fields("   ")))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.Replace("abc", "", "-", -1), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.Title("hello wOrld-foo_bar"), strings.Trim("xxhixyx", "xy"), strings.TrimLeft("¡¡hi!!", "!¡"), strings.TrimRight("hi!!", "!"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimSpace("\t x y \n"))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.LastIndex("go gopher", "go"), strings.Index("chicken", "ken"), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Repeat("ab", 3), strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, ", "), strings.Compare("a", "b"), strings.Compare("b", "a"))
	fmt.Println(len(strings.Split("a,b,c", ",")), cap(strings.Split("a,b,c", ",")), cap(strings.SplitN("a,b,c,d", ",", 10)))

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q\n", sb.String())

	rep := strings.NewReplacer("a", "1", "b", "2", "<", "&lt;")
	fmt.Println(rep.Replace("abc<ab"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c3", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }), strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	rest, ok := strings.CutPrefix("v1.2", "v")
	fmt.Println(rest, ok)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.Repeat("x", -1)
	}()
}
