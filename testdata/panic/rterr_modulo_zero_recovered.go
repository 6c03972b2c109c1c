// Tests: modulo by zero recovered; float division by zero does not panic.
package main

import "fmt"

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	f := 0.0
	fmt.Println(1 / f)
	var z int8
	fmt.Println(int8(5) % z)
}
