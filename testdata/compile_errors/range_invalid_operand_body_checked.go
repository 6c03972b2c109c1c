// Tests: compile error: a range over an undefined operand still checks its body (the variables it uses are used)
package main

import "fmt"

func main() {
	prefix := "item"
	for i, v := range undefinedList {
		fmt.Println(prefix, i, v)
	}
}
