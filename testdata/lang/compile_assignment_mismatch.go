// Tests: compile error: assignment mismatch between values and variables.
package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	a, b, c := two()
	fmt.Println(a, b, c)
}
