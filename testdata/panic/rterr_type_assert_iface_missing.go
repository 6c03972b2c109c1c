// Tests: failed assertion to an interface lists the missing method.
package main

import "fmt"

type Namer interface{ Name() string }
type T struct{}

func main() {
	defer func() { fmt.Println(recover()) }()
	var v any = T{}
	_ = v.(Namer)
}
