// Tests: the program's arguments (X.args) arrive in os.Args[1:], whatever they look like
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args) - 1)
	for i, a := range os.Args[1:] {
		fmt.Printf("%d %q flag=%v\n", i+1, a, strings.HasPrefix(a, "-"))
	}
	if len(os.Args) > 3 && os.Args[3] == "fail" {
		fmt.Fprintln(os.Stderr, "usage: prog [args]")
		os.Exit(3)
	}
}
