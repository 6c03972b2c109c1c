// Tests: compile error: os.Exit is an ordinary call, not a terminating statement.
package main

import "os"

func f(x int) int {
	if x > 0 {
		return 1
	}
	os.Exit(1)
}

func main() {
	f(1)
}
