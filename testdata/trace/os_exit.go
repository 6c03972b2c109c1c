// Tests: os.Exit ends the program at once; no deferred call runs, not even main's
// @trace-plain
package main

import (
	"fmt"
	"os"
)

func cleanup(what string) {
	fmt.Println("cleanup", what)
}

func run() {
	defer cleanup("run")
	fmt.Println("run: exiting with status 3")
	os.Exit(3)
}

func main() {
	defer cleanup("main")
	run()
}
