// Tests: an uncaught regexp.MustCompile panic prints Go's message and traceback
package main

import (
	"fmt"
	"regexp"
)

var valid = regexp.MustCompile(`^[a-z]+\[[0-9]+\]$`)

func main() {
	fmt.Println(valid.MatchString("adam[23]"), valid.MatchString("Job[48]"))
	re := regexp.MustCompile(`a(b`)
	fmt.Println(re)
}
