// Tests: string concatenation, comparison, immutability via copies.
package main

import "fmt"

func main() {
	s := "go"
	t := s
	s += "lang"
	fmt.Println(s, t, s+"!"+t)
	fmt.Println("a" < "b", "ab" < "abc", "B" < "a", "" < "a")
	b := []byte(s)
	b[0] = 'G'
	fmt.Println(s, string(b))
	fmt.Println(len("") == 0, s[2:4])
}
