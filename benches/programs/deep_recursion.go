// deep_recursion: recursion 200000 deep (many segments linked and
// released), repeated.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	total := 0
	for r := 0; r < 10; r++ {
		total += depth(200000)
	}
	fmt.Println("deep_recursion", total)
}
