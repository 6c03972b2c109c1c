// Package big implements arbitrary-precision integers (Int), rational
// numbers (Rat) and floating-point numbers (Float, in math_big.more.go); the API, its
// checks and panics follow Go 1.27's math/big (int.go, intconv.go,
// natconv.go, rat.go, ratconv.go; Copyright The Go Authors, BSD-style licence). The arithmetic
// is crate num-bigint's, through the natives in
// crates/runtime/src/natives/big.rs.
//
// Not provided: Int.Scan, Rat.Scan, Float.Scan, Int.Rand.
package big

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strconv"
)

// A Word represents a single digit of a multi-precision unsigned integer.
type Word uint

// nat holds an Int's absolute value, least significant word first and
// without leading zeros.
type nat []Word

// MaxBase is the largest number base accepted for string conversions.
const MaxBase = 10 + ('z' - 'a' + 1) + ('Z' - 'A' + 1)

// An Int represents a signed multi-precision integer.
// The zero value for an Int represents the value 0.
type Int struct {
	neg bool // sign
	abs nat  // absolute value of the integer
}

// The natives. bigOp computes x op y (n: a shift count) and reports
// whether the result exists (ModInverse); a division by zero panics.
func bigOp(op int, xneg bool, x nat, yneg bool, y nat, n int) (bool, nat, bool)
func bigText(neg bool, x nat, base int) string
func bigParse(s string, base int) (bool, nat, bool)
func bigExp(xneg bool, x nat, yneg bool, y nat, mneg bool, m nat) (bool, nat, bool)
func bigGCD(aneg bool, a nat, bneg bool, b nat) (nat, bool, nat, bool, nat)
func bigProbablyPrime(x nat, n int) bool
func bigBytes(x nat) []byte
func bigSetBytes(b []byte) nat
func bigInfo(op int, neg bool, x nat, n int) int

const (
	opAdd = iota
	opSub
	opMul
	opQuo
	opRem
	opDiv
	opMod
	opAnd
	opOr
	opXor
	opAndNot
	opLsh
	opRsh
	opNot
	opSqrt
	opModInverse
	opMulRange
	opBinomial
)

const (
	infoBitLen = iota
	infoBit
	infoTrailingZeros
)

func (z *Int) op(op int, x, y *Int, n int) *Int {
	var ok bool
	z.neg, z.abs, ok = bigOp(op, x.neg, x.abs, y.neg, y.abs, n)
	if !ok {
		return nil
	}
	return z
}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// SetInt64 sets z to x and returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := false
	if x < 0 {
		neg = true
		x = -x
	}
	z.abs = z.abs.setUint64(uint64(x))
	z.neg = neg
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Int) SetUint64(x uint64) *Int {
	z.abs = z.abs.setUint64(x)
	z.neg = false
	return z
}

func (z nat) setUint64(x uint64) nat {
	if x == 0 {
		return z[:0]
	}
	return append(z[:0], Word(x))
}

// NewInt allocates and returns a new [Int] set to x.
func NewInt(x int64) *Int {
	return new(Int).SetInt64(x)
}

// Set sets z to x and returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = append(z.abs[:0], x.abs...)
		z.neg = x.neg
	}
	return z
}

// Bits provides raw (unchecked but fast) access to x by returning its
// absolute value as a little-endian [Word] slice.
func (x *Int) Bits() []Word {
	return x.abs
}

// SetBits provides raw (unchecked but fast) access to z by setting its
// value to abs, interpreted as a little-endian [Word] slice, and returning z.
func (z *Int) SetBits(abs []Word) *Int {
	n := len(abs)
	for n > 0 && abs[n-1] == 0 {
		n--
	}
	z.abs = nat(abs[:n])
	z.neg = false
	return z
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg // 0 has no sign
	return z
}

// Add sets z to the sum x+y and returns z.
func (z *Int) Add(x, y *Int) *Int { return z.op(opAdd, x, y, 0) }

// Sub sets z to the difference x-y and returns z.
func (z *Int) Sub(x, y *Int) *Int { return z.op(opSub, x, y, 0) }

// Mul sets z to the product x*y and returns z.
func (z *Int) Mul(x, y *Int) *Int { return z.op(opMul, x, y, 0) }

// MulRange sets z to the product of all integers
// in the range [a, b] inclusively and returns z.
// If a > b (empty range), the result is 1.
func (z *Int) MulRange(a, b int64) *Int {
	return z.op(opMulRange, NewInt(a), NewInt(b), 0)
}

// Binomial sets z to the binomial coefficient C(n, k) and returns z.
func (z *Int) Binomial(n, k int64) *Int {
	return z.op(opBinomial, NewInt(n), NewInt(k), 0)
}

// Quo sets z to the quotient x/y for y != 0 and returns z.
// If y == 0, a division-by-zero run-time panic occurs.
// Quo implements truncated division (like Go); see [Int.QuoRem] for more details.
func (z *Int) Quo(x, y *Int) *Int { return z.op(opQuo, x, y, 0) }

// Rem sets z to the remainder x%y for y != 0 and returns z.
// If y == 0, a division-by-zero run-time panic occurs.
// Rem implements truncated modulus (like Go); see [Int.QuoRem] for more details.
func (z *Int) Rem(x, y *Int) *Int { return z.op(opRem, x, y, 0) }

// QuoRem sets z to the quotient x/y and r to the remainder x%y
// and returns the pair (z, r) for y != 0.
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	xc, yc := new(Int).Set(x), new(Int).Set(y)
	z.op(opQuo, xc, yc, 0)
	r.op(opRem, xc, yc, 0)
	return z, r
}

// Div sets z to the quotient x/y for y != 0 and returns z.
// If y == 0, a division-by-zero run-time panic occurs.
// Div implements Euclidean division (unlike Go); see [Int.DivMod] for more details.
func (z *Int) Div(x, y *Int) *Int { return z.op(opDiv, x, y, 0) }

// Mod sets z to the modulus x%y for y != 0 and returns z.
// If y == 0, a division-by-zero run-time panic occurs.
// Mod implements Euclidean modulus (unlike Go); see [Int.DivMod] for more details.
func (z *Int) Mod(x, y *Int) *Int { return z.op(opMod, x, y, 0) }

// DivMod sets z to the quotient x div y and m to the modulus x mod y
// and returns the pair (z, m) for y != 0.
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	xc, yc := new(Int).Set(x), new(Int).Set(y)
	z.op(opDiv, xc, yc, 0)
	m.op(opMod, xc, yc, 0)
	return z, m
}

// Cmp compares x and y and returns -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Int) Cmp(y *Int) (r int) {
	switch {
	case x == y:
		// nothing to do
	case x.neg == y.neg:
		r = x.abs.cmp(y.abs)
		if x.neg {
			r = -r
		}
	case x.neg:
		r = -1
	default:
		r = 1
	}
	return
}

// CmpAbs compares the absolute values of x and y and returns -1, 0, +1.
func (x *Int) CmpAbs(y *Int) int {
	return x.abs.cmp(y.abs)
}

func (x nat) cmp(y nat) (r int) {
	m := len(x)
	n := len(y)
	if m != n || m == 0 {
		switch {
		case m < n:
			r = -1
		case m > n:
			r = 1
		}
		return
	}

	i := m - 1
	for i > 0 && x[i] == y[i] {
		i--
	}

	switch {
	case x[i] < y[i]:
		r = -1
	case x[i] > y[i]:
		r = 1
	}
	return
}

// Int64 returns the int64 representation of x.
// If x cannot be represented in an int64, the result is undefined.
func (x *Int) Int64() int64 {
	v := int64(low64(x.abs))
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the uint64 representation of x.
// If x cannot be represented in a uint64, the result is undefined.
func (x *Int) Uint64() uint64 {
	return low64(x.abs)
}

func low64(x nat) uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

// IsInt64 reports whether x can be represented as an int64.
func (x *Int) IsInt64() bool {
	if len(x.abs) <= 1 {
		w := int64(low64(x.abs))
		return w >= 0 || x.neg && w == -w
	}
	return false
}

// IsUint64 reports whether x can be represented as a uint64.
func (x *Int) IsUint64() bool {
	return !x.neg && len(x.abs) <= 1
}

// SetString sets z to the value of s, interpreted in the given base,
// and returns z and a boolean indicating success. The entire string
// (not just a prefix) must be valid for success. If SetString fails,
// the value of z is undefined but the returned value is nil.
//
// The base argument must be 0 or a value between 2 and [MaxBase].
// For base 0, the number prefix determines the actual base: A prefix of
// “0b” or “0B” selects base 2, “0”, “0o” or “0O” selects base 8,
// and “0x” or “0X” selects base 16. Otherwise, the selected base is 10
// and no prefix is accepted.
//
// For bases <= 36, lower and upper case letters are considered the same:
// The letters 'a' to 'z' and 'A' to 'Z' represent digit values 10 to 35.
// For bases > 36, the upper case letters 'A' to 'Z' represent the digit
// values 36 to 61.
//
// For base 0, an underscore character “_” may appear between a base
// prefix and an adjacent digit, and between successive digits; such
// underscores do not change the value of the number.
// Incorrect placement of underscores is reported as an error if there
// are no other errors. If base != 0, underscores are not recognized
// and act like any other character that is not a valid digit.
func (z *Int) SetString(s string, base int) (*Int, bool) {
	if base != 0 && (base < 2 || base > MaxBase) {
		panic("invalid number base " + strconv.Itoa(base))
	}
	neg, abs, ok := bigParse(s, base)
	if !ok {
		return nil, false
	}
	z.neg, z.abs = neg, abs
	return z, true
}

// SetBytes interprets buf as the bytes of a big-endian unsigned
// integer, sets z to that value, and returns z.
func (z *Int) SetBytes(buf []byte) *Int {
	z.abs = bigSetBytes(buf)
	z.neg = false
	return z
}

// Bytes returns the absolute value of x as a big-endian byte slice.
func (x *Int) Bytes() []byte {
	return bigBytes(x.abs)
}

// FillBytes sets buf to the absolute value of x, storing it as a zero-extended
// big-endian byte slice, and returns buf.
//
// If the absolute value of x doesn't fit in buf, FillBytes will panic.
func (x *Int) FillBytes(buf []byte) []byte {
	b := bigBytes(x.abs)
	if len(b) > len(buf) {
		panic("math/big: buffer too small to fit value")
	}
	clear(buf)
	copy(buf[len(buf)-len(b):], b)
	return buf
}

// BitLen returns the length of the absolute value of x in bits.
// The bit length of 0 is 0.
func (x *Int) BitLen() int {
	if len(x.abs) == 0 {
		return 0
	}
	return (len(x.abs)-1)*bits.UintSize + bits.Len(uint(x.abs[len(x.abs)-1]))
}

// TrailingZeroBits returns the number of consecutive least significant zero
// bits of |x|.
func (x *Int) TrailingZeroBits() uint {
	return uint(bigInfo(infoTrailingZeros, false, x.abs, 0))
}

// Bit returns the value of the i'th bit of x. That is, it
// returns (x>>i)&1. The bit index i must be >= 0.
func (x *Int) Bit(i int) uint {
	if i < 0 {
		panic("negative bit index")
	}
	return uint(bigInfo(infoBit, x.neg, x.abs, i))
}

// SetBit sets z to x, with x's i'th bit set to b (0 or 1).
// That is, if b is 1 SetBit sets z = x | (1 << i);
// if b is 0 SetBit sets z = x &^ (1 << i). If b is not 0 or 1,
// SetBit will panic.
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	m := new(Int).Lsh(NewInt(1), uint(i))
	switch b {
	case 0:
		return z.AndNot(x, m)
	case 1:
		return z.Or(x, m)
	}
	panic("set bit is not 0 or 1")
}

// Lsh sets z = x << n and returns z.
func (z *Int) Lsh(x *Int, n uint) *Int { return z.op(opLsh, x, x, int(n)) }

// Rsh sets z = x >> n and returns z.
func (z *Int) Rsh(x *Int, n uint) *Int { return z.op(opRsh, x, x, int(n)) }

// And sets z = x & y and returns z.
func (z *Int) And(x, y *Int) *Int { return z.op(opAnd, x, y, 0) }

// AndNot sets z = x &^ y and returns z.
func (z *Int) AndNot(x, y *Int) *Int { return z.op(opAndNot, x, y, 0) }

// Or sets z = x | y and returns z.
func (z *Int) Or(x, y *Int) *Int { return z.op(opOr, x, y, 0) }

// Xor sets z = x ^ y and returns z.
func (z *Int) Xor(x, y *Int) *Int { return z.op(opXor, x, y, 0) }

// Not sets z = ^x and returns z.
func (z *Int) Not(x *Int) *Int { return z.op(opNot, x, x, 0) }

// Sqrt sets z to ⌊√x⌋, the largest integer such that z² ≤ x, and returns z.
// It panics if x is negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic("square root of negative number")
	}
	return z.op(opSqrt, x, x, 0)
}

// Exp sets z = x**y mod |m| (i.e. the sign of m is ignored), and returns z.
// If m == nil or m == 0, z = x**y unless y <= 0 then z = 1. If m != 0, y < 0,
// and x and m are not relatively prime, z is unchanged and nil is returned.
func (z *Int) Exp(x, y, m *Int) *Int {
	var mneg bool
	var mabs nat
	if m != nil {
		mneg, mabs = m.neg, m.abs
	}
	neg, abs, ok := bigExp(x.neg, x.abs, y.neg, y.abs, mneg, mabs)
	if !ok {
		return nil
	}
	z.neg, z.abs = neg, abs
	return z
}

// GCD sets z to the greatest common divisor of a and b and returns z.
// If x or y are not nil, GCD sets their value such that z = a*x + b*y.
//
// a and b may be positive, zero or negative. (Before Go 1.14 both had
// to be > 0.) Regardless of the signs of a and b, z is always >= 0.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	g, xneg, xabs, yneg, yabs := bigGCD(a.neg, a.abs, b.neg, b.abs)
	if x != nil {
		x.neg, x.abs = xneg, xabs
	}
	if y != nil {
		y.neg, y.abs = yneg, yabs
	}
	z.neg, z.abs = false, g
	return z
}

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ
// and returns z. If g and n are not relatively prime, g has no multiplicative
// inverse in the ring ℤ/nℤ.  In this case, z is unchanged and the return value
// is nil. If n == 0, a division-by-zero run-time panic occurs.
func (z *Int) ModInverse(g, n *Int) *Int {
	return z.op(opModInverse, g, n, 0)
}

// ProbablyPrime reports whether x is probably prime,
// applying the Miller-Rabin test with n pseudorandomly chosen bases
// as well as a Baillie-PSW test.
//
// If x is prime, ProbablyPrime returns true.
// If x is chosen randomly and not prime, ProbablyPrime probably returns false.
//
// ProbablyPrime is not suitable for judging primes that an adversary may
// have crafted to fool the test.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic("negative n for ProbablyPrime")
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	return bigProbablyPrime(x.abs, n)
}

// Text returns the string representation of x in the given base.
// Base must be between 2 and 62, inclusive. The result uses the
// lower-case letters 'a' to 'z' for digit values 10 to 35, and
// the upper-case letters 'A' to 'Z' for digit values 36 to 61.
// No prefix (such as "0x") is added to the string. If x is a nil
// pointer it returns "<nil>".
func (x *Int) Text(base int) string {
	if x == nil {
		return "<nil>"
	}
	if base < 2 || base > MaxBase {
		panic("invalid base")
	}
	return bigText(x.neg, x.abs, base)
}

// Append appends the string representation of x, as generated by
// x.Text(base), to buf and returns the extended buffer.
func (x *Int) Append(buf []byte, base int) []byte {
	return append(buf, x.Text(base)...)
}

// String returns the decimal representation of x as generated by
// x.Text(10).
func (x *Int) String() string {
	return x.Text(10)
}

// write count copies of text to s (intconv.go; fmt's pp has no
// WriteByte here, so one-byte texts take the WriteString path).
func writeMultiple(s fmt.State, text string, count int) {
	if len(text) <= 0 || count <= 0 {
		return
	}
	if sw, ok := s.(interface {
		WriteString(s string) (n int, err error)
	}); ok {
		for range count {
			sw.WriteString(text)
		}
		return
	}
	b := []byte(text)
	for range count {
		s.Write(b)
	}
}

// Format implements [fmt.Formatter]. It accepts the formats
// 'b' (binary), 'o' (octal with 0 prefix), 'O' (octal with 0o prefix),
// 'd' (decimal), 'x' (lowercase hexadecimal), and
// 'X' (uppercase hexadecimal).
// Also supported are the full suite of package fmt's format
// flags for integral types, including '+' and ' ' for sign
// control, '#' for leading zero in octal and for hexadecimal,
// a leading "0x" or "0X" for "%#x" and "%#X" respectively,
// specification of minimum digits precision, output field
// width, space or zero padding, and '-' for left or right
// justification.
func (x *Int) Format(s fmt.State, ch rune) {
	// determine base
	var base int
	switch ch {
	case 'b':
		base = 2
	case 'o', 'O':
		base = 8
	case 'd', 's', 'v':
		base = 10
	case 'x', 'X':
		base = 16
	default:
		// unknown format
		fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, x.String())
		return
	}

	if x == nil {
		fmt.Fprint(s, "<nil>")
		return
	}

	// determine sign character
	sign := ""
	switch {
	case x.neg:
		sign = "-"
	case s.Flag('+'): // supersedes ' ' when both specified
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}

	// determine prefix characters for indicating output base
	prefix := ""
	if s.Flag('#') {
		switch ch {
		case 'b': // binary
			prefix = "0b"
		case 'o': // octal
			prefix = "0"
		case 'x': // hexadecimal
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	if ch == 'O' {
		prefix = "0o"
	}

	digits := []byte(bigText(false, x.abs, base))
	if ch == 'X' {
		// faster than bytes.ToUpper
		for i, d := range digits {
			if 'a' <= d && d <= 'z' {
				digits[i] = 'A' + (d - 'a')
			}
		}
	}

	// number of characters for the three classes of number padding
	var left int  // space characters to left of digits for right justification ("%8d")
	var zeros int // zero characters (actually cs[0]) as left-most digits ("%.8d")
	var right int // space characters to right of digits for left justification ("%-8d")

	// determine number padding from precision: the least number of digits to output
	precision, precisionSet := s.Precision()
	if precisionSet {
		switch {
		case len(digits) < precision:
			zeros = precision - len(digits) // count of zero padding
		case len(digits) == 1 && digits[0] == '0' && precision == 0:
			return // print nothing if zero value (x == 0) and zero precision ("." or ".0")
		}
	}

	// determine field pad from width: the least number of characters to output
	length := len(sign) + len(prefix) + zeros + len(digits)
	if width, widthSet := s.Width(); widthSet && length < width { // pad as specified
		switch d := width - length; {
		case s.Flag('-'):
			// pad on the right with spaces; supersedes '0' when both specified
			right = d
		case s.Flag('0') && !precisionSet:
			// pad with zeros unless precision also specified
			zeros = d
		default:
			// pad on the left with spaces
			left = d
		}
	}

	// print number as [left pad][sign][prefix][zero pad][digits][right pad]
	writeMultiple(s, " ", left)
	writeMultiple(s, sign, 1)
	writeMultiple(s, prefix, 1)
	writeMultiple(s, "0", zeros)
	s.Write(digits)
	writeMultiple(s, " ", right)
}

// MarshalText implements the [encoding.TextMarshaler] interface.
func (x *Int) MarshalText() (text []byte, err error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return []byte(x.Text(10)), nil
}

// UnmarshalText implements the [encoding.TextUnmarshaler] interface.
func (z *Int) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text), 0); !ok {
		return errors.New("math/big: cannot unmarshal " + strconv.Quote(string(text)) + " into a *big.Int")
	}
	return nil
}

// MarshalJSON implements the [encoding/json.Marshaler] interface.
func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return []byte(x.Text(10)), nil
}

// UnmarshalJSON implements the [encoding/json.Unmarshaler] interface.
func (z *Int) UnmarshalJSON(text []byte) error {
	// Ignore null, like in the main JSON package.
	if string(text) == "null" {
		return nil
	}
	return z.UnmarshalText(text)
}

// ---- Rat: Go 1.27's rat.go and ratconv.go (Copyright The Go Authors,
// BSD-style licence), with the nat-level steps written as Int operations.

// A Rat represents a quotient a/b of arbitrary precision.
// The zero value for a Rat represents the value 0.
type Rat struct {
	// To make zero values for Rat work w/o initialization,
	// a zero value of b (len(b) == 0) acts like b == 1. At
	// the earliest opportunity (when an assignment to the Rat
	// is made), such uninitialized denominators are set to 1.
	// a.neg determines the sign of the Rat, b.neg is ignored.
	a, b Int
}

var intOne = NewInt(1)

// NewRat creates a new [Rat] with numerator a and denominator b.
func NewRat(a, b int64) *Rat {
	return new(Rat).SetFrac64(a, b)
}

// SetFloat64 sets z to exactly f and returns z.
// If f is not finite, SetFloat returns nil.
func (z *Rat) SetFloat64(f float64) *Rat {
	const expMask = 1<<11 - 1
	bits := math.Float64bits(f)
	mantissa := bits & (1<<52 - 1)
	exp := int((bits >> 52) & expMask)
	switch exp {
	case expMask: // non-finite
		return nil
	case 0: // denormal
		exp -= 1022
	default: // normal
		mantissa |= 1 << 52
		exp -= 1023
	}

	shift := 52 - exp

	// Optimization (?): partially pre-normalise.
	for mantissa&1 == 0 && shift > 0 {
		mantissa >>= 1
		shift--
	}

	z.a.SetUint64(mantissa)
	z.a.neg = f < 0
	z.b.Set(intOne)
	if shift > 0 {
		z.b.Lsh(&z.b, uint(shift))
	} else {
		z.a.Lsh(&z.a, uint(-shift))
	}
	return z.norm()
}

// quotToFloat returns the non-negative float nearest to the quotient a/b
// (a, b >= 0, b > 0) with msize mantissa bits and esize exponent bits
// (quotToFloat32 and quotToFloat64 of rat.go in one), using
// round-to-even in halfway cases. It does not mutate its arguments.
func quotToFloat(a, b *Int, fsize, msize int) (f float64, exact bool) {
	msize1 := msize + 1 // incl. implicit 1
	msize2 := msize1 + 1
	esize := fsize - msize1
	ebias := 1<<(esize-1) - 1
	emin := 1 - ebias

	alen := a.BitLen()
	if alen == 0 {
		return 0, true
	}
	blen := b.BitLen()
	if blen == 0 {
		panic("division by zero")
	}

	// 1. Left-shift A or B such that quotient A/B is in [1<<Msize1, 1<<(Msize2+1)
	// (Msize2 bits if the remainder is zero, Msize2+1 otherwise).
	exp := alen - blen
	var a2, b2 Int
	a2.Abs(a)
	b2.Abs(b)
	if shift := msize2 - exp; shift > 0 {
		a2.Lsh(&a2, uint(shift))
	} else if shift < 0 {
		b2.Lsh(&b2, uint(-shift))
	}

	// 2. Compute quotient and remainder (q, r).  NB: due to the
	// extra shift, the low-order bit of q is logically the
	// high-order bit of r.
	var q, r Int
	q.QuoRem(&a2, &b2, &r)
	mantissa := q.Uint64()
	haveRem := r.Sign() != 0 // mantissa&1 && !haveRem => remainder is exactly half

	// 3. If quotient didn't fit in Msize2 bits, redo division by b2<<1
	// (in effect---we accomplish this incrementally).
	if mantissa>>msize2 == 1 {
		if mantissa&1 == 1 {
			haveRem = true
		}
		mantissa >>= 1
		exp++
	}
	if mantissa>>msize1 != 1 {
		panic(fmt.Sprintf("expected exactly %d bits of result", msize2))
	}

	// 4. Rounding.
	if emin-msize <= exp && exp <= emin {
		// Denormal case; lose 'shift' bits of precision.
		shift := uint(emin - (exp - 1)) // [1..Esize1)
		lostbits := mantissa & (uint64(1)<<shift - 1)
		haveRem = haveRem || lostbits != 0
		mantissa >>= shift
		exp = 2 - ebias // == exp + shift
	}
	// Round q using round-half-to-even.
	exact = !haveRem
	if mantissa&1 != 0 {
		exact = false
		if haveRem || mantissa&2 != 0 {
			if mantissa++; mantissa >= uint64(1)<<msize2 {
				// Complete rollover 11...1 => 100...0, so shift is safe
				mantissa >>= 1
				exp++
			}
		}
	}
	mantissa >>= 1 // discard rounding bit.  Mantissa now scaled by 1<<Msize1.

	f = math.Ldexp(float64(mantissa), exp-msize1)
	if fsize == 32 {
		f32 := float32(f)
		if math.IsInf(float64(f32), 0) {
			exact = false
		}
		return float64(f32), exact
	}
	if math.IsInf(f, 0) {
		exact = false
	}
	return
}

// denom is x's denominator, 1 for an uninitialized one.
func (x *Rat) denom() *Int {
	if len(x.b.abs) == 0 {
		return intOne
	}
	return &x.b
}

// Float32 returns the nearest float32 value for x and a bool indicating
// whether f represents x exactly. If the magnitude of x is too large to
// be represented by a float32, f is an infinity and exact is false.
// The sign of f always matches the sign of x, even if f == 0.
func (x *Rat) Float32() (f float32, exact bool) {
	f64, exact := quotToFloat(&x.a, x.denom(), 32, 23)
	f = float32(f64)
	if x.a.neg {
		f = -f
	}
	return
}

// Float64 returns the nearest float64 value for x and a bool indicating
// whether f represents x exactly. If the magnitude of x is too large to
// be represented by a float64, f is an infinity and exact is false.
// The sign of f always matches the sign of x, even if f == 0.
func (x *Rat) Float64() (f float64, exact bool) {
	f, exact = quotToFloat(&x.a, x.denom(), 64, 52)
	if x.a.neg {
		f = -f
	}
	return
}

// SetFrac sets z to a/b and returns z.
// If b == 0, SetFrac panics.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	neg := a.neg != b.neg
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	var na, nb Int
	na.Abs(a)
	nb.Abs(b)
	z.a.Set(&na)
	z.a.neg = neg && len(na.abs) > 0
	z.b.Set(&nb)
	return z.norm()
}

// SetFrac64 sets z to a/b and returns z.
// If b == 0, SetFrac64 panics.
func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	z.a.SetInt64(a)
	if b < 0 {
		z.b.SetUint64(uint64(-b))
		z.a.neg = !z.a.neg
	} else {
		z.b.SetInt64(b)
	}
	return z.norm()
}

// SetInt sets z to x (by making a copy of x) and returns z.
func (z *Rat) SetInt(x *Int) *Rat {
	z.a.Set(x)
	z.b.SetInt64(1)
	return z
}

// SetInt64 sets z to x and returns z.
func (z *Rat) SetInt64(x int64) *Rat {
	z.a.SetInt64(x)
	z.b.SetInt64(1)
	return z
}

// SetUint64 sets z to x and returns z.
func (z *Rat) SetUint64(x uint64) *Rat {
	z.a.SetUint64(x)
	z.b.SetInt64(1)
	return z
}

// Set sets z to x (by making a copy of x) and returns z.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.a.Set(&x.a)
		z.b.Set(&x.b)
	}
	if len(z.b.abs) == 0 {
		z.b.SetInt64(1)
	}
	return z
}

// Abs sets z to |x| (the absolute value of x) and returns z.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = false
	return z
}

// Neg sets z to -x and returns z.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.a.neg = len(z.a.abs) > 0 && !z.a.neg // 0 has no sign
	return z
}

// Inv sets z to 1/x and returns z.
// If x == 0, Inv panics.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.a.abs) == 0 {
		panic("division by zero")
	}
	z.Set(x)
	z.a.abs, z.b.abs = z.b.abs, z.a.abs
	return z
}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Rat) Sign() int {
	return x.a.Sign()
}

// IsInt reports whether the denominator of x is 1.
func (x *Rat) IsInt() bool {
	return len(x.b.abs) == 0 || x.b.abs.cmp(intOne.abs) == 0
}

// Num returns the numerator of x; it may be <= 0.
// The result is a reference to x's numerator; it
// may change if a new value is assigned to x, and vice versa.
// The sign of the numerator corresponds to the sign of x.
func (x *Rat) Num() *Int {
	return &x.a
}

// Denom returns the denominator of x; it is always > 0.
// The result is a reference to x's denominator, unless
// x is an uninitialized (zero value) [Rat], in which case
// the result is a new [Int] of value 1. (To initialize x,
// any operation that sets x will do, including x.Set(x).)
// If the result is a reference to x's denominator it
// may change if a new value is assigned to x, and vice versa.
func (x *Rat) Denom() *Int {
	// Note that x.b.neg is guaranteed false.
	if len(x.b.abs) == 0 {
		// Note: If this proves problematic, we could
		//       panic instead and require the Rat to
		//       be explicitly initialized.
		return NewInt(1)
	}
	return &x.b
}

func (z *Rat) norm() *Rat {
	switch {
	case len(z.a.abs) == 0:
		// z == 0; normalize sign and denominator
		z.a.neg = false
		fallthrough
	case len(z.b.abs) == 0:
		// z is integer; normalize denominator
		z.b.SetInt64(1)
	default:
		// z is fraction; normalize numerator and denominator
		neg := z.a.neg
		z.a.neg = false
		z.b.neg = false
		if f := new(Int).GCD(nil, nil, &z.a, &z.b); f.Cmp(intOne) != 0 {
			z.a.Quo(&z.a, f)
			z.b.Quo(&z.b, f)
		}
		z.a.neg = neg
	}
	return z
}

// scaleDenom sets z to x·f (f: a denominator, len(f.abs) == 0 is 1).
func (z *Int) scaleDenom(x *Int, f *Int) {
	if len(f.abs) == 0 {
		z.Set(x)
		return
	}
	z.Mul(x, f)
}

// mulDenom sets z to the denominator product x·y and returns z.
func mulDenom(z, x, y *Int) {
	switch {
	case len(x.abs) == 0 && len(y.abs) == 0:
		z.SetInt64(1)
	case len(x.abs) == 0:
		z.Set(y)
	case len(y.abs) == 0:
		z.Set(x)
	default:
		z.Mul(x, y)
	}
}

// Cmp compares x and y and returns:
//   - -1 if x < y;
//   - 0 if x == y;
//   - +1 if x > y.
func (x *Rat) Cmp(y *Rat) int {
	var a, b Int
	a.scaleDenom(&x.a, &y.b)
	b.scaleDenom(&y.a, &x.b)
	return a.Cmp(&b)
}

// Add sets z to the sum x+y and returns z.
func (z *Rat) Add(x, y *Rat) *Rat {
	var a1, a2, d Int
	a1.scaleDenom(&x.a, &y.b)
	a2.scaleDenom(&y.a, &x.b)
	mulDenom(&d, &x.b, &y.b)
	z.a.Add(&a1, &a2)
	z.b.Set(&d)
	return z.norm()
}

// Sub sets z to the difference x-y and returns z.
func (z *Rat) Sub(x, y *Rat) *Rat {
	var a1, a2, d Int
	a1.scaleDenom(&x.a, &y.b)
	a2.scaleDenom(&y.a, &x.b)
	mulDenom(&d, &x.b, &y.b)
	z.a.Sub(&a1, &a2)
	z.b.Set(&d)
	return z.norm()
}

// Mul sets z to the product x*y and returns z.
func (z *Rat) Mul(x, y *Rat) *Rat {
	if x == y {
		// a squared Rat is positive and can't be reduced (no need to call norm())
		var a, b Int
		a.Mul(&x.a, &x.a)
		if len(x.b.abs) == 0 {
			b.SetInt64(1)
		} else {
			b.Mul(&x.b, &x.b)
		}
		z.a.Set(&a)
		z.a.neg = false
		z.b.Set(&b)
		return z
	}
	var a, d Int
	a.Mul(&x.a, &y.a)
	mulDenom(&d, &x.b, &y.b)
	z.a.Set(&a)
	z.b.Set(&d)
	return z.norm()
}

// Quo sets z to the quotient x/y and returns z.
// If y == 0, Quo panics.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.a.abs) == 0 {
		panic("division by zero")
	}
	var a, b Int
	a.scaleDenom(&x.a, &y.b)
	b.scaleDenom(&y.a, &x.b)
	neg := a.neg != b.neg
	z.a.Abs(&a)
	z.b.Abs(&b)
	z.a.neg = neg
	return z.norm()
}

// String returns a string representation of x in the form "a/b" (even if b == 1).
func (x *Rat) String() string {
	return string(x.marshal(nil))
}

// marshal implements [Rat.String] returning a slice of bytes.
// It appends the string representation of x in the form "a/b" (even if b == 1) to buf,
// and returns the extended buffer.
func (x *Rat) marshal(buf []byte) []byte {
	buf = x.a.Append(buf, 10)
	buf = append(buf, '/')
	if len(x.b.abs) != 0 {
		buf = x.b.Append(buf, 10)
	} else {
		buf = append(buf, '1')
	}
	return buf
}

// RatString returns a string representation of x in the form "a/b" if b != 1,
// and in the form "a" if b == 1.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.a.String()
	}
	return x.String()
}

// FloatString returns a string representation of x in decimal form with prec
// digits of precision after the radix point. The last digit is rounded to
// nearest, with halves rounded away from zero.
func (x *Rat) FloatString(prec int) string {
	var buf []byte

	if x.IsInt() {
		buf = x.a.Append(buf, 10)
		if prec > 0 {
			buf = append(buf, '.')
			for i := prec; i > 0; i-- {
				buf = append(buf, '0')
			}
		}
		return string(buf)
	}
	// x.b.abs != 0

	var xa, q, r Int
	xa.Abs(&x.a)
	q.QuoRem(&xa, &x.b, &r)

	p := NewInt(1)
	if prec > 0 {
		p.Exp(NewInt(10), NewInt(int64(prec)), nil)
	}

	r.Mul(&r, p)
	var r2 Int
	r.QuoRem(&r, &x.b, &r2)

	// see if we need to round up
	r2.Add(&r2, &r2)
	if x.b.Cmp(&r2) <= 0 {
		r.Add(&r, intOne)
		if r.Cmp(p) >= 0 {
			q.Add(&q, intOne)
			r.Sub(&r, p)
		}
	}

	if x.a.neg {
		buf = append(buf, '-')
	}
	buf = append(buf, q.String()...) // itoa ignores sign if q == 0

	if prec > 0 {
		buf = append(buf, '.')
		rs := r.String()
		for i := prec - len(rs); i > 0; i-- {
			buf = append(buf, '0')
		}
		buf = append(buf, rs...)
	}

	return string(buf)
}

// FloatPrec returns the number n of non-repeating digits immediately
// following the decimal point of the decimal representation of x.
// The boolean result indicates whether a decimal representation of x
// with that many fractional digits is exact or rounded.
func (x *Rat) FloatPrec() (n int, exact bool) {
	// x = a/b with b = 2^p2 · 5^p5 · q; the non-repeating digits number
	// max(p2, p5) and the representation is exact when q == 1.
	d := x.Denom()
	p2 := d.TrailingZeroBits()
	var q, t, r Int
	q.Rsh(d, p2)
	five := NewInt(5)
	var p5 uint
	for {
		t.QuoRem(&q, five, &r)
		if r.Sign() != 0 {
			break
		}
		p5++
		q.Set(&t)
	}
	return int(max(p2, p5)), q.Cmp(intOne) == 0
}

// SetString sets z to the value of s and returns z and a boolean indicating
// success. s can be given as a (possibly signed) fraction "a/b", or as a
// floating-point number optionally followed by an exponent.
// If a fraction is provided, both the dividend and the divisor may be a
// decimal integer or independently use a prefix of “0b”, “0” or “0o”,
// or “0x” to denote a binary, octal, or hexadecimal integer, respectively.
// The divisor may not be signed.
// If a floating-point number is provided, it may be in decimal form or
// use any of the same prefixes as above but for “0” to denote a non-decimal
// mantissa. A leading “0” is considered a decimal leading 0; it does not
// indicate octal representation in this case.
// An optional base-10 “e” or base-2 “p” (or their upper-case variants)
// exponent may be provided as well, except for hexadecimal floats which
// only accept an (optional) “p” exponent (because an “e” or “E” cannot
// be distinguished from a mantissa digit). If the exponent's absolute value
// is too large, the operation may fail.
// The entire string, not just a prefix, must be valid for success. If the
// operation failed, the value of z is undefined but the returned value is nil.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if len(s) == 0 {
		return nil, false
	}
	// len(s) > 0

	// parse fraction a/b, if any
	for sep := 0; sep < len(s); sep++ {
		if s[sep] != '/' {
			continue
		}
		if _, ok := z.a.SetString(s[:sep], 0); !ok {
			return nil, false
		}
		d := s[sep+1:]
		if len(d) == 0 || d[0] == '+' || d[0] == '-' {
			return nil, false
		}
		if _, ok := z.b.SetString(d, 0); !ok {
			return nil, false
		}
		if len(z.b.abs) == 0 {
			return nil, false
		}
		return z.norm(), true
	}

	// parse floating-point number
	i := 0
	// sign
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		i++
	}

	// mantissa
	mant, base, fcount, i, ok := scanMantissa(s, i)
	if !ok {
		return nil, false
	}
	z.a.Set(mant)

	// exponent
	exp, ebase, i, ok := scanExponent(s, i)
	if !ok || i != len(s) {
		return nil, false
	}

	// special-case 0 (see also issue #16176)
	if len(z.a.abs) == 0 {
		return z.norm(), true
	}
	// len(z.a.abs) > 0

	// The mantissa may have a radix point (fcount <= 0) and there
	// may be a nonzero exponent exp. The radix point amounts to a
	// division by base**(-fcount), which equals a multiplication by
	// base**fcount. An exponent means multiplication by ebase**exp.
	// Multiplications are commutative, so we can apply them in any
	// order. We only have powers of 2 and 10, and we split powers
	// of 10 into the product of the same powers of 2 and 5.

	// determine binary or decimal exponent contribution of radix point
	var exp2, exp5 int64
	if fcount < 0 {
		d := int64(fcount)
		switch base {
		case 10:
			exp5 = d
			fallthrough // 10**e == 5**e * 2**e
		case 2:
			exp2 = d
		case 8:
			exp2 = d * 3 // octal digits are 3 bits each
		case 16:
			exp2 = d * 4 // hexadecimal digits are 4 bits each
		}
	}

	// take actual exponent into account
	switch ebase {
	case 10:
		exp5 += exp
		fallthrough // see fallthrough above
	case 2:
		exp2 += exp
	}

	// apply exp5 contributions
	if exp5 != 0 {
		n := exp5
		if n < 0 {
			n = -n
			if n < 0 {
				return nil, false
			}
		}
		if n > 1e6 {
			return nil, false // avoid excessively large exponents
		}
		pow5 := new(Int).Exp(NewInt(5), NewInt(n), nil)
		if exp5 > 0 {
			z.a.Mul(&z.a, pow5)
			z.b.SetInt64(1)
		} else {
			z.b.Set(pow5)
		}
	} else {
		z.b.SetInt64(1)
	}

	// apply exp2 contributions
	if exp2 < -1e7 || exp2 > 1e7 {
		return nil, false // avoid excessively large exponents
	}
	if exp2 > 0 {
		z.a.Lsh(&z.a, uint(exp2))
	} else if exp2 < 0 {
		z.b.Lsh(&z.b, uint(-exp2))
	}

	z.a.neg = neg && len(z.a.abs) > 0 // 0 has no sign

	return z.norm(), true
}

// scanMantissa models natconv.go's nat.scan(r, 0, fracOk=true) on s[i:]:
// the mantissa's digits (a base prefix, '_' separators, one '.'), its
// base and the count of digits after the point (fcount <= 0), and where
// it ended.
func scanMantissa(s string, i int) (mant *Int, base, fcount, next int, ok bool) {
	b, prefix := 10, byte(0)
	start := i
	if i < len(s) && s[i] == '0' && i+1 < len(s) {
		switch s[i+1] {
		case 'b', 'B':
			b, prefix = 2, 'b'
		case 'o', 'O':
			b, prefix = 8, 'o'
		case 'x', 'X':
			b, prefix = 16, 'x'
		}
		if prefix != 0 {
			i += 2
		}
	}
	var digits []byte
	invalSep := false
	prev := byte('.')
	if prefix != 0 {
		prev = '0' // a separator may follow the prefix ("0x_1")
	}
	count := 0
	dp := -1
	for ; i < len(s); i++ {
		ch := s[i]
		if ch == '.' && dp < 0 {
			if prev == '_' {
				invalSep = true
			}
			dp = count
			prev = '.'
			continue
		}
		if ch == '_' {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
			continue
		}
		var d int
		switch {
		case '0' <= ch && ch <= '9':
			d = int(ch - '0')
		case 'a' <= ch && ch <= 'z':
			d = int(ch-'a') + 10
		case 'A' <= ch && ch <= 'Z':
			d = int(ch-'A') + 10
		default:
			d = MaxBase + 1
		}
		if d >= b {
			break
		}
		digits = append(digits, ch)
		count++
		prev = '0'
	}
	if count == 0 {
		// no digits found
		if prefix != 0 || start == i || s[start] != '0' {
			return nil, 0, 0, i, false
		}
	}
	if invalSep || prev == '_' {
		return nil, 0, 0, i, false
	}
	mant = new(Int)
	if count > 0 {
		if _, ok := mant.SetString(string(digits), b); !ok {
			return nil, 0, 0, i, false
		}
	}
	if dp >= 0 {
		fcount = dp - count
	}
	return mant, b, fcount, i, true
}

// scanExponent models floatconv.go's scanExponent(r, base2ok=true,
// sepOk=true) on s[i:]: an optional 'e' (base 10) or 'p' (base 2)
// exponent.
func scanExponent(s string, i int) (exp int64, base, next int, ok bool) {
	if i >= len(s) {
		return 0, 10, i, true
	}
	switch s[i] {
	case 'e', 'E':
		base = 10
	case 'p', 'P':
		base = 2
	default:
		return 0, 10, i, true
	}
	i++
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	digits := 0
	prev := byte('.')
	invalSep := false
	for ; i < len(s); i++ {
		ch := s[i]
		if ch == '_' {
			if prev != '0' {
				invalSep = true
			}
			prev = '_'
			continue
		}
		if ch < '0' || ch > '9' {
			break
		}
		if exp < 1e17 {
			exp = exp*10 + int64(ch-'0')
		}
		digits++
		prev = '0'
	}
	if digits == 0 || invalSep || prev == '_' {
		return 0, base, i, false
	}
	if neg {
		exp = -exp
	}
	return exp, base, i, true
}

// MarshalText implements the [encoding.TextMarshaler] interface.
func (x *Rat) MarshalText() (text []byte, err error) {
	if x.IsInt() {
		return x.a.MarshalText()
	}
	return x.marshal(nil), nil
}

// UnmarshalText implements the [encoding.TextUnmarshaler] interface.
func (z *Rat) UnmarshalText(text []byte) error {
	if _, ok := z.SetString(string(text)); !ok {
		return errors.New("math/big: cannot unmarshal " + strconv.Quote(string(text)) + " into a *big.Rat")
	}
	return nil
}
