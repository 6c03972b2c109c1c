// Tests: recovered error value keeps identity; errors.Is works on it.
package main

import (
	"errors"
	"fmt"
)

var ErrBad = errors.New("bad input")

func check() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	panic(fmt.Errorf("check: %w", ErrBad))
}

func main() {
	err := check()
	fmt.Println(err, errors.Is(err, ErrBad))
}
