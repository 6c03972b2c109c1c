// Tests: panic with an error wrapping a recovered runtime error.
package main

import "fmt"

func main() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Errorf("wrapped: %v", r))
		}
	}()
	var m map[int]bool
	m[0] = true
}
