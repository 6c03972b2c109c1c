// Tests: compile error: an undefined qualified type inside a composite type is reported at its name.
package main

import "fmt"

func main() {
	var x map[string]fmt.Foo
	fmt.Println(x)
}
