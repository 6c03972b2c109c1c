// Tests: using an undefined name is a compile error.
package main

import "fmt"

func main() {
	fmt.Println(y)
}
