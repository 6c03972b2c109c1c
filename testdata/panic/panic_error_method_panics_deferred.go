// Tests: an error value whose Error method panics with an error, raised after a deferred call ran: fatal error names the type of the new panic value
package main

import (
	"errors"
	"fmt"
)

type Bad struct{ msg string }

func (b Bad) Error() string { panic(errors.New("inner " + b.msg)) }

func main() {
	defer fmt.Println("deferred runs first")
	panic(Bad{"x"})
}
