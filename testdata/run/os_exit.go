// Tests: os.Exit(3) ends the program at once with code 3; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("before exit")
	os.Exit(3)
}
