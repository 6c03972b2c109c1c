// Tests: compile error: undefined member of an imported package.
package main

import "fmt"

func main() {
	fmt.Printn("x")
}
