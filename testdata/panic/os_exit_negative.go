// Tests: os.Exit with a negative code gives exit status 255.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("exiting")
	os.Exit(-1)
}
