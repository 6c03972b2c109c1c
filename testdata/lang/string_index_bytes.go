// Tests: indexing a string yields bytes; len counts bytes.
package main

import "fmt"

func main() {
	s := "aé中"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	fmt.Printf("%T %c %q\n", s[0], s[0], s[1:3])
	fmt.Println(s[1:] == "é中", s < "b", "abc" > "abd")
}
