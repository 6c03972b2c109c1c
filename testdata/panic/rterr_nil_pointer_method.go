// Tests: calling a pointer method that reads fields through a nil receiver.
package main

import "fmt"

type T struct{ name string }

func (t *T) Name() string { return t.name }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var t *T
	fmt.Println(t.Name())
}
