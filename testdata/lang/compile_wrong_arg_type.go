// Tests: compile error: cannot use argument of wrong type in call.
package main

import "fmt"

func double(n int) int { return n * 2 }

func main() {
	fmt.Println(double("3"))
}
