// Tests: compile error: two unused imports: the first is reported first
package main

import (
	"os"
	"strconv"
)

func main() {
}
