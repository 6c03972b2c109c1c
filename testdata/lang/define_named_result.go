// Tests: := at the top of a function body reuses a named result (same block), inside a nested block it shadows
package main

import (
	"errors"
	"fmt"
)

func g() (int, error) { return 1, errors.New("boom") }

func top() (n int64, err error) {
	m, err := g()
	n = int64(m)
	return
}

func nested() (err error) {
	if true {
		_, err := g()
		_ = err
	}
	return
}

func param(x int) int {
	x, y := 10, 2
	return x * y
}

func main() {
	fmt.Println(top())
	fmt.Println(nested())
	fmt.Println(param(1))
	f := func() (s string) {
		s, ok := "lit", true
		_ = ok
		return
	}
	fmt.Println(f())
}
