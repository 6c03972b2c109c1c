// Tests: compile error: calling a lower-case method of another package's type
package main

import "strings"

func main() {
	var b strings.Builder
	b.writeString("x")
}
