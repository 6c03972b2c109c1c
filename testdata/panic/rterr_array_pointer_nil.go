// Tests: indexing through a nil pointer to an array panics with nil dereference.
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var p *[3]int
	fmt.Println(len(p))
	p[1] = 5
}
