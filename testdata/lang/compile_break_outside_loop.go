// Tests: compile error: break is not in a loop, switch, or select.
package main

import "fmt"

func main() {
	fmt.Println("x")
	break
}
