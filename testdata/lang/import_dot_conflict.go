// Tests: a package-level name that a dot import also declares is a duplicate declaration, reported at the package's own object
package main

import . "strings"

func ToUpper(s string) string { return s }

func main() {
	println(ToUpper("x"))
}
