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

// ---- scanning (a subset of fmt/scan.go: space-separated operands)

// scanStore parses tok into the variable *arg points to; it returns "" or
// the error text.
func scanStore(arg any, tok string) string

// scanNumeric reports whether *arg is a number (its tokens end at the first
// byte that cannot continue a number).
func scanNumeric(arg any) bool

type stringReader struct {
	s string
	i int
}

func (r *stringReader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n = copy(b, r.s[r.i:])
	r.i += n
	return n, nil
}

type scanner struct {
	r         io.Reader
	one       []byte
	pend      int
	eof       bool
	nlIsSpace bool
}

func newScanner(r io.Reader, nlIsSpace bool) *scanner {
	return &scanner{r: r, one: make([]byte, 1), pend: -1, nlIsSpace: nlIsSpace}
}

func (s *scanner) get() int {
	if s.pend >= 0 {
		c := s.pend
		s.pend = -1
		return c
	}
	if s.eof {
		return -1
	}
	n, _ := s.r.Read(s.one)
	if n == 0 {
		s.eof = true
		return -1
	}
	return int(s.one[0])
}

func isSpaceByte(c int) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'
}

// skipSpace skips blanks; at a newline when newlines are not spaces it
// reports an error.
func (s *scanner) skipSpace() error {
	for {
		c := s.get()
		if c < 0 {
			return io.EOF
		}
		if c == '\n' && !s.nlIsSpace {
			s.pend = c
			return errors.New("unexpected newline")
		}
		if !isSpaceByte(c) {
			s.pend = c
			return nil
		}
	}
}

// token reads a run of non-blank bytes, stopping before stop (if >= 0);
// a numeric token also stops at a byte that cannot continue a number.
func (s *scanner) token(stop int, numeric bool) string {
	var tok []byte
	for {
		c := s.get()
		if c < 0 {
			break
		}
		if isSpaceByte(c) || c == stop || numeric && !numByte(tok, c) {
			s.pend = c
			break
		}
		tok = append(tok, byte(c))
	}
	return string(tok)
}

func numByte(tok []byte, c int) bool {
	if c == '+' || c == '-' {
		if len(tok) == 0 {
			return true
		}
		p := tok[len(tok)-1]
		return p == 'e' || p == 'E' || p == 'p' || p == 'P'
	}
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '_'
}

func (s *scanner) doScan(a []any) (n int, err error) {
	for _, arg := range a {
		if e := s.skipSpace(); e != nil {
			return n, e
		}
		if msg := scanStore(arg, s.token(-1, scanNumeric(arg))); msg != "" {
			return n, errors.New(msg)
		}
		n++
	}
	if !s.nlIsSpace {
		for {
			c := s.get()
			if c < 0 || c == '\n' {
				break
			}
			if !isSpaceByte(c) {
				return n, errors.New("expected newline")
			}
		}
	}
	return n, nil
}

func (s *scanner) doScanf(format string, a []any) (n int, err error) {
	argNum := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '%' && i+1 < len(format) {
			i++
			for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '+' || format[i] == '-' || format[i] == '#') {
				i++
			}
			if i >= len(format) {
				break
			}
			if format[i] == '%' {
				if e := s.skipSpace(); e != nil {
					return n, e
				}
				if s.get() != '%' {
					return n, errors.New("missing literal %")
				}
				continue
			}
			if argNum >= len(a) {
				return n, errors.New("too few operands for format '%" + format[i:i+1] + "'")
			}
			if format[i] != 'c' {
				if e := s.skipSpace(); e != nil {
					return n, e
				}
			}
			stop := -1
			if i+1 < len(format) && !isSpaceByte(int(format[i+1])) && format[i+1] != '%' {
				stop = int(format[i+1])
			}
			var tok string
			if format[i] == 'c' {
				b := s.get()
				if b < 0 {
					return n, io.ErrUnexpectedEOF
				}
				tok = string(rune(b))
			} else {
				tok = s.token(stop, scanNumeric(a[argNum]))
			}
			if msg := scanStore(a[argNum], tok); msg != "" {
				return n, errors.New(msg)
			}
			argNum++
			n++
			continue
		}
		if isSpaceByte(int(c)) {
			for {
				b := s.get()
				if b < 0 {
					break
				}
				if !isSpaceByte(b) || (b == '\n' && c != '\n') {
					s.pend = b
					break
				}
			}
			continue
		}
		b := s.get()
		if b != int(c) {
			if b < 0 {
				return n, io.ErrUnexpectedEOF
			}
			return n, errors.New("input does not match format")
		}
	}
	if argNum < len(a) {
		return n, errors.New("too many operands")
	}
	return n, nil
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, true).doScan(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, false).doScan(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, false).doScanf(format, a)
}

func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

func Sscan(str string, a ...any) (n int, err error) {
	return Fscan(&stringReader{s: str}, a...)
}

func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringReader{s: str}, a...)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringReader{s: str}, format, a...)
}
