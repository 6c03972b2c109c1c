// Tests: string concatenation, len, byte indexing, slicing and comparison.
package main

import "fmt"

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	fmt.Println(s[1], string(s[1]), s[1:3], s[:2], s[3:])
	fmt.Println(s < "help", s == "hel"+"lo", "a" > "B")
	b := []byte(s)
	b[0] = 'j'
	fmt.Println(string(b), s)
}
