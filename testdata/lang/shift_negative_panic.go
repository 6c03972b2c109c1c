// Tests: shifting by a negative variable count panics at run time.
package main

import "fmt"

func main() {
	s := -1
	fmt.Println("before")
	fmt.Println(1 << s)
}
