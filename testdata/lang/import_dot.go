// Tests: a dot import puts the package's exported names in the file scope (types, functions, constants)
package main

import (
	"fmt"
	. "strings"
	. "unicode/utf8"
)

type B = Builder

func main() {
	var b B
	b.WriteString(ToUpper("héllo"))
	fmt.Println(b.String(), RuneCountInString(b.String()), UTFMax, Contains("abc", "b"))
}
