// Tests: compile error: three unused imports, all reported
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {}
