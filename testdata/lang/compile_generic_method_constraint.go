// Tests: compile error: a type argument lacking the constraint's method (inferred from an untyped constant).
package main

import "fmt"

type Describer interface{ Describe() string }

func Print[T Describer](x T) { fmt.Println(x.Describe()) }

func main() {
	Print(42)
}
