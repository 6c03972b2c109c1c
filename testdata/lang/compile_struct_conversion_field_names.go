// Tests: compile error: struct types whose field names differ cannot be converted.
package main

import "fmt"

type A struct {
	Name string `json:"name"`
}

type B struct {
	Title string `json:"name"`
}

func main() {
	a := A{"x"}
	fmt.Println(B(a))
}
