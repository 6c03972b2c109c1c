// Tests: compile error: operator not defined on strings.
package main

import "fmt"

func main() {
	s := "ab"
	fmt.Println(s - "b")
}
