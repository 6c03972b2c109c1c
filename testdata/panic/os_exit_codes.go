// Tests: os.Exit with code 1 after writing to stdout and stderr.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out")
	fmt.Fprintln(os.Stderr, "err")
	os.Exit(1)
}
