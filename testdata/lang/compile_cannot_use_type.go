// Tests: compile error: cannot use value of one type as another in assignment.
package main

import "fmt"

func main() {
	var s string = 5
	fmt.Println(s)
}
