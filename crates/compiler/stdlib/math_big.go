// Package big implements arbitrary-precision integers (Int); the API, its
// checks and panics follow Go 1.27's math/big (int.go, intconv.go,
// natconv.go; Copyright The Go Authors, BSD-style licence). The arithmetic
// is crate num-bigint's, through the natives in
// crates/runtime/src/natives/big.rs.
//
// Not provided: Rat, Float, Int.Format (so Printf's %d, %x of a *Int print
// the struct: use String or Text), Int.Scan, Int.Float64, Int.Rand.
package big

import (
	"errors"
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
