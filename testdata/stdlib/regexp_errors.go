// Tests: regexp.Compile's parse errors carry Go's codes and arguments; MustCompile panics with Go's message
package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{`a(b`, `a)b`, `[a`, `*a`, `a**`, `\q`, `[z-a]`, `a{2,1}`, `(?=a)`, `a\`, `x{1001}`, `\1`, `(?P<>a)`, `(?P<a!>a)`, `\p{Foo}`, `[[:foo:]]`, `(?x)a`, `a|*`, `\8`, `\xZZ`} {
		_, err := regexp.Compile(p)
		fmt.Println(err)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(unclosed`)
}
