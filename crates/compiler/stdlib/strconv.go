// Package strconv: the standard library subset compiled with every program.
// Conversions are natives over crate gostd; errors are Go values as in Go.
package strconv

import "errors"

const IntSize = 64

var ErrRange = errors.New("value out of range")

var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError builds the error for a native's failure code: 1 syntax, 2 range,
// 3 invalid base (extra), 4 invalid bit size (extra).
func numError(fn, s string, code, extra int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(extra))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(extra))}
}

func parseInt(s string, base int, bitSize int) (int64, int, int)
func parseUint(s string, base int, bitSize int) (uint64, int, int)
func parseFloat(s string, bitSize int) (float64, int)

func Atoi(s string) (int, error) {
	n, code, extra := parseInt(s, 10, 0)
	if code != 0 {
		return int(n), numError("Atoi", s, code, extra)
	}
	return int(n), nil
}

func ParseInt(s string, base int, bitSize int) (int64, error) {
	n, code, extra := parseInt(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseInt", s, code, extra)
	}
	return n, nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	n, code, extra := parseUint(s, base, bitSize)
	if code != 0 {
		return n, numError("ParseUint", s, code, extra)
	}
	return n, nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, 0)
	}
	return f, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func AppendBool(dst []byte, b bool) []byte {
	return append(dst, []byte(FormatBool(b))...)
}

func Itoa(i int) string
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool

// unquote returns the value and whether s was valid.
func unquote(s string) (string, bool)

func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, []byte(FormatInt(i, base))...)
}

func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, []byte(FormatUint(i, base))...)
}

func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, []byte(FormatFloat(f, fmt, prec, bitSize))...)
}

func AppendQuote(dst []byte, s string) []byte {
	return append(dst, []byte(Quote(s))...)
}

func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, []byte(QuoteRune(r))...)
}
