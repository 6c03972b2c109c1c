// Tests: compile error: imported and not used.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("hi")
}
