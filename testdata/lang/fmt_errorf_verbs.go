// Tests: fmt.Errorf with %v, %q, %d and multiple %w.
package main

import (
	"errors"
	"fmt"
)

func main() {
	a := errors.New("a")
	b := errors.New("b")
	e := fmt.Errorf("both: %w and %w (%d)", a, b, 2)
	fmt.Println(e, errors.Is(e, a), errors.Is(e, b))
	e2 := fmt.Errorf("quoted %q", "x y")
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	fmt.Printf("%v|%s|%q\n", a, a, a)
}
