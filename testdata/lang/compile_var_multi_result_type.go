// Tests: compile error: a multi-value call's second result is checked against the declared type.
package main

import "fmt"

func f() (int, string) { return 1, "" }

var a, b int = f()

func main() {
	fmt.Println(a, b)
}
