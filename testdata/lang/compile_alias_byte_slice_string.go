// Tests: compile error names a byte slice []byte in a variable declaration.
package main

import "fmt"

func main() {
	var b []byte = "text"
	fmt.Println(b)
}
