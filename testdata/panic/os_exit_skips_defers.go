// Tests: os.Exit ends the program immediately with the code, skipping defers.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	fmt.Println("before exit")
	os.Exit(3)
}
