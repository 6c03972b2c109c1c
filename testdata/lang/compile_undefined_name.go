// Tests: compile error: undefined identifier.
package main

import "fmt"

func main() {
	fmt.Println(count + 1)
}
