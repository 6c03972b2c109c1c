// Tests: regexp Longest and CompilePOSIX: leftmost-longest matches and the submatches of the first way to reach the longest end
package main

import (
	"fmt"
	"regexp"
)

func main() {
	cases := []struct{ re, s string }{
		{`a+?`, "aaaa"},
		{`sam|samwise`, "hello samwise"},
		{`(a|ab)(c|bcd)(d*)`, "abcd"},
		{`(a*)(a*)`, "aaaa"},
		{`(a|b)*?c`, "xababcab"},
		{`x*`, "yxxx"},
		{`(foo|foobar)(bar)?`, "foobar foo"},
		{`\b\w+?\b`, "one two three"},
		{`(?i)AB|abcd`, "xABCDx"},
		{`(a+)(b+)?|a+b`, "aaabbb aab"},
		{`[0-9]+\.?[0-9]*|\.[0-9]+`, "x 3.14 .5 42."},
		{`(\d+)-(\d+)?`, "10-20, 30-"},
		{`é+|ée`, "ééé ée"},
	}
	for _, c := range cases {
		lf := regexp.MustCompile(c.re)
		ll := regexp.MustCompile(c.re)
		ll.Longest()
		fmt.Printf("%q on %q\n", c.re, c.s)
		fmt.Println("  first  ", lf.FindAllStringSubmatchIndex(c.s, -1))
		fmt.Println("  longest", ll.FindAllStringSubmatchIndex(c.s, -1), ll.FindAllString(c.s, -1))
		fmt.Println("  replace", ll.ReplaceAllString(c.s, "<$0>"))
	}
	p, err := regexp.CompilePOSIX(`a+|a+b+`)
	fmt.Println(p.FindString("xaabbb"), err, p)
	fmt.Println(regexp.MustCompilePOSIX(`(x|xy)(z|yz)`).FindStringSubmatch("xyz"))
}
