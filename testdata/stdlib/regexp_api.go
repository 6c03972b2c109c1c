// Tests: regexp's Find*/FindAll*/Submatch/Index, ReplaceAll*/Expand, Split, SubexpNames/SubexpIndex, QuoteMeta, LiteralPrefix, ASCII \d \w \b, empty matches after a match
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; nobody@x.org"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindStringIndex(s))
	fmt.Printf("%q\n", re.FindStringSubmatch(s))
	fmt.Printf("%q\n", re.FindAllString(s, -1))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, 1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"), re.ReplaceAllString(s, "${1}x"), re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Println(re.NumSubexp(), re.SubexpNames(), re.String())
	a := regexp.MustCompile(`a*`)
	fmt.Printf("%q %q\n", a.FindAllString("baaab", -1), a.ReplaceAllString("baaab", "-"))
	fmt.Printf("%q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,   d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axbxxc", -1))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?<day>\d{2})`)
	m := named.FindStringSubmatch("on 2024-03-15.")
	for i, n := range named.SubexpNames() {
		fmt.Printf("%d %q %q\n", i, n, m[i])
	}
	fmt.Println(named.SubexpIndex("month"), named.SubexpIndex("nope"))
	tmpl := named.ExpandString(nil, "$day/$month/$year", "on 2024-03-15.", named.FindStringSubmatchIndex("on 2024-03-15."))
	fmt.Println(string(tmpl))
	fmt.Println(regexp.QuoteMeta("a.b*c[d]$"), regexp.MustCompile(`^\d+$`).MatchString("123\n"))
	fmt.Println(regexp.MatchString(`\bfoo\b`, "a foo b"))
	fmt.Println(regexp.MustCompile(`(?i)héllo`).FindString("HÉLLO world"))
	fmt.Println(regexp.MustCompile(`\d`).MatchString("٣"), regexp.MustCompile(`\w+`).FindString("héllo"))
	fmt.Println(regexp.MustCompile(`a{2,3}|b{,2}`).FindAllString("aaaa b{,2}", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`[[\]]`).FindAllString("a[b]c", -1))
	fmt.Println(string(regexp.MustCompile(`o`).ReplaceAll([]byte("foo"), []byte("0"))))
	fmt.Printf("%q\n", regexp.MustCompile(`(a)|(b)`).FindAllStringSubmatch("ab", -1))
	fmt.Println(regexp.MustCompile(`(a)|(b)`).FindStringSubmatchIndex("b"))
	fmt.Println(regexp.MustCompile(`abc`).LiteralPrefix())
	fmt.Println(regexp.MustCompile(`ab*c`).LiteralPrefix())
}
