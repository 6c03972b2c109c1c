// Tests: errors.New/Is/As/Unwrap/Join and fmt.Errorf with %w (one or several), %T of the error types, Sprintf's %!w.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

type isErr struct{}

func (isErr) Error() string          { return "isErr" }
func (isErr) Is(target error) bool   { return target == ErrNotFound }

func main() {
	err := fmt.Errorf("find failed: %w", &QueryError{"users", ErrNotFound})
	fmt.Println(err, errors.Is(err, ErrNotFound))
	var qe *QueryError
	fmt.Println(errors.As(err, &qe), qe.Query)
	var c Code
	wrapped := fmt.Errorf("ctx: %w", Code(404))
	fmt.Println(errors.As(wrapped, &c), c, errors.Is(wrapped, Code(404)), errors.Is(wrapped, Code(500)))
	var tmp Temporary
	fmt.Println(errors.As(fmt.Errorf("x: %w", tempErr{}), &tmp), tmp != nil && tmp.Temporary())
	fmt.Println(errors.Is(isErr{}, ErrNotFound), errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	fmt.Println(errors.Unwrap(err) == error(qe), errors.Unwrap(ErrNotFound))
	multi := fmt.Errorf("both: %w and %w", ErrNotFound, Code(1))
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.Is(multi, Code(1)), errors.Unwrap(multi))
	fmt.Printf("%T %T %T %T\n", ErrNotFound, err, multi, fmt.Errorf("plain %d", 1))
	joined := errors.Join(ErrNotFound, nil, errors.New("second"))
	fmt.Println(errors.Is(joined, ErrNotFound))
	fmt.Printf("%v|%q|%T\n", joined, joined.Error(), joined)
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Println(fmt.Sprintf("%w", ErrNotFound), fmt.Sprintf("%w", 3))
	fmt.Println(fmt.Errorf("no err: %w", "str"))
	fmt.Println(errors.New("a") == errors.New("a"))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	errors.As(err, nil)
}
