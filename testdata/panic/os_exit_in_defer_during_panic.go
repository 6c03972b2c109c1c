// Tests: os.Exit inside a deferred func during a panic exits with that code, no panic message.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer func() {
		fmt.Println("exiting from defer")
		os.Exit(4)
	}()
	panic("hidden")
}
