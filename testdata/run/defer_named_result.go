// Tests: a deferred closure can modify a named result after the return statement.
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func main() {
	fmt.Println(double())
}
