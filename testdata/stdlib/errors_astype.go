// Tests: errors.AsType finds the first error of a type in the tree (wrapped, joined, As methods), zero value otherwise
package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error %d", e.Code) }

type ValErr struct{ S string }

func (e ValErr) Error() string { return "val " + e.S }

// asser converts itself to a *MyErr through an As method.
type asser struct{}

func (asser) Error() string { return "asser" }
func (asser) As(target any) bool {
	if p, ok := target.(**MyErr); ok {
		*p = &MyErr{Code: 99}
		return true
	}
	return false
}

type timeout interface {
	error
	Timeout() bool
}

type tErr struct{}

func (tErr) Error() string { return "timed out" }
func (tErr) Timeout() bool  { return true }

func main() {
	base := &MyErr{Code: 7}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", base))
	if e, ok := errors.AsType[*MyErr](wrapped); ok {
		fmt.Println("found", e.Code, e == base)
	}
	e, ok := errors.AsType[*MyErr](errors.New("plain"))
	fmt.Println(e == nil, ok)
	v, ok := errors.AsType[ValErr](errors.Join(errors.New("a"), fmt.Errorf("w: %w", ValErr{"x"})))
	fmt.Printf("%q %v\n", v.S, ok)
	m, ok := errors.AsType[*MyErr](fmt.Errorf("via As: %w", asser{}))
	fmt.Println(m.Code, ok)
	t, ok := errors.AsType[timeout](fmt.Errorf("ctx: %w", tErr{}))
	fmt.Println(t.Timeout(), ok)
	n, ok := errors.AsType[*MyErr](nil)
	fmt.Println(n, ok)
	joined := errors.Join(nil, &MyErr{1}, &MyErr{2})
	first, _ := errors.AsType[*MyErr](joined)
	fmt.Println(first.Code)
}
