// Lesson 7: a goroutine starts with a small stack; deep calls make the
// runtime give it more (new segments here; Go 1.4+ copies the stack).
package main

import "fmt"

func depth(n int) int {
	var pad [8]int // a bigger frame
	pad[0] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + pad[0] - n + 1
}

func main() {
	fmt.Println("depth reached:", depth(40))
}
