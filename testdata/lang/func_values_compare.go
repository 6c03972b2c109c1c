// Tests: function values as variables, nil comparison, passing as args.
package main

import (
	"fmt"
	"strings"
)

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	var f func(string) string
	fmt.Println(f == nil)
	f = strings.ToUpper
	fmt.Println(f != nil, apply(f, "abc"), apply(strings.TrimSpace, "  x "))
	m := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(m["add"](3, 4), m["mul"](3, 4))
}
