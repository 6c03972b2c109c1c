// Tests: a float precision past 65535 digits prints the exact digits then zeros
package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := fmt.Sprintf("%.65536f", 1.0)
	fmt.Println(len(s), s[:8], s[len(s)-3:])
	t := strconv.FormatFloat(0.1, 'f', 70000, 64)
	fmt.Println(len(t), t[:60])
	u := strconv.FormatFloat(0.1, 'e', 70000, 64)
	fmt.Println(len(u), u[:30], u[len(u)-5:])
	fmt.Println(len(fmt.Sprintf("%.70000g", 0.1)))
}
