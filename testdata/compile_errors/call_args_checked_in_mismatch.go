// Tests: compile error: a call whose results do not fit the assignment still has its arguments checked
package main

import "fmt"

func f(a, b int) (int, error) { return a + b, nil }

func main() {
	w := f(1, 2, 3)
	fmt.Println(w)
}
