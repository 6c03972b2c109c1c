// Tests: compile error: typed constant expression overflows its type.
package main

import "fmt"

const c uint8 = 255

func main() {
	fmt.Println(c + 1)
}
