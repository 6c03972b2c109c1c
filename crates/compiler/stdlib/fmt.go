// Package fmt: the standard library subset compiled with every program.
// Formatting is native (crates/runtime/src/fmt.rs); error wrapping is Go.
package fmt

import (
	"errors"
	"io"
	"os"
)

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.
type Formatter interface {
	Format(f State, verb rune)
}

// pp is the State a Format method gets: the native printer (Rust's
// handleMethods) makes one, calls Format, and takes what was
// written from buf (also after a panic, as Go keeps p.buf). wid and prec
// are -1 when absent; flag has the bits of fmt.rs's state_flags. Its
// methods are natives (crates/runtime/src/fmt.rs), which costs
// hello-world less compile work.
type pp struct {
	buf             []byte
	wid, prec, flag int
}

// *pp implements State (and the program's type table has *pp, which
// the native printer makes).
var _ State = (*pp)(nil)

func (p *pp) Width() (wid int, ok bool)
func (p *pp) Precision() (prec int, ok bool)
func (p *pp) Flag(b int) bool
func (p *pp) Write(b []byte) (ret int, err error)
func (p *pp) WriteString(s string) (ret int, err error)

// FormatString returns a string representing the fully qualified
// formatting directive captured by the State, followed by the argument
// verb. (State does not itself contain the verb.) The result has a
// leading percent sign followed by any flags, the width, and the
// precision. Missing fields are omitted. This function allows a
// Formatter to reconstruct the original directive triggering the call to
// Format. (Native.)
func FormatString(state State, verb rune) string

func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, []byte(Sprintf(format, a...))...)
}

func Append(b []byte, a ...any) []byte {
	return append(b, []byte(Sprint(a...))...)
}

func Appendln(b []byte, a ...any) []byte {
	return append(b, []byte(Sprintln(a...))...)
}

// errorf formats like Sprintf with %w allowed; it also returns the operand
// indexes of the %w verbs.
func errorf(format string, a []any) (string, []int)

func Errorf(format string, a ...any) error {
	s, wrapped := errorf(format, a)
	var err error
	switch len(wrapped) {
	case 0:
		err = errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		if e, ok := a[wrapped[0]].(error); ok {
			w.err = e
		}
		err = w
	default:
		// Sort the indexes (insertion sort) and drop duplicates.
		for i := 1; i < len(wrapped); i++ {
			for j := i; j > 0 && wrapped[j] < wrapped[j-1]; j-- {
				wrapped[j], wrapped[j-1] = wrapped[j-1], wrapped[j]
			}
		}
		var errs []error
		for i, argNum := range wrapped {
			if i > 0 && wrapped[i-1] == argNum {
				continue
			}
			if e, ok := a[argNum].(error); ok {
				errs = append(errs, e)
			}
		}
		err = &wrapErrors{s, errs}
	}
	return err
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
