// The part of package fmt that scans: the Scan, Sscan and Fscan families,
// Scanner and ScanState. It is loaded only with a file that names one of
// them (fmt.Scan... fmt.Sscan... fmt.Fscan...: docs/stdlib.md), which keeps
// it out of every program that only prints. After Go 1.27's fmt/scan.go
// (Copyright The Go Authors, BSD-style licence: LICENSE-GO): a subset of
// its behaviour (space-separated operands); a Scanner's ScanState never has
// a width (Scanf's widths are not passed to custom scanners).
package fmt

import (
	"errors"
	"io"
	"os"
)

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
		if sc, ok := arg.(Scanner); ok {
			if e := scanWith(s, sc, 'v'); e != nil {
				return n, e
			}
			n++
			continue
		}
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
			if sc, ok := a[argNum].(Scanner); ok {
				if e := scanWith(s, sc, rune(format[i])); e != nil {
					return n, e
				}
				argNum++
				n++
				continue
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

// Scanner is implemented by any value that has a Scan method, which scans
// the input for the representation of a value and stores the result in the
// receiver, which must be a pointer to be useful. The Scan method is called
// for any argument to [Scan], [Scanf], or [Scanln] that implements it.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState represents the scanner state passed to custom scanners.
// Scanners may do rune-at-a-time scanning or ask the ScanState
// to discover the next space-delimited token.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	// If invoked during Scanln, Fscanln, or Sscanln, ReadRune() will
	// return EOF after returning the first '\n' or when reading beyond
	// the specified width.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input. Newlines are treated appropriately
	// for the operation being performed; see the package documentation
	// for more information.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns the
	// run of Unicode code points c satisfying f(c).  If f is nil,
	// !unicode.IsSpace(c) is used; that is, the token will hold non-space
	// characters. Newlines are treated appropriately for the operation being
	// performed; see the package documentation for more information.
	// The returned slice points to shared data that may be overwritten
	// by the next call to Token, a call to a Scan function using the ScanState
	// as input, or when the calling Scan method returns.
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	// The unit is Unicode code points.
	Width() (wid int, ok bool)
	// Because ReadRune is implemented by the interface, Read should never be
	// called by the scanning routines and a valid implementation of
	// ScanState may choose always to return an error from Read.
	Read(buf []byte) (n int, err error)
}

// ss is the ScanState: the scanner's input a rune at a time, the bytes put
// back by UnreadRune read again first.
type ss struct {
	s        *scanner
	back     []byte
	lastRune []byte // the bytes of the rune ReadRune returned last
	tokBuf   []byte
}

// scanError is a panic of the ScanState methods that the scan functions
// turn back into an error, as in Go's scan.go.
type scanError struct {
	err error
}

// prefixReader reads b, then r: the input a Scan method put back.
type prefixReader struct {
	b []byte
	r io.Reader
}

func (p *prefixReader) Read(b []byte) (int, error) {
	if len(p.b) > 0 {
		n := copy(b, p.b)
		p.b = p.b[n:]
		return n, nil
	}
	return p.r.Read(b)
}

// scanWith calls a Scanner's Scan method, as Go's scanOne does: an io.EOF
// from it becomes io.ErrUnexpectedEOF. What it put back is read next.
func scanWith(s *scanner, sc Scanner, verb rune) (err error) {
	st := &ss{s: s}
	if s.pend >= 0 {
		st.back = []byte{byte(s.pend)}
		s.pend = -1
	}
	defer func() {
		if len(st.back) > 0 {
			s.pend = int(st.back[0])
			if len(st.back) > 1 {
				s.r = &prefixReader{st.back[1:], s.r}
				s.eof = false
			}
		}
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	err = sc.Scan(st, verb)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

func (st *ss) getb() int {
	if len(st.back) > 0 {
		c := st.back[0]
		st.back = st.back[1:]
		return int(c)
	}
	return st.s.get()
}

// unget puts b back in front of the input still to be read.
func (st *ss) unget(b []byte) {
	st.back = append(append([]byte(nil), b...), st.back...)
}

// ReadRune decodes the next UTF-8 sequence of the input; in Scanln and
// Fscanln it reports io.EOF at a newline, which it leaves unread.
func (st *ss) ReadRune() (r rune, size int, err error) {
	st.lastRune = nil
	c := st.getb()
	if c < 0 {
		return 0, 0, io.EOF
	}
	if c == '\n' && !st.s.nlIsSpace {
		st.unget([]byte{'\n'})
		return 0, 0, io.EOF
	}
	buf := []byte{byte(c)}
	if c >= 0x80 {
		n := 2
		if c >= 0xF0 {
			n = 4
		} else if c >= 0xE0 {
			n = 3
		}
		for len(buf) < n {
			d := st.getb()
			if d < 0 {
				break
			}
			if d&0xC0 != 0x80 {
				st.unget([]byte{byte(d)})
				break
			}
			buf = append(buf, byte(d))
		}
	}
	r, size = decodeRune(buf)
	if size < len(buf) {
		// An invalid sequence yields its first byte as U+FFFD.
		st.unget(buf[size:])
		buf = buf[:size]
	}
	st.lastRune = buf
	return r, size, nil
}

func decodeRune(b []byte) (rune, int) {
	for _, r := range string(b) {
		if r == 0xFFFD && !(len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBF && b[2] == 0xBD) {
			return r, 1
		}
		return r, len(string(r))
	}
	return 0xFFFD, 1
}

// UnreadRune puts back the rune ReadRune returned last.
func (st *ss) UnreadRune() error {
	if st.lastRune != nil {
		st.unget(st.lastRune)
		st.lastRune = nil
	}
	return nil
}

// SkipSpace skips blanks; a newline is a blank except in Scanln and
// Fscanln, where it stops the scan with "unexpected newline".
func (st *ss) SkipSpace() {
	for {
		c := st.getb()
		if c < 0 {
			return
		}
		if c == '\r' {
			d := st.getb()
			if d == '\n' {
				c = d
			} else if d >= 0 {
				st.unget([]byte{byte(d)})
			}
		}
		if c == '\n' {
			if st.s.nlIsSpace {
				continue
			}
			st.unget([]byte{'\n'})
			panic(scanError{errors.New("unexpected newline")})
		}
		if !isSpaceByte(c) {
			st.unget([]byte{byte(c)})
			return
		}
	}
}

func (st *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			se, ok := e.(scanError)
			if !ok {
				panic(e)
			}
			err = se.err
		}
	}()
	if skipSpace {
		st.SkipSpace()
	}
	st.tokBuf = st.tokBuf[:0]
	for {
		r, _, e := st.ReadRune()
		if e != nil {
			break
		}
		if f == nil && isSpaceByte(int(r)) || f != nil && !f(r) {
			st.UnreadRune()
			break
		}
		st.tokBuf = append(st.tokBuf, st.lastRune...)
	}
	return st.tokBuf, nil
}

func (st *ss) Width() (wid int, ok bool) { return 0, false }

func (st *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}
