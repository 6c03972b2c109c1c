// Tests: if with init statements scoping into else branches.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"12", "x", "-3"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("error:", err)
		} else if n < 0 {
			fmt.Println("negative", n)
		} else {
			fmt.Println("ok", n*2)
		}
	}
}
