//! Compile-time constant values with exact integer arithmetic: i128 covers
//! every Go integer type and most untyped values; untyped integers beyond
//! it (`1 << 200`) are big integers, as Go's constants are exact.
//!
//! Untyped float constants are exact rationals: `Rat` while numerator and
//! denominator fit in i128, `BigRat` beyond (`1e300 * 1e300 / 1e300` is
//! exactly 1e300, as in Go). A float64 `Float` is exact too (a dyadic
//! rational), so arithmetic mixing them is exact; typed float constants are
//! rounded to their type after each operation, as types2 rounds them.
//!
//! Divergence: go/constant turns a rational whose parts exceed 4096 bits into
//! a 512-bit-mantissa float; gostack rounds it to the nearest float64 (so
//! such values become ±Inf or 0 beyond float64's range).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// types2's bound on constant shift counts (`1 << 1075` is invalid).
pub const SHIFT_BOUND: i128 = 1023 - 1 + 52;

/// types2's precision of untyped integer constants, in bits: a result
/// beyond it is a `constant ... overflow` error.
pub const INT_PREC: u64 = 512;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(i128),
    /// An untyped integer outside the i128 range (never a typed value:
    /// no Go integer type holds it).
    Big(BigInt),
    Float(f64),
    /// An exact rational (numerator, denominator > 0) for untyped float
    /// constants, so that `0.1 + 0.2 == 0.3` as in Go's exact arithmetic.
    Rat(i128, i128),
    /// A complex constant: its real and imaginary parts, each an exact
    /// real constant (`Int`, `Big`, `Rat`, `BigRat` or `Float`), so that
    /// complex constant arithmetic is exact as go/constant's is.
    Complex(Box<(ConstVal, ConstVal)>),
    Str(ConstStr),
    /// An exact rational beyond i128 (numerator, denominator > 0, reduced),
    /// for untyped float constants.
    BigRat(Box<(BigInt, BigInt)>),
}

/// types2's bound on the length of a string constant
/// (cmd/internal/obj.MaxSymSize): longer is `constant string too long`.
pub const MAX_STR_LEN: u64 = 2_000_000_000;

/// A string constant. Concatenation shares its operands instead of copying
/// them, as go/constant's stringVal does: a constant doubled 30 times is a
/// gigabyte long but 31 nodes, so types2's `constant string too long` is
/// reported without building it, and only a string the program uses as a
/// value is laid out in full.
#[derive(Clone)]
pub struct ConstStr(std::sync::Arc<StrNode>);

enum StrNode {
    Flat(Vec<u8>),
    /// Left, right and the total length.
    Cat(ConstStr, ConstStr, u64),
}

/// Concatenations up to this length are copied at once: short constants
/// stay flat, so only long ones are ropes.
const FLAT_CAT: u64 = 4096;

impl ConstStr {
    pub fn len(&self) -> u64 {
        match &*self.0 {
            StrNode::Flat(b) => b.len() as u64,
            StrNode::Cat(_, _, n) => *n,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `a + b`.
    pub fn concat(&self, b: &ConstStr) -> ConstStr {
        let n = self.len() + b.len();
        if n <= FLAT_CAT {
            let mut v = self.to_vec();
            v.extend_from_slice(&b.to_vec());
            return v.into();
        }
        ConstStr(std::sync::Arc::new(StrNode::Cat(self.clone(), b.clone(), n)))
    }

    /// The bytes, laid out (iteratively: a rope may be deep).
    pub fn to_vec(&self) -> Vec<u8> {
        if let StrNode::Flat(b) = &*self.0 {
            return b.clone();
        }
        let mut out = Vec::with_capacity(self.len() as usize);
        let mut todo = vec![self];
        while let Some(s) = todo.pop() {
            match &*s.0 {
                StrNode::Flat(b) => out.extend_from_slice(b),
                StrNode::Cat(l, r, _) => {
                    todo.push(r);
                    todo.push(l);
                }
            }
        }
        out
    }
}

impl From<Vec<u8>> for ConstStr {
    fn from(v: Vec<u8>) -> ConstStr {
        ConstStr(std::sync::Arc::new(StrNode::Flat(v)))
    }
}

impl PartialEq for ConstStr {
    fn eq(&self, o: &ConstStr) -> bool {
        if let (StrNode::Flat(a), StrNode::Flat(b)) = (&*self.0, &*o.0) {
            return a == b;
        }
        std::sync::Arc::ptr_eq(&self.0, &o.0) || self.len() == o.len() && self.to_vec() == o.to_vec()
    }
}

impl PartialOrd for ConstStr {
    fn partial_cmp(&self, o: &ConstStr) -> Option<std::cmp::Ordering> {
        Some(self.to_vec().cmp(&o.to_vec()))
    }
}

impl std::fmt::Debug for ConstStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.len() > FLAT_CAT {
            return write!(f, "<{} bytes>", self.len());
        }
        write!(f, "{:?}", String::from_utf8_lossy(&self.to_vec()))
    }
}

impl ConstVal {
    pub fn as_f64(&self) -> f64 {
        match self {
            ConstVal::Int(i) => *i as f64,
            ConstVal::Big(b) => b.to_f64().unwrap_or(if b.is_negative() { f64::NEG_INFINITY } else { f64::INFINITY }),
            ConstVal::Float(f) => *f,
            ConstVal::Rat(n, d) => rat_to_f64(*n, *d),
            ConstVal::BigRat(r) => big_rat_to_f64(&r.0, &r.1),
            ConstVal::Complex(c) => c.0.as_f64(),
            _ => 0.0,
        }
    }

    /// The value as an exact big rational (numerator, denominator > 0), if
    /// it is a finite number: integers, rationals and float64 values alike.
    pub fn as_big_rat(&self) -> Option<(BigInt, BigInt)> {
        match self {
            ConstVal::Int(i) => Some((BigInt::from(*i), BigInt::one())),
            ConstVal::Big(b) => Some((b.clone(), BigInt::one())),
            ConstVal::Rat(n, d) => Some((BigInt::from(*n), BigInt::from(*d))),
            ConstVal::BigRat(r) => Some((r.0.clone(), r.1.clone())),
            ConstVal::Float(f) => f64_to_big_rat(*f),
            _ => None,
        }
    }

    /// The value as an exact rational, if it is one.
    pub fn as_rat(&self) -> Option<(i128, i128)> {
        match self {
            ConstVal::Int(i) => Some((*i, 1)),
            ConstVal::Rat(n, d) => Some((*n, *d)),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i128> {
        match self {
            ConstVal::Int(i) => Some(*i),
            ConstVal::Float(f) if f.fract() == 0.0 && f.is_finite() => Some(*f as i128),
            ConstVal::Rat(n, d) if n % d == 0 => Some(n / d),
            ConstVal::Complex(c) if c.1.as_f64() == 0.0 => c.0.as_int(),
            _ => None,
        }
    }

    /// Go's rendering of a constant in error messages (`300`, `"x"`, `1.5`).
    pub fn render(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Big(b) => b.to_string(),
            // go/constant's String: an integer value in full, any other
            // with 6 significant digits (all of them when 6 would hide
            // that it is not an integer).
            ConstVal::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{f:.0}")
                } else {
                    let s = gostd::strconv::format_float(*f, b'g', 6, 64);
                    if f.fract() != 0.0 && !s.contains('.') && f.is_finite() {
                        gostd::strconv::format_float(*f, b'g', -1, 64)
                    } else {
                        s
                    }
                }
            }
            ConstVal::BigRat(r) if !self.as_f64().is_finite() || self.as_f64() == 0.0 => big_rat_render(&r.0, &r.1),
            ConstVal::Rat(..) | ConstVal::BigRat(_) => ConstVal::Float(self.as_f64()).render(),
            // Each part as a float constant ("(0 + 1e+40i)").
            ConstVal::Complex(c) => format!("({} + {}i)", c.0.render(), c.1.render()),
            ConstVal::Str(s) => gostd::strconv::quote(s.to_vec()),
        }
    }
}

impl ConstVal {
    /// The value as a big integer, if it is an integer.
    pub fn as_big(&self) -> Option<BigInt> {
        match self {
            ConstVal::Big(b) => Some(b.clone()),
            ConstVal::BigRat(r) if r.1.is_one() => Some(r.0.clone()),
            v => v.as_int().map(BigInt::from),
        }
    }

    /// An integer constant: `Int` when it fits an i128, else `Big`.
    pub fn from_big(b: BigInt) -> ConstVal {
        match b.to_i128() {
            Some(i) => ConstVal::Int(i),
            None => ConstVal::Big(b),
        }
    }
}

/// Exact integer arithmetic for operator `op` (`+ - * / % & | ^ &^ << >>`);
/// None for an operator that is not one of these. The caller checks
/// division by zero and shift counts.
pub fn big_int_op(op: &str, a: &BigInt, b: &BigInt) -> Option<ConstVal> {
    let shift = || b.to_usize().unwrap_or(usize::MAX);
    Some(ConstVal::from_big(match op {
        "+" => a + b,
        "-" => a - b,
        "*" => a * b,
        // Go truncates towards zero, as BigInt's / and % do.
        "/" => a / b,
        "%" => a % b,
        "&" => a & b,
        "|" => a | b,
        "^" => a ^ b,
        "&^" => a & !b,
        "<<" => a << shift(),
        ">>" => a >> shift(),
        _ => return None,
    }))
}

/// A float constant's value without a negative zero: constants are exact
/// (go/constant has no -0), so `-0.0` and `-1i * 1i`'s zero parts are +0.
pub fn exact_zero(f: f64) -> f64 {
    f + 0.0
}

impl ConstVal {
    /// A complex constant of two float64 parts (a typed complex value).
    pub fn complex_f64(re: f64, im: f64) -> ConstVal {
        ConstVal::Complex(Box::new((ConstVal::Float(re), ConstVal::Float(im))))
    }

    /// The real and imaginary parts of a numeric constant (a real one's
    /// imaginary part is 0).
    pub fn complex_parts(&self) -> (ConstVal, ConstVal) {
        match self {
            ConstVal::Complex(c) => (c.0.clone(), c.1.clone()),
            v => (v.clone(), ConstVal::Int(0)),
        }
    }

    /// The parts as float64 values.
    pub fn complex_f64_parts(&self) -> (f64, f64) {
        match self {
            ConstVal::Complex(c) => (c.0.as_f64(), c.1.as_f64()),
            v => (v.as_f64(), 0.0),
        }
    }

    /// `-v` for a real constant, exactly (no negative zero).
    pub fn neg_real(&self) -> ConstVal {
        match self {
            ConstVal::Int(i) => i.checked_neg().map(ConstVal::Int).unwrap_or_else(|| ConstVal::from_big(-BigInt::from(*i))),
            ConstVal::Big(b) => ConstVal::from_big(-b.clone()),
            ConstVal::Rat(n, d) => ConstVal::Rat(-n, *d),
            ConstVal::BigRat(r) => ConstVal::BigRat(Box::new((-r.0.clone(), r.1.clone()))),
            ConstVal::Float(f) => ConstVal::Float(exact_zero(-f)),
            v => v.clone(),
        }
    }
}

/// Exact real arithmetic (`+ - * /`) on two real constants through big
/// rationals; None when one is not finite (or the operator is another).
fn real_op(op: char, a: &ConstVal, b: &ConstVal) -> Option<ConstVal> {
    big_rat_op(op, a.as_big_rat()?, b.as_big_rat()?)
}

/// Complex constant arithmetic (`+ - * /`), exact as go/constant's; None
/// for another operator. The caller checks division by zero.
pub fn complex_op(op: char, x: &ConstVal, y: &ConstVal) -> Option<ConstVal> {
    if !matches!(op, '+' | '-' | '*' | '/') {
        return None;
    }
    let ((a, b), (c, d)) = (x.complex_parts(), y.complex_parts());
    let exact = || -> Option<(ConstVal, ConstVal)> {
        Some(match op {
            '+' => (real_op('+', &a, &c)?, real_op('+', &b, &d)?),
            '-' => (real_op('-', &a, &c)?, real_op('-', &b, &d)?),
            '*' => (
                real_op('-', &real_op('*', &a, &c)?, &real_op('*', &b, &d)?)?,
                real_op('+', &real_op('*', &a, &d)?, &real_op('*', &b, &c)?)?,
            ),
            _ => {
                let den = real_op('+', &real_op('*', &c, &c)?, &real_op('*', &d, &d)?)?;
                let re = real_op('+', &real_op('*', &a, &c)?, &real_op('*', &b, &d)?)?;
                let im = real_op('-', &real_op('*', &b, &c)?, &real_op('*', &a, &d)?)?;
                (real_op('/', &re, &den)?, real_op('/', &im, &den)?)
            }
        })
    };
    if let Some((re, im)) = exact() {
        return Some(ConstVal::Complex(Box::new((re, im))));
    }
    // A part beyond every float (±Inf): float64 arithmetic.
    let ((a, b), (c, d)) = (x.complex_f64_parts(), y.complex_f64_parts());
    let (re, im) = match op {
        '+' => (a + c, b + d),
        '-' => (a - c, b - d),
        '*' => (a * c - b * d, a * d + b * c),
        _ => {
            let den = c * c + d * d;
            ((a * c + b * d) / den, (b * c - a * d) / den)
        }
    };
    Some(ConstVal::complex_f64(exact_zero(re), exact_zero(im)))
}

/// Exact equality of two numeric constants' parts.
pub fn complex_eq(x: &ConstVal, y: &ConstVal) -> bool {
    let ((a, b), (c, d)) = (x.complex_parts(), y.complex_parts());
    let eq = |p: &ConstVal, q: &ConstVal| match (p.as_big_rat(), q.as_big_rat()) {
        (Some(p), Some(q)) => big_rat_cmp(&p, &q) == std::cmp::Ordering::Equal,
        _ => p.as_f64() == q.as_f64(),
    };
    eq(&a, &c) && eq(&b, &d)
}

/// `a && b` (`and`) or `a || b` on constant operands.
pub fn logical_op(and: bool, a: bool, b: bool) -> bool {
    if and {
        a && b
    } else {
        a || b
    }
}

/// Exact integer comparison.
pub fn big_cmp(a: &BigInt, b: &BigInt) -> std::cmp::Ordering {
    a.cmp(b)
}

/// Whether a big integer is zero.
pub fn big_is_zero(b: &BigInt) -> bool {
    b.is_zero()
}

/// Parses a Go integer literal (all bases, `_` separators).
pub fn parse_int_lit(raw: &str) -> Option<i128> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = s.strip_prefix("0b").or_else(|| s.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = s.strip_prefix("0o").or_else(|| s.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    i128::from_str_radix(&digits, radix).ok()
}

/// Parses an integer literal too big for i128.
pub fn parse_big_int_lit(raw: &str) -> Option<BigInt> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if s.len() > 1 && s.starts_with('0') {
        (s[1..].to_string(), 8)
    } else {
        (s, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The value of an imaginary literal's mantissa (`0xcafei`, `1.5e3i`).
/// An integer mantissa in a prefixed base is an integer; one of decimal
/// digits only is decimal even with a leading 0 (`017i` is 17i, the
/// spec's rule for backward compatibility); the rest are float literals.
pub fn parse_imag_lit(raw: &str) -> Option<f64> {
    let m = raw.strip_suffix('i')?;
    let lower = m.to_ascii_lowercase();
    let prefixed = ["0x", "0o", "0b"].iter().any(|p| lower.starts_with(p));
    let hex_float = lower.starts_with("0x") && lower.contains(['.', 'p']);
    if prefixed && !hex_float {
        return parse_big_int_lit(m).and_then(|b| b.to_f64());
    }
    parse_float_lit(m)
}

/// An imaginary literal's mantissa as an exact constant (see
/// [`parse_imag_lit`]).
pub fn parse_imag_exact(raw: &str) -> Option<ConstVal> {
    let m = raw.strip_suffix('i')?;
    let lower = m.to_ascii_lowercase();
    let prefixed = ["0x", "0o", "0b"].iter().any(|p| lower.starts_with(p));
    let hex_float = lower.starts_with("0x") && lower.contains(['.', 'p']);
    if prefixed && !hex_float {
        return parse_big_int_lit(m).map(ConstVal::from_big);
    }
    parse_float_rat(m)
}

pub fn parse_float_lit(raw: &str) -> Option<f64> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    match gostd::strconv::parse_float(s.as_bytes(), 64) {
        Ok(f) => Some(f),
        Err((f, _)) => Some(f),
    }
}

/// Decodes a rune literal `'x'`.
pub fn parse_rune_lit(raw: &str) -> Option<i128> {
    let (r, _, _) = gostd::strconv::unquote_char(&raw.as_bytes()[1..], b'\'').ok()?;
    Some(r as i128)
}

/// Decodes a string literal (interpreted or raw).
pub fn parse_string_lit(raw: &str) -> Option<Vec<u8>> {
    if raw.starts_with('`') {
        let inner = &raw[1..raw.len() - 1];
        return Some(inner.bytes().filter(|&b| b != b'\r').collect());
    }
    gostd::strconv::unquote(raw.as_bytes()).ok()
}

/// Bits beyond which a rational's parts are rounded to a float64
/// (go/constant's maxExp: it switches to a float there).
const MAX_RAT_BITS: u64 = 4096;

/// The exact rational value of a finite float64 (a dyadic rational).
pub fn f64_to_big_rat(f: f64) -> Option<(BigInt, BigInt)> {
    if !f.is_finite() {
        return None;
    }
    if f == 0.0 {
        return Some((BigInt::zero(), BigInt::one()));
    }
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // f = mant * 2^e
    let (mant, e) = if exp == 0 { (frac, -1074) } else { (frac | 1 << 52, exp - 1075) };
    let mut n = BigInt::from(mant);
    if neg {
        n = -n;
    }
    Some(if e >= 0 { (n << e as usize, BigInt::one()) } else { big_rat_norm(n, BigInt::one() << (-e) as usize) })
}

fn big_rat_norm(n: BigInt, d: BigInt) -> (BigInt, BigInt) {
    let g = n.gcd(&d);
    let (mut n, mut d) = if g.is_zero() || g.is_one() { (n, d) } else { (n / &g, d / &g) };
    if d.is_negative() {
        n = -n;
        d = -d;
    }
    (n, d)
}

/// A rational constant from big parts (d != 0): `Rat` when they fit an
/// i128 (an integer value is `Rat(n, 1)`: it stays a float constant),
/// `BigRat` beyond, the nearest float64 when the parts exceed
/// [`MAX_RAT_BITS`].
pub fn from_big_rat(n: BigInt, d: BigInt) -> ConstVal {
    let (n, d) = big_rat_norm(n, d);
    if let (Some(a), Some(b)) = (n.to_i128(), d.to_i128()) {
        return ConstVal::Rat(a, b);
    }
    if n.bits() > MAX_RAT_BITS || d.bits() > MAX_RAT_BITS {
        return ConstVal::Float(big_rat_to_f64(&n, &d));
    }
    ConstVal::BigRat(Box::new((n, d)))
}

/// Exact arithmetic on big rationals (`+ - * /`, b != 0 for `/`).
pub fn big_rat_op(op: char, (an, ad): (BigInt, BigInt), (bn, bd): (BigInt, BigInt)) -> Option<ConstVal> {
    Some(match op {
        '+' => from_big_rat(&an * &bd + &bn * &ad, ad * bd),
        '-' => from_big_rat(&an * &bd - &bn * &ad, ad * bd),
        '*' => from_big_rat(an * bn, ad * bd),
        '/' if !bn.is_zero() => from_big_rat(an * bd, ad * bn),
        _ => return None,
    })
}

/// Compares two big rationals (denominators > 0).
pub fn big_rat_cmp(a: &(BigInt, BigInt), b: &(BigInt, BigInt)) -> std::cmp::Ordering {
    (&a.0 * &b.1).cmp(&(&b.0 * &a.1))
}

/// The float64 nearest to n/d (d > 0): a quotient of at least 66
/// significant bits with a sticky bit, converted once.
pub fn big_rat_to_f64(n: &BigInt, d: &BigInt) -> f64 {
    if n.is_zero() {
        return 0.0;
    }
    let neg = n.is_negative();
    let num = n.abs();
    // e with 2^(e-1) <= num/d < 2^e.
    let mut e: i64 = num.bits() as i64 - d.bits() as i64;
    let at_least = |e: i64| if e >= 0 { num >= (d << e as usize) } else { (&num << (-e) as usize) >= *d };
    if at_least(e) {
        e += 1;
    }
    // The result is a multiple of 2^-shift: 53 significant bits for a
    // normal number, multiples of 2^-1074 below 2^-1022 (subnormals).
    // One rounding, half to even, of the exact quotient: rounding to 53
    // bits first and then to the subnormal's fewer would round twice
    // (2.2250738585072011e-308 is the largest subnormal, not the
    // smallest normal).
    let shift: i64 = if e > -1022 { 53 - e } else { 1074 };
    let (sn, sd) = if shift >= 0 { (num << shift as usize, d.clone()) } else { (num, d << (-shift) as usize) };
    let (q, r) = sn.div_rem(&sd);
    let twice: BigInt = r << 1usize;
    let round_up = match twice.cmp(&sd) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => q.is_odd(),
        std::cmp::Ordering::Less => false,
    };
    let q = if round_up { q + 1 } else { q };
    // q <= 2^53: exact as a float64; scaling it by powers of two in steps
    // stays exact down to the (representable) result, or overflows to +Inf.
    let mut f = q.to_u64().map(|q| q as f64).unwrap_or(f64::INFINITY);
    let mut e = -shift;
    while e > 0 && f.is_finite() {
        let k = e.min(1000);
        f *= 2f64.powi(k as i32);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(1000);
        f /= 2f64.powi(k as i32);
        e += k;
    }
    if neg {
        -f
    } else {
        f
    }
}

/// go/constant's approximate decimal form of a value out of float64's
/// range (floatVal.String): `%.6ge%+d` of mantissa and decimal exponent.
fn big_rat_render(n: &BigInt, d: &BigInt) -> String {
    if n.is_zero() {
        return "0".into();
    }
    // n/d = mant * 2^exp with 0.5 <= |mant| < 1.
    let mut exp = n.bits() as i64 - d.bits() as i64;
    let mant_of = |exp: i64| {
        if exp >= 0 {
            big_rat_to_f64(n, &(d << exp as usize))
        } else {
            big_rat_to_f64(&(n << (-exp) as usize), d)
        }
    };
    let mut m = mant_of(exp);
    if m.abs() >= 1.0 {
        exp += 1;
        m = mant_of(exp);
    } else if m.abs() < 0.5 {
        exp -= 1;
        m = mant_of(exp);
    }
    let dexp = exp as f64 * (std::f64::consts::LN_2 / std::f64::consts::LN_10);
    let mut e = dexp as i64;
    m *= 10f64.powf(dexp - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", gostd::strconv::format_float(m, b'g', 6, 64), e)
}

/// The float64 nearest to n/d (d > 0), correctly rounded.
pub fn rat_to_f64(n: i128, d: i128) -> f64 {
    if n.unsigned_abs() < (1u128 << 53) && d < (1i128 << 53) {
        // Both exact: one correctly rounded division.
        return n as f64 / d as f64;
    }
    big_rat_to_f64(&BigInt::from(n), &BigInt::from(d))
}

/// Whether a decimal float literal (or an imaginary literal's decimal
/// mantissa) is beyond what go/constant represents: its value's binary
/// exponent must fit big.Float's int32 exponent, or gc reports
/// "malformed constant" (a tiny one underflows to zero instead).
pub fn float_lit_malformed(raw: &str) -> bool {
    let s: String = raw.trim_end_matches('i').chars().filter(|&c| c != '_').collect();
    if s.starts_with("0x") || s.starts_with("0X") {
        return false;
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap_or(0)),
        None => (&s[..], 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = format!("{ip}{fp}");
    let Some(first) = digits.find(|c: char| c != '0') else { return false };
    // value = 0.d1d2d3... × 10^(len(ip) - first + exp)
    let lead: f64 = format!("0.{}", &digits[first..digits.len().min(first + 17)]).parse().unwrap_or(0.1);
    let dec = ip.len() as i64 - first as i64 + exp;
    let log2 = lead.log2() + dec as f64 * std::f64::consts::LOG2_10;
    let e2 = log2.floor() + 1.0;
    e2 >= f64::from(i32::MAX)
}

/// Parses a decimal float literal exactly, when it fits an i128 rational.
pub fn parse_float_rat(raw: &str) -> Option<ConstVal> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    if let Some(h) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        // A hexadecimal float: hex mantissa times a power of two, exact
        // (0x1p-1075*3 is 1.5 times the smallest subnormal, not 0*3).
        let (mant, exp) = match h.find(['p', 'P']) {
            Some(i) => (&h[..i], h[i + 1..].parse::<i32>().ok()?),
            None => (h, 0),
        };
        let (ip, fp) = match mant.find('.') {
            Some(i) => (&mant[..i], &mant[i + 1..]),
            None => (mant, ""),
        };
        let digits = format!("{ip}{fp}");
        let digits = digits.trim_start_matches('0');
        let n = if digits.is_empty() { BigInt::zero() } else { BigInt::parse_bytes(digits.as_bytes(), 16)? };
        let e = exp.checked_sub(4 * fp.len() as i32)?;
        if e.abs() > 4000 {
            return None;
        }
        let p = BigInt::one() << e.unsigned_abs() as usize;
        return Some(if e >= 0 { from_big_rat(n * p, BigInt::one()) } else { from_big_rat(n, p) });
    }
    let (mant, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().ok()?),
        None => (&s[..], 0),
    };
    let (ip, fp) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let digits = format!("{ip}{fp}");
    let digits = digits.trim_start_matches('0');
    let n: BigInt = if digits.is_empty() { BigInt::zero() } else { digits.parse().ok()? };
    let e = exp.checked_sub(fp.len() as i32)?;
    // (10^1300 is past MAX_RAT_BITS: such a literal is a float64 anyway.)
    if e.abs() > 1300 {
        return None;
    }
    let p = num_traits::pow(BigInt::from(10), e.unsigned_abs() as usize);
    Some(if e >= 0 { from_big_rat(n * p, BigInt::one()) } else { from_big_rat(n, p) })
}
