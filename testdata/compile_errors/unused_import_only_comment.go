// Tests: compile error: an import mentioned only in a comment
package main

import (
	"fmt"
	"strings"
)

// strings.ToUpper would be handy here.
func main() {
	fmt.Println("hi")
}
