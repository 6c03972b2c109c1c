// Tests: strings.Repeat and bytes.Repeat with a negative count panic with their own messages, and the traceback shows the Repeat frames above their callers
package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		bytes.Repeat([]byte("ab"), -2)
	}()
	fmt.Println(strings.Repeat("ab", 2), string(bytes.Repeat([]byte("c"), 3)))
	strings.Repeat("x", -1)
}
