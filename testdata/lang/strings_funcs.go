// Tests: common strings functions.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World  "
	t := strings.TrimSpace(s)
	fmt.Println(strings.ToUpper(t), strings.ToLower(t), strings.Contains(t, "World"))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")))
	fmt.Println(strings.Fields(" a  b c "), strings.Join([]string{"x", "y"}, "+"))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "bb"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.Index("x", "y"))
	fmt.Println(strings.HasPrefix(t, "Hell"), strings.HasSuffix(t, "!"), strings.Count("cheese", "e"))
	fmt.Println(strings.Repeat("ab", 3), strings.Title("x") == "X", strings.TrimLeft("xxyx", "x"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Printf("%q\n", strings.SplitN("a:b:c", ":", 2))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Trim("--x--", "-"))
}
