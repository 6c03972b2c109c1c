// Tests: converting between struct types with identical fields but different tags.
package main

import "fmt"

type A struct {
	Name string `json:"name"`
	Age  int
}

type B struct {
	Name string `yaml:"n"`
	Age  int
}

func main() {
	a := A{"x", 3}
	b := B(a)
	b.Age++
	fmt.Printf("%+v %+v %T\n", a, b, b)
	anon := struct {
		Name string
		Age  int
	}(b)
	fmt.Println(anon)
}
