// Tests: defer of a method on a nil interface panics at the defer statement.
package main

import "fmt"

type Closer interface{ Close() }

func main() {
	defer fmt.Println("outer defer runs")
	var c Closer
	defer c.Close()
	fmt.Println("not reached")
}
