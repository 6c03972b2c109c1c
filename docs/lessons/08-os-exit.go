// Lesson 8: os.Exit ends the program at once: deferred calls never run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	fmt.Println("exiting with status 3")
	os.Exit(3)
}
