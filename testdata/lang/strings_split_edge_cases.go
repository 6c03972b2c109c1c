// Tests: strings.Split edge cases: empty separator, leading/trailing separators, SplitAfter.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split(",a,", ","))
	fmt.Printf("%q\n", strings.Split("", ""))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("\t\n"))
	fmt.Println(strings.Index("", ""), strings.Count("abc", ""), strings.Repeat("-", 0) == "")
}
