// Tests: the builtin println writes to stderr (space-separated), interleaved with fmt to stdout.
package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	println("to stderr", 42, true, 2.5)
	print("no newline", "\n")
}
