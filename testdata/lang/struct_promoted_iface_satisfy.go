// Tests: promoted methods from embedded types make the outer type satisfy interfaces.
package main

import (
	"fmt"
	"strings"
)

type Named struct{ N string }

func (n Named) String() string { return "Named(" + n.N + ")" }

type Box struct {
	Named
	Size int
}

func main() {
	b := Box{Named{"x"}, 3}
	var s fmt.Stringer = b
	fmt.Println(s.String(), b)
	fmt.Println(strings.ToUpper(b.String()))
}
