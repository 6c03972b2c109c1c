// Tests: raw string literals and escape sequences.
package main

import "fmt"

func main() {
	raw := `a\nb
c`
	fmt.Println(raw)
	fmt.Println(len(raw))
	fmt.Println("tab\there", "quote\"", "\u00e9\x41\101")
	fmt.Printf("%q\n", raw)
}
