// Tests: defer in a loop capturing per-iteration variables.
package main

import "fmt"

func main() {
	for i := range 3 {
		defer func() { fmt.Println("closure", i) }()
	}
	for _, s := range []string{"a", "b"} {
		defer fmt.Println("direct", s)
	}
}
