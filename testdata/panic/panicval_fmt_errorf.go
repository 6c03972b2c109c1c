// Tests: unrecovered panic with a wrapped error value.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	panic(fmt.Errorf("ctx: %w", base))
}
