// Tests: os.Exit(0) from a goroutine ends the program while main is blocked.
package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		fmt.Println("goroutine exits")
		os.Exit(0)
	}()
	select {}
}
