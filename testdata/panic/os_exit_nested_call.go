// Tests: os.Exit from deep call with pending defers in several frames.
package main

import (
	"fmt"
	"os"
)

func deep(n int) {
	defer fmt.Println("never", n)
	if n == 0 {
		os.Exit(7)
	}
	deep(n - 1)
}

func main() {
	defer fmt.Println("never main")
	deep(3)
}
