// Tests: string += in a loop equals strings.Builder output; range over len(s).
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	var b strings.Builder
	for i := range 5 {
		s += fmt.Sprint(i)
		b.WriteString(fmt.Sprint(i))
	}
	fmt.Println(s, b.String(), s == b.String())
	word := "héllo"
	for i := range len(word) {
		fmt.Print(word[i], ",")
	}
	fmt.Println()
	fmt.Println(min("b", "a", ""), max("", "z"))
}
