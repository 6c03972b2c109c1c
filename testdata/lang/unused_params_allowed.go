// Tests: unused function parameters and package-level vars are allowed.
package main

import "fmt"

var unusedGlobal = 3

func f(a int, b string) int { return 1 }

func main() {
	_ = 5
	var _ int
	fmt.Println(f(1, "x"))
}
