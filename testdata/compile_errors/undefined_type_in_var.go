// Tests: compile error: an undefined type in a var declaration
package main

import "fmt"

func main() {
	var c Config
	fmt.Println(c)
}
