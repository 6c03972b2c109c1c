// Tests: ranging over a string yields byte offsets and runes; len counts bytes.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Printf("%q %U %c\n", []rune(s)[1], '世', 0x754C)
}
