// Tests: deferred call receiving a pointer to a named result modifies it.
package main

import "fmt"

func bump(p *int) { *p += 100 }

func f() (n int) {
	defer bump(&n)
	n = 1
	return n * 2
}

func main() {
	fmt.Println(f())
}
