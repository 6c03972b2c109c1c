// Tests: compile error: an untyped float constant too big for rune cannot be converted.
package main

import "fmt"

func main() {
	r := rune(1e10)
	fmt.Println(r)
}
