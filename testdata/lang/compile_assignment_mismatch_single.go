// Tests: compile error: multi-value function used in single-value context.
package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	x := two()
	fmt.Println(x)
}
