// Tests: return b, a into named results a and b assigns them simultaneously.
package main

import "fmt"

func swap() (a, b int) {
	a, b = 1, 2
	return b, a
}

func rot() (a, b, c string) {
	a, b, c = "a", "b", "c"
	return c, a, b
}

func mixed() (a int, s []int) {
	a, s = 1, []int{5}
	defer func() { a *= 10 }()
	return len(s) + 1, s[:0]
}

func main() {
	fmt.Println(swap())
	fmt.Println(rot())
	fmt.Println(mixed())
}
