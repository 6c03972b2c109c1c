// Tests: compile error during inference: the inferred type has the method only on its pointer.
package main

import "fmt"

type Describer interface{ Describe() string }

type Cat struct{ name string }

func (c *Cat) Describe() string { return "cat " + c.name }

func Print[T Describer](x T) { fmt.Println(x.Describe()) }

func main() {
	Print(Cat{"tom"})
}
