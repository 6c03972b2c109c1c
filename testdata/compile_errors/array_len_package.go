// Tests: compile error: a package name as an array length
package main

import "fmt"

var buf [fmt]byte

func main() {
	fmt.Println(len(buf))
}
