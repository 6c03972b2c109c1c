// Tests: a folder case whose imported package does not compile: go's error for the package's file.
package main

import (
	"fmt"

	"example.com/builderr/calc"
)

func main() {
	fmt.Println(calc.Twice(2))
}
