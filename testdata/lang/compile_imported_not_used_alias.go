// Tests: compile error: aliased import not used.
package main

import (
	"fmt"
	str "strings"
)

func main() {
	fmt.Println("x")
}
