// Tests: compile error: comparing an int with a string
package main

import "fmt"

func main() {
	n := 1
	s := "1"
	fmt.Println(n == s)
}
