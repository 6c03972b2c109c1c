// Tests: compile error: unexported name of an imported package (fmt.println)
package main

import "fmt"

func main() {
	fmt.println("x")
}
