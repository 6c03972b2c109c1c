// Tests: common strconv and strings functions, including a strconv error message.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45)+"!", strconv.Quote("hi\n"), strconv.FormatInt(255, 2))
	f, _ := strconv.ParseFloat("2.5", 64)
	fmt.Println(f * 2)
	parts := strings.Split("a,b,c", ",")
	fmt.Println(len(parts), strings.Join(parts, "-"))
	fmt.Println(strings.ToUpper("go"), strings.Repeat("ab", 3), strings.Contains("seafood", "foo"))
	fmt.Println(strings.Index("chicken", "ken"), strings.TrimSpace("  x  "), strings.Fields(" a  b c "))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.ReplaceAll("oink oink", "k", "ky"))
	var sb strings.Builder
	for i := range 3 {
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String())
}
