// Tests: compile error: mismatched types string and untyped int via constant.
package main

import "fmt"

func main() {
	s := "n"
	fmt.Println(s + 1)
}
