// Tests: Go 1.22 per-iteration loop variables captured by closures.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(v) * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
