// Tests: a panic while initializing a package variable shows main.init frames.
package main

import "fmt"

var table = build()

func build() []int {
	s := []int{1, 2}
	i := 3
	return s[:i]
}

func main() {
	fmt.Println(table)
}
