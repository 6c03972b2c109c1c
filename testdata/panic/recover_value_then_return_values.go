// Tests: after recovery, unnamed results are zero values.
package main

import "fmt"

func f() (int, string) {
	defer func() { recover() }()
	panic("x")
}

func g() (n int, s string) {
	n, s = 5, "set"
	defer func() { recover() }()
	panic("y")
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
}
