// Tests: compile error: setting an unexported field of another package's struct
package main

import "strings"

func main() {
	_ = strings.Builder{buf: nil}
}
