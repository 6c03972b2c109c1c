// Tests: an unused dot import is "imported and not used" at its path
package main

import (
	"fmt"
	. "strings"
)

func main() {
	fmt.Println("x")
}
