// Tests: a deferred call panics again with the same float32 zero while the
// first panic is running: both box the same static word (convT32), so Go
// prints the value once; a float32 0.5 would be printed twice.
package main

import "fmt"

func main() {
	var z float32
	defer func() {
		fmt.Println("deferred panics again")
		panic(z)
	}()
	panic(z)
}
