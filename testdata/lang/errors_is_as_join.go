// Tests: errors.New, fmt.Errorf %w, errors.Is/As/Unwrap/Join.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathErr struct{ Path string }

func (e *PathErr) Error() string { return "bad path " + e.Path }

func main() {
	e1 := fmt.Errorf("lookup: %w", ErrNotFound)
	fmt.Println(e1, errors.Is(e1, ErrNotFound), errors.Unwrap(e1) == ErrNotFound)
	e2 := fmt.Errorf("open: %w", &PathErr{"/x"})
	var pe *PathErr
	fmt.Println(errors.As(e2, &pe), pe.Path)
	j := errors.Join(e1, errors.New("other"))
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrNotFound), errors.Unwrap(j) == nil)
	fmt.Println(errors.New("a") == errors.New("a"))
	e3 := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(e3, ErrNotFound))
}
