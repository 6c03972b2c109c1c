//! Compile-time constant values with exact integer arithmetic: i128 covers
//! every Go integer type and most untyped values; untyped integers beyond
//! it (`1 << 200`) are big integers, as Go's constants are exact.
//!
//! Divergence: untyped float constants are exact rationals only while
//! numerator and denominator fit in i128; beyond that they are float64
//! (go/constant keeps big rationals and floats of 512-bit precision).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

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
    Complex(f64, f64),
    Str(Vec<u8>),
}

impl ConstVal {
    pub fn as_f64(&self) -> f64 {
        match self {
            ConstVal::Int(i) => *i as f64,
            ConstVal::Big(b) => b.to_f64().unwrap_or(if b.is_negative() { f64::NEG_INFINITY } else { f64::INFINITY }),
            ConstVal::Float(f) => *f,
            ConstVal::Rat(n, d) => rat_to_f64(*n, *d),
            ConstVal::Complex(r, _) => *r,
            _ => 0.0,
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
            ConstVal::Complex(r, i) if *i == 0.0 && r.fract() == 0.0 => Some(*r as i128),
            _ => None,
        }
    }

    /// Go's rendering of a constant in error messages (`300`, `"x"`, `1.5`).
    pub fn render(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Big(b) => b.to_string(),
            ConstVal::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{f:.0}")
                } else {
                    gostd::strconv::format_float(*f, b'g', -1, 64)
                }
            }
            ConstVal::Rat(..) => ConstVal::Float(self.as_f64()).render(),
            ConstVal::Complex(r, i) => format!("({} + {}i)", r, i),
            ConstVal::Str(s) => gostd::strconv::quote(s),
        }
    }
}

impl ConstVal {
    /// The value as a big integer, if it is an integer.
    pub fn as_big(&self) -> Option<BigInt> {
        match self {
            ConstVal::Big(b) => Some(b.clone()),
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

/// Complex constant arithmetic (`+ - * /`); None for another operator.
/// The caller checks division by zero.
pub fn complex_op(op: char, (a, b): (f64, f64), (c, d): (f64, f64)) -> Option<ConstVal> {
    let (re, im) = match op {
        '+' => (a + c, b + d),
        '-' => (a - c, b - d),
        '*' => (a * c - b * d, a * d + b * c),
        '/' => {
            let den = c * c + d * d;
            ((a * c + b * d) / den, (b * c - a * d) / den)
        }
        _ => return None,
    };
    Some(ConstVal::Complex(exact_zero(re), exact_zero(im)))
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

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a.max(1)
}

/// A normalised rational, or None if it doesn't fit.
pub fn rat(n: i128, d: i128) -> Option<ConstVal> {
    if d == 0 {
        return None;
    }
    let g = gcd(n, d);
    let (mut n, mut d) = (n / g, d / g);
    if d < 0 {
        n = n.checked_neg()?;
        d = d.checked_neg()?;
    }
    Some(if d == 1 { ConstVal::Int(n) } else { ConstVal::Rat(n, d) })
}

/// Exact arithmetic on rationals; None on overflow (callers fall back to f64).
pub fn rat_op(op: char, a: (i128, i128), b: (i128, i128)) -> Option<ConstVal> {
    let (an, ad) = a;
    let (bn, bd) = b;
    match op {
        '+' => rat(an.checked_mul(bd)?.checked_add(bn.checked_mul(ad)?)?, ad.checked_mul(bd)?),
        '-' => rat(an.checked_mul(bd)?.checked_sub(bn.checked_mul(ad)?)?, ad.checked_mul(bd)?),
        '*' => rat(an.checked_mul(bn)?, ad.checked_mul(bd)?),
        '/' => rat(an.checked_mul(bd)?, ad.checked_mul(bn)?),
        _ => None,
    }
}

/// Compares two rationals: Some(ordering) unless overflow.
pub fn rat_cmp(a: (i128, i128), b: (i128, i128)) -> Option<std::cmp::Ordering> {
    Some(a.0.checked_mul(b.1)?.cmp(&b.0.checked_mul(a.1)?))
}

/// The float64 nearest to n/d (correctly rounded via a decimal expansion).
pub fn rat_to_f64(n: i128, d: i128) -> f64 {
    if n.unsigned_abs() < (1u128 << 53) && d < (1i128 << 53) {
        return n as f64 / d as f64;
    }
    // Long division to 40 significant digits, then Rust's exact parser.
    let neg = n < 0;
    let mut num = n.unsigned_abs();
    let den = d.unsigned_abs();
    let int = num / den;
    num %= den;
    let mut s = format!("{}{}.", if neg { "-" } else { "" }, int);
    for _ in 0..40 {
        num = match num.checked_mul(10) {
            Some(v) => v,
            None => break,
        };
        s.push(char::from(b'0' + (num / den) as u8));
        num %= den;
    }
    s.parse().unwrap_or(n as f64 / d as f64)
}

/// Parses a decimal float literal exactly, when it fits an i128 rational.
pub fn parse_float_rat(raw: &str) -> Option<ConstVal> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    if s.starts_with("0x") || s.starts_with("0X") {
        return None;
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
    let n: i128 = if digits.is_empty() { 0 } else { digits.parse().ok()? };
    let e = exp - fp.len() as i32;
    if e.abs() > 30 {
        return None;
    }
    let p = 10i128.checked_pow(e.unsigned_abs())?;
    if e >= 0 {
        rat(n.checked_mul(p)?, 1).map(|v| match v {
            ConstVal::Int(i) => ConstVal::Rat(i, 1),
            v => v,
        })
    } else {
        rat(n, p).map(|v| match v {
            ConstVal::Int(i) => ConstVal::Rat(i, 1),
            v => v,
        })
    }
}
