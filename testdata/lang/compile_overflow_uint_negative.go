// Tests: compile error: negative constant assigned to unsigned type.
package main

import "fmt"

func main() {
	var u uint = -1
	fmt.Println(u)
}
