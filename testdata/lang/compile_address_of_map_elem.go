// Tests: compile error: cannot take address of a map element.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"]
	fmt.Println(p)
}
