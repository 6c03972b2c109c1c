// Tests: compile error: value type does not implement interface with pointer receiver method.
package main

import "fmt"

type Doer interface{ Do() }
type T struct{}

func (t *T) Do() {}

func main() {
	var d Doer = T{}
	fmt.Println(d)
}
