// Tests: fmt.Fprintln to os.Stderr goes to stderr head.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprintln(os.Stderr, "error line", 1)
	fmt.Println("out")
	fmt.Fprintf(os.Stderr, "warn %d\n", 2)
}
