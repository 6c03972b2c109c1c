// Tests: compile error keeps each type's spelling: uint8 stays uint8, rune stays rune.
package main

import "fmt"

func main() {
	var x uint8 = 'a'
	var y rune = x
	fmt.Println(y)
}
