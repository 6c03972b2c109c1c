// Tests: nil pointer dereference, unrecovered, with SIGSEGV line.
package main

import "fmt"

type T struct{ v int }

func read(t *T) int { return t.v }

func main() {
	fmt.Println("start")
	fmt.Println(read(nil))
}
