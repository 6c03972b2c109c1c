// Tests: range over a string yields byte offsets and runes, invalid UTF-8 gives U+FFFD.
package main

import "fmt"

func main() {
	for i, r := range "héy中" {
		fmt.Println(i, r, string(r))
	}
	for i, r := range "a\xffb" {
		fmt.Printf("%d %U\n", i, r)
	}
}
