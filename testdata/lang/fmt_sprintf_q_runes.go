// Tests: %q and %c on runes and rune slices, %U ranges.
package main

import "fmt"

func main() {
	rs := []rune("añ😀")
	fmt.Printf("%q\n", rs)
	fmt.Printf("%c|%c|%c\n", rs[0], rs[1], rs[2])
	fmt.Printf("%U %#U\n", rs[2], rs[1])
	fmt.Printf("%q %q %+q\n", 'x', '\n', 'ñ')
	fmt.Printf("%v %d\n", rs, 'A')
	fmt.Println(string(rs[1:]))
}
