// Tests: an index out of range in a callee panics with a runtime error; main's deferred call still runs
// @unwind-report
// @trace-plain
package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{1, 2, 3}
	defer fmt.Println("deferred in main")
	fmt.Println(get(s, 1))
	fmt.Println(get(s, 5))
}
