// Tests: compile error: invalid shift of a float value.
package main

import "fmt"

func main() {
	f := 1.5
	fmt.Println(f << 2)
}
