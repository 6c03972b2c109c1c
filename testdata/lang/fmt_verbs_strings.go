// Tests: string verbs %s %q %x %X, width and precision, byte slices.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q]\n", s, s, s, s, s)
	fmt.Printf("[%x] [% x] [%X] [%#q]\n", "hi", "hi", "hi", "a`b")
	fmt.Printf("[%q] [%+q]\n", "tab\t\"x\"", "é")
	b := []byte("go")
	fmt.Printf("[%s] [%v] [%x] [%q]\n", b, b, b, b)
	fmt.Printf("[%5t] [%v]\n", true, false)
	fmt.Printf("[%*d] [%-*d]\n", 4, 1, 3, 2)
}
