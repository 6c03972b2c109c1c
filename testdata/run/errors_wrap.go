// Tests: errors.New, fmt.Errorf with %w, errors.Is / errors.As, custom error types.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(k string) error {
	if k == "" {
		return &CodeErr{400}
	}
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("x")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	err = find("")
	var ce *CodeErr
	fmt.Println(err, errors.As(err, &ce), ce.Code)
	fmt.Println(errors.Unwrap(fmt.Errorf("outer: %w", ErrNotFound)) == ErrNotFound)
}
