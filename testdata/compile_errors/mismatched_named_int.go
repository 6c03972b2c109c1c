// Tests: compile error: a defined integer type and int
package main

import "fmt"

type Celsius int

func main() {
	var c Celsius = 10
	n := 5
	fmt.Println(c + n)
}
