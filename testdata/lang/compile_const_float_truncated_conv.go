// Tests: compile error: converting a non-integral float constant to int.
package main

import "fmt"

func main() {
	fmt.Println(int(2.5))
}
