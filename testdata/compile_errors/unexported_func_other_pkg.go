// Tests: compile error: calling an unexported function of another package
package main

import "strconv"

func main() {
	_ = strconv.formatBits
}
