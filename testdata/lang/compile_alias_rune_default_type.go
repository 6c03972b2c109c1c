// Tests: compile error: a variable initialised with a rune literal has type rune.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	r := unicode.ToUpper('q')
	var s string = r
	fmt.Println(s)
}
