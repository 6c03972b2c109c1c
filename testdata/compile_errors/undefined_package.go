// Tests: compile error: a package used without its import
package main

import "fmt"

func main() {
	fmt.Println(strings.ToUpper("a"))
}
