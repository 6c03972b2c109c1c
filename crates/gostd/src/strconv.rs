//! Go's `strconv` package: integer and float formatting/parsing, quoting.
//!
//! Float digit generation builds on Rust's formatter (`{:e}` gives the
//! shortest round-trip digits, `{:.N}`/`{:.Ne}` correctly rounded fixed digits
//! with round-half-even on exact ties, as Go does); the layout logic
//! (`fmtEFG`, `%b`, `%x`) is a direct port of Go's `ftoa.go`.

use crate::tables;
use crate::unicode::in_ranges;
use crate::utf8;
use std::fmt as sfmt;

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";
const UPPERHEX: &[u8; 16] = b"0123456789ABCDEF";
const DIGITS36: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// `strconv.IntSize`: gostack models a 64-bit platform.
pub const INT_SIZE: u32 = 64;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// The `Err` field of a Go `*strconv.NumError`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumErrKind {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// "invalid base N".
    Base(i64),
    /// "invalid bit size N".
    BitSize(i64),
}

impl sfmt::Display for NumErrKind {
    fn fmt(&self, f: &mut sfmt::Formatter<'_>) -> sfmt::Result {
        match self {
            NumErrKind::Syntax => f.write_str("invalid syntax"),
            NumErrKind::Range => f.write_str("value out of range"),
            NumErrKind::Base(b) => write!(f, "invalid base {b}"),
            NumErrKind::BitSize(b) => write!(f, "invalid bit size {b}"),
        }
    }
}

/// Models Go's `*strconv.NumError`. `Display` matches `(*NumError).Error()`:
/// `strconv.Atoi: parsing "x": invalid syntax`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    /// The failing function: "ParseBool", "ParseInt", "ParseUint", "ParseFloat", "Atoi", ...
    pub func: &'static str,
    /// The input (raw bytes of the Go string).
    pub num: Vec<u8>,
    /// The reason.
    pub err: NumErrKind,
}

impl sfmt::Display for NumError {
    fn fmt(&self, f: &mut sfmt::Formatter<'_>) -> sfmt::Result {
        write!(f, "strconv.{}: parsing {}: {}", self.func, quote(&self.num), self.err)
    }
}

impl std::error::Error for NumError {}

fn num_err(func: &'static str, s: &[u8], err: NumErrKind) -> NumError {
    NumError { func, num: s.to_vec(), err }
}

// ---------------------------------------------------------------------------
// Integer formatting
// ---------------------------------------------------------------------------

/// Models Go's `strconv.FormatUint(i, base)`. Panics (like Go) if base is not in 2..=36.
pub fn format_uint(i: u64, base: u32) -> String {
    assert!((2..=36).contains(&base), "strconv: illegal AppendInt/FormatInt base");
    if i == 0 {
        return "0".to_string();
    }
    let mut buf = [0u8; 64];
    let mut p = buf.len();
    let mut u = i;
    let b = base as u64;
    while u > 0 {
        p -= 1;
        buf[p] = DIGITS36[(u % b) as usize];
        u /= b;
    }
    String::from_utf8(buf[p..].to_vec()).unwrap()
}

/// Models Go's `strconv.FormatInt(i, base)`. Panics (like Go) if base is not in 2..=36.
pub fn format_int(i: i64, base: u32) -> String {
    if i < 0 {
        let mut s = String::from("-");
        s.push_str(&format_uint(i.unsigned_abs(), base));
        s
    } else {
        format_uint(i as u64, base)
    }
}

/// Models Go's `strconv.Itoa`.
pub fn itoa(i: i64) -> String {
    format_int(i, 10)
}

/// Models Go's `strconv.FormatBool`.
pub fn format_bool(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

// ---------------------------------------------------------------------------
// Float formatting
// ---------------------------------------------------------------------------

/// Decimal digits `0.d1d2d3... * 10^dp` (ASCII digits, no trailing zeros).
struct Digits {
    d: Vec<u8>,
    dp: i32,
}

/// Parse Rust's `{:e}` / `{:.Ne}` output of a non-negative finite value.
fn digits_from_exp(s: &str) -> Digits {
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i32 = exp.parse().unwrap();
    let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        return Digits { d, dp: 0 };
    }
    // Rust never emits a leading zero for a nonzero value in {:e}.
    Digits { d, dp: exp + 1 }
}

/// Parse Rust's `{:.N}` output of a non-negative finite value.
fn digits_from_fixed(s: &str) -> Digits {
    let int_len = s.find('.').unwrap_or(s.len()) as i32;
    let mut d: Vec<u8> = s.bytes().filter(|c| c.is_ascii_digit()).collect();
    let mut dp = int_len;
    let lead = d.iter().take_while(|&&c| c == b'0').count();
    d.drain(..lead);
    dp -= lead as i32;
    while d.last() == Some(&b'0') {
        d.pop();
    }
    if d.is_empty() {
        dp = 0;
    }
    Digits { d, dp }
}

/// The shortest digits that read back as `a` (non-negative, finite, not
/// 0), as Go's ryuFtoaShortest picks them: Rust's `{:e}` gives the
/// shortest length, and of the numbers of that length Go takes the one
/// nearest the exact value (a tie goes to the even digit: 2^50 + 0.25
/// prints `...802.2`, where Rust's shortest prints `...802.3`). The
/// correctly rounded digits of that length are used when they also read
/// back as `a`.
fn shortest_digits(a: f64, is32: bool) -> Digits {
    let af = a as f32;
    let s = if is32 { format!("{:e}", af) } else { format!("{:e}", a) };
    let (mant, _) = s.split_once('e').expect("exponent form");
    let nd = mant.bytes().filter(|c| c.is_ascii_digit()).count();
    let q = nd.saturating_sub(1);
    let near = if is32 { format!("{:.*e}", q, af) } else { format!("{:.*e}", q, a) };
    if near != s {
        let back = if is32 { near.parse::<f32>().ok().map(|x| x == af) } else { near.parse::<f64>().ok().map(|x| x == a) };
        if back == Some(true) {
            return digits_from_exp(&near);
        }
    }
    digits_from_exp(&s)
}

/// Models Go's `strconv.FormatFloat(f, fmt, prec, bitSize)`.
///
/// `fmt` is one of `b'b' b'e' b'E' b'f' b'g' b'G' b'x' b'X'`; `prec` -1 means
/// shortest round-trip; `bit_size` is 32 or 64 (with 32, `f` is first rounded to
/// `float32`). Unknown formats produce `%` followed by the format byte, as in Go.
/// Panics (like Go) for other bit sizes.
pub fn format_float(f: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let mut out = Vec::new();
    append_float(&mut out, f, fmt, prec, bit_size);
    String::from_utf8(out).unwrap()
}

/// Models Go's `strconv.AppendFloat`: like [`format_float`], appending to `out`.
pub fn append_float(out: &mut Vec<u8>, f: f64, fmt: u8, prec: i32, bit_size: u32) {
    let (bits, mant_bits, exp_bits, bias): (u64, u32, u32, i32) = match bit_size {
        32 => ((f as f32).to_bits() as u64, 23, 8, -127),
        64 => (f.to_bits(), 52, 11, -1023),
        _ => panic!("strconv: illegal AppendFloat/FormatFloat bitSize"),
    };
    let neg = bits >> (exp_bits + mant_bits) != 0;
    let mut exp = ((bits >> mant_bits) & ((1 << exp_bits) - 1)) as i32;
    let mut mant = bits & ((1u64 << mant_bits) - 1);
    if exp == (1 << exp_bits) - 1 {
        out.extend_from_slice(if mant != 0 {
            b"NaN"
        } else if neg {
            b"-Inf"
        } else {
            b"+Inf"
        });
        return;
    }
    if exp == 0 {
        exp += 1;
    } else {
        mant |= 1u64 << mant_bits;
    }
    exp += bias;

    if fmt == b'b' {
        fmt_b(out, neg, mant, exp - mant_bits as i32);
        return;
    }
    if fmt == b'x' || fmt == b'X' {
        fmt_x(out, prec, fmt, neg, mant, exp, mant_bits);
        return;
    }
    if mant == 0 {
        fmt_efg(out, neg, &Digits { d: vec![], dp: 0 }, prec, fmt, prec < 0);
        return;
    }
    let is32 = bit_size == 32;
    let a = f.abs();
    let af = a as f32;
    if prec < 0 {
        let digs = shortest_digits(a, is32);
        let nd = digs.d.len() as i32;
        let prec = match fmt {
            b'e' | b'E' => (nd - 1).max(0),
            b'f' => (nd - digs.dp).max(0),
            b'g' | b'G' => nd,
            _ => prec,
        };
        fmt_efg(out, neg, &digs, prec, fmt, true);
        return;
    }
    let mut prec = prec;
    // Rust's formatter takes precisions up to 65535 only. A float64's exact
    // decimal expansion has at most 1074 digits after the point (767
    // significant): beyond that every digit is 0, which fmt_efg pads.
    const EXACT: usize = 1100;
    let p = (prec as usize).min(EXACT);
    let digs = match fmt {
        b'e' | b'E' => {
            let s = if is32 { format!("{:.*e}", p, af) } else { format!("{:.*e}", p, a) };
            digits_from_exp(&s)
        }
        b'f' => {
            let s = if is32 { format!("{:.*}", p, af) } else { format!("{:.*}", p, a) };
            digits_from_fixed(&s)
        }
        b'g' | b'G' => {
            if prec == 0 {
                prec = 1;
            }
            let q = ((prec - 1) as usize).min(EXACT);
            let s = if is32 { format!("{:.*e}", q, af) } else { format!("{:.*e}", q, a) };
            digits_from_exp(&s)
        }
        _ => {
            let s = if is32 { format!("{:.0e}", af) } else { format!("{:.0e}", a) };
            digits_from_exp(&s)
        }
    };
    fmt_efg(out, neg, &digs, prec, fmt, false);
}

fn fmt_efg(dst: &mut Vec<u8>, neg: bool, digs: &Digits, prec: i32, fmt: u8, shortest: bool) {
    let s = &digs.d;
    let dp = digs.dp;
    let nd = s.len() as i32;
    let mut prec = prec;
    let mut fmt = fmt;
    if fmt == b'g' || fmt == b'G' {
        let mut eprec = prec;
        if eprec > nd && nd >= dp {
            eprec = nd;
        }
        if shortest {
            eprec = 6;
        }
        let exp = dp - 1;
        if exp < -4 || exp >= eprec {
            if prec > nd {
                prec = nd;
            }
            prec -= 1;
            fmt = fmt + b'e' - b'g';
        } else {
            if prec > dp {
                prec = nd;
            }
            prec = (prec - dp).max(0);
            fmt = b'f';
        }
    }
    match fmt {
        b'e' | b'E' => {
            if neg {
                dst.push(b'-');
            }
            dst.push(if nd != 0 { s[0] } else { b'0' });
            if prec > 0 {
                dst.push(b'.');
                let mut i = 1;
                let m = nd.min(prec + 1);
                if i < m {
                    dst.extend_from_slice(&s[i as usize..m as usize]);
                    i = m;
                }
                for _ in 0..(prec + 1 - i) {
                    dst.push(b'0');
                }
            }
            dst.push(fmt);
            let mut exp = dp - 1;
            if nd == 0 {
                exp = 0;
            }
            if exp < 0 {
                dst.push(b'-');
                exp = -exp;
            } else {
                dst.push(b'+');
            }
            if exp < 10 {
                dst.push(b'0');
                dst.push(b'0' + exp as u8);
            } else if exp < 100 {
                dst.push(b'0' + (exp / 10) as u8);
                dst.push(b'0' + (exp % 10) as u8);
            } else {
                dst.push(b'0' + (exp / 100) as u8);
                dst.push(b'0' + (exp / 10 % 10) as u8);
                dst.push(b'0' + (exp % 10) as u8);
            }
        }
        b'f' => {
            if neg {
                dst.push(b'-');
            }
            if dp > 0 {
                let m = nd.min(dp);
                dst.extend_from_slice(&s[..m as usize]);
                for _ in 0..(dp - m) {
                    dst.push(b'0');
                }
            } else {
                dst.push(b'0');
            }
            if prec > 0 {
                dst.push(b'.');
                let lz = prec.min((-dp).max(0));
                let off = dp + lz;
                let m = (prec - lz).min((nd - off).max(0));
                let tz = (prec - lz - m).max(0);
                for _ in 0..lz {
                    dst.push(b'0');
                }
                for i in 0..m {
                    dst.push(s[(off + i) as usize]);
                }
                for _ in 0..tz {
                    dst.push(b'0');
                }
            }
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i32) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(format_uint(mant, 10).as_bytes());
    dst.push(b'p');
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(format_int(exp as i64, 10).as_bytes());
}

fn fmt_x(dst: &mut Vec<u8>, prec: i32, fmt: u8, neg: bool, mant: u64, exp: i32, mant_bits: u32) {
    let mut mant = mant;
    let mut exp = exp;
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mant_bits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1u64 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex = if fmt == b'X' { UPPERHEX } else { LOWERHEX };
    if neg {
        dst.push(b'-');
    }
    dst.push(b'0');
    dst.push(fmt);
    dst.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.push(b'0' + (exp / 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else if exp < 1000 {
        dst.push(b'0' + (exp / 100) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    } else {
        dst.push(b'0' + (exp / 1000) as u8);
        dst.push(b'0' + (exp / 100 % 10) as u8);
        dst.push(b'0' + (exp / 10 % 10) as u8);
        dst.push(b'0' + (exp % 10) as u8);
    }
}

/// Models Go's `strconv.FormatComplex(c, fmt, prec, bitSize)` with `bit_size` 64 or 128:
/// `(re+imi)`.
pub fn format_complex(re: f64, im: f64, fmt: u8, prec: i32, bit_size: u32) -> String {
    let bs = match bit_size {
        64 => 32,
        128 => 64,
        _ => panic!("invalid bitSize"),
    };
    let mut out = String::from("(");
    out.push_str(&format_float(re, fmt, prec, bs));
    let im_s = format_float(im, fmt, prec, bs);
    if !im_s.starts_with('+') && !im_s.starts_with('-') {
        out.push('+');
    }
    out.push_str(&im_s);
    out.push_str("i)");
    out
}

// ---------------------------------------------------------------------------
// Integer parsing
// ---------------------------------------------------------------------------

fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

fn underscore_ok(s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    let mut s = s;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            i += 1;
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            i += 1;
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
        i += 1;
    }
    saw != b'_'
}

/// Internal ParseUint returning the bare error kind and the value Go returns alongside it.
fn parse_uint_raw(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumErrKind>) {
    if s.is_empty() {
        return (0, Some(NumErrKind::Syntax));
    }
    let base0 = base == 0;
    let s0 = s;
    let mut s = s;
    let mut base = base;
    if (2..=36).contains(&base) {
    } else if base == 0 {
        base = 10;
        if s[0] == b'0' {
            if s.len() >= 3 && lower(s[1]) == b'b' {
                base = 2;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'o' {
                base = 8;
                s = &s[2..];
            } else if s.len() >= 3 && lower(s[1]) == b'x' {
                base = 16;
                s = &s[2..];
            } else {
                base = 8;
                s = &s[1..];
            }
        }
    } else {
        return (0, Some(NumErrKind::Base(base)));
    }
    let bit_size = if bit_size == 0 {
        INT_SIZE as i64
    } else if !(0..=64).contains(&bit_size) {
        return (0, Some(NumErrKind::BitSize(bit_size)));
    } else {
        bit_size
    };
    let cutoff = u64::MAX / base as u64 + 1;
    let max_val: u64 = if bit_size == 64 { u64::MAX } else { (1u64 << bit_size) - 1 };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = if c == b'_' && base0 {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if lower(c).is_ascii_lowercase() {
            lower(c) - b'a' + 10
        } else {
            return (0, Some(NumErrKind::Syntax));
        };
        if d as i64 >= base {
            return (0, Some(NumErrKind::Syntax));
        }
        if n >= cutoff {
            return (max_val, Some(NumErrKind::Range));
        }
        n *= base as u64;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return (max_val, Some(NumErrKind::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(NumErrKind::Syntax));
    }
    (n, None)
}

fn parse_int_raw(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumErrKind>) {
    if s.is_empty() {
        return (0, Some(NumErrKind::Syntax));
    }
    let mut neg = false;
    let mut t = s;
    if s[0] == b'+' {
        t = &s[1..];
    } else if s[0] == b'-' {
        t = &s[1..];
        neg = true;
    }
    let (un, err) = parse_uint_raw(t, base, bit_size);
    if let Some(e) = &err {
        if *e != NumErrKind::Range {
            return (0, err);
        }
    }
    let bit_size = if bit_size == 0 { INT_SIZE as i64 } else { bit_size };
    let cutoff: u64 = 1u64 << (bit_size - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(NumErrKind::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(NumErrKind::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// Models Go's `strconv.ParseUint(s, base, bitSize)`. On error, `Err` carries the
/// [`NumError`] and the value Go returns with it (max value for range errors, else 0).
pub fn parse_uint(s: impl AsRef<[u8]>, base: i64, bit_size: i64) -> Result<u64, (u64, NumError)> {
    let s = s.as_ref();
    match parse_uint_raw(s, base, bit_size) {
        (v, None) => Ok(v),
        (v, Some(e)) => Err((v, num_err("ParseUint", s, e))),
    }
}

/// Models Go's `strconv.ParseInt(s, base, bitSize)`. On error, `Err` carries the
/// [`NumError`] and the value Go returns with it (clamped value for range errors, else 0).
pub fn parse_int(s: impl AsRef<[u8]>, base: i64, bit_size: i64) -> Result<i64, (i64, NumError)> {
    let s = s.as_ref();
    match parse_int_raw(s, base, bit_size) {
        (v, None) => Ok(v),
        (v, Some(e)) => Err((v, num_err("ParseInt", s, e))),
    }
}

/// Models Go's `strconv.Atoi(s)` (64-bit int); errors report func "Atoi".
pub fn atoi(s: impl AsRef<[u8]>) -> Result<i64, (i64, NumError)> {
    let s = s.as_ref();
    match parse_int_raw(s, 10, 0) {
        (v, None) => Ok(v),
        (v, Some(e)) => Err((v, num_err("Atoi", s, e))),
    }
}

/// Models Go's `strconv.ParseBool`: accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
pub fn parse_bool(s: impl AsRef<[u8]>) -> Result<bool, NumError> {
    let s = s.as_ref();
    match s {
        b"1" | b"t" | b"T" | b"TRUE" | b"true" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"FALSE" | b"false" | b"False" => Ok(false),
        _ => Err(num_err("ParseBool", s, NumErrKind::Syntax)),
    }
}

// ---------------------------------------------------------------------------
// Float parsing
// ---------------------------------------------------------------------------

fn common_prefix_len_ignore_case(s: &[u8], prefix: &[u8]) -> usize {
    let n = s.len().min(prefix.len());
    for i in 0..n {
        let mut c = s[i];
        if c.is_ascii_uppercase() {
            c += b'a' - b'A';
        }
        if c != prefix[i] {
            return i;
        }
    }
    n
}

fn special(s: &[u8]) -> Option<(f64, usize)> {
    if s.is_empty() {
        return None;
    }
    let mut sign = 1.0;
    let mut nsign = 0;
    let mut t = s;
    match s[0] {
        b'+' | b'-' | b'i' | b'I' => {
            if s[0] == b'+' || s[0] == b'-' {
                if s[0] == b'-' {
                    sign = -1.0;
                }
                nsign = 1;
                t = &s[1..];
            }
            let mut n = common_prefix_len_ignore_case(t, b"infinity");
            if 3 < n && n < 8 {
                n = 3;
            }
            if n == 3 || n == 8 {
                return Some((sign * f64::INFINITY, nsign + n));
            }
        }
        b'n' | b'N' if common_prefix_len_ignore_case(s, b"nan") == 3 => {
            return Some((f64::NAN, 3));
        }
        _ => {}
    }
    None
}

struct ReadFloat {
    mantissa: u64,
    exp: i32,
    neg: bool,
    trunc: bool,
    hex: bool,
    n: usize,
}

fn read_float(s: &[u8]) -> Result<ReadFloat, usize> {
    let mut underscores = false;
    let mut i = 0;
    let mut r = ReadFloat { mantissa: 0, exp: 0, neg: false, trunc: false, hex: false, n: 0 };
    if s.is_empty() {
        return Err(0);
    }
    if s[0] == b'+' {
        i += 1;
    } else if s[0] == b'-' {
        i += 1;
        r.neg = true;
    }
    let mut base: u64 = 10;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        r.hex = true;
    }
    let mut sawdot = false;
    let mut sawdigits = false;
    let mut nd: i32 = 0;
    let mut nd_mant: i32 = 0;
    let mut dp: i32 = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                dp -= 1;
                i += 1;
                continue;
            }
            nd += 1;
            if nd_mant < max_mant_digits {
                r.mantissa = r.mantissa * base + (c - b'0') as u64;
                nd_mant += 1;
            } else if c != b'0' {
                r.trunc = true;
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                r.mantissa = r.mantissa * 16 + (lower(c) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                r.trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return Err(i);
    }
    if !sawdot {
        dp = nd;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return Err(i);
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return Err(i);
        }
        let mut e: i32 = 0;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                e = e * 10 + (s[i] - b'0') as i32;
            }
            i += 1;
        }
        dp += e * esign;
    } else if base == 16 {
        return Err(i);
    }
    if r.mantissa != 0 {
        r.exp = dp - nd_mant;
    }
    if underscores && !underscore_ok(&s[..i]) {
        return Err(i);
    }
    r.n = i;
    Ok(r)
}

fn atof_hex(bit32: bool, mantissa: u64, exp: i32, neg: bool, trunc: bool) -> (f64, bool) {
    let (mantbits, expbits, bias): (u32, u32, i32) = if bit32 { (23, 8, -127) } else { (52, 11, -1023) };
    let max_exp = (1 << expbits) + bias - 2;
    let min_exp = bias + 1;
    let mut mantissa = mantissa;
    let mut exp = exp + mantbits as i32;
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = mantissa >> 1 | mantissa & 1;
        exp += 1;
    }
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        exp = bias;
    }
    let mut range = false;
    if exp > max_exp {
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        range = true;
    }
    let mut bits = mantissa & ((1u64 << mantbits) - 1);
    bits |= (((exp - bias) & ((1 << expbits) - 1)) as u64) << mantbits;
    if neg {
        bits |= 1u64 << mantbits << expbits;
    }
    let v = if bit32 { f32::from_bits(bits as u32) as f64 } else { f64::from_bits(bits) };
    (v, range)
}

fn parse_float_prefix(s: &[u8], bit_size: i64) -> (f64, usize, Option<NumErrKind>) {
    let bit32 = bit_size == 32;
    if let Some((v, n)) = special(s) {
        if v.is_nan() {
            // Go's math.NaN() is 0x7FF8000000000001; via float32 it becomes 0x7FF8000000000000.
            let nan = if bit32 { f32::NAN as f64 } else { f64::from_bits(0x7FF8_0000_0000_0001) };
            return (nan, n, None);
        }
        return (v, n, None);
    }
    let r = match read_float(s) {
        Ok(r) => r,
        Err(n) => return (0.0, n, Some(NumErrKind::Syntax)),
    };
    if r.hex {
        let (v, range) = atof_hex(bit32, r.mantissa, r.exp, r.neg, r.trunc);
        return (v, r.n, if range { Some(NumErrKind::Range) } else { None });
    }
    let clean: String = s[..r.n].iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
    let v = if bit32 { clean.parse::<f32>().map(|v| v as f64) } else { clean.parse::<f64>() };
    match v {
        Ok(v) if v.is_infinite() => (v, r.n, Some(NumErrKind::Range)),
        Ok(v) => (v, r.n, None),
        Err(_) => (0.0, r.n, Some(NumErrKind::Syntax)),
    }
}

/// Models Go's `strconv.ParseFloat(s, bitSize)` (bitSize 32 rounds to float32;
/// anything else means 64). Accepts Go syntax: decimal and hex (`0x1.8p3`) forms,
/// `_` separators only where Go allows them, "inf"/"infinity"/"nan" in any case
/// (infinities with optional sign). Out-of-range values give `Err` with ±Inf.
pub fn parse_float(s: impl AsRef<[u8]>, bit_size: i64) -> Result<f64, (f64, NumError)> {
    let s = s.as_ref();
    let (v, n, err) = parse_float_prefix(s, bit_size);
    if n != s.len() {
        return Err((0.0, num_err("ParseFloat", s, NumErrKind::Syntax)));
    }
    match err {
        None => Ok(v),
        Some(NumErrKind::Syntax) => Err((0.0, num_err("ParseFloat", s, NumErrKind::Syntax))),
        Some(e) => Err((v, num_err("ParseFloat", s, e))),
    }
}

/// Models Go's `strconv.ParseComplex(s, bitSize)` (`bit_size` 64 = complex64 with
/// float32 parts, anything else complex128): forms `N`, `Ni`, `N±Ni`, optionally
/// parenthesized. Returns `(re, im)`; on error also the value Go returns with it
/// (±Inf parts for range errors, else zero).
pub fn parse_complex(s: impl AsRef<[u8]>, bit_size: i64) -> Result<(f64, f64), ((f64, f64), NumError)> {
    let orig = s.as_ref();
    let size = if bit_size == 64 { 32 } else { 64 };
    let mut s = orig;
    if s.len() >= 2 && s[0] == b'(' && s[s.len() - 1] == b')' {
        s = &s[1..s.len() - 1];
    }
    let syntax = || Err(((0.0, 0.0), num_err("ParseComplex", orig, NumErrKind::Syntax)));
    let mut pending = false;
    let (re, n, err) = parse_float_prefix(s, size);
    match err {
        Some(NumErrKind::Range) => pending = true,
        Some(_) => return syntax(),
        None => {}
    }
    s = &s[n..];
    let done = |v: (f64, f64), pending: bool| {
        if pending {
            Err((v, num_err("ParseComplex", orig, NumErrKind::Range)))
        } else {
            Ok(v)
        }
    };
    if s.is_empty() {
        return done((re, 0.0), pending);
    }
    match s[0] {
        b'+' => {
            if s.len() > 1 && s[1] != b'+' {
                s = &s[1..];
            }
        }
        b'-' => {}
        b'i' if s.len() == 1 => return done((0.0, re), pending),
        _ => return syntax(),
    }
    let (im, n, err) = parse_float_prefix(s, size);
    match err {
        Some(NumErrKind::Range) => pending = true,
        Some(_) => return syntax(),
        None => {}
    }
    if &s[n..] != b"i" {
        return syntax();
    }
    done((re, im), pending)
}

// ---------------------------------------------------------------------------
// Quoting
// ---------------------------------------------------------------------------

/// Models Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols
/// and ASCII space (exact table from the Go toolchain).
pub fn is_print(r: i64) -> bool {
    (0..=0x10FFFF).contains(&r) && in_ranges(tables::IS_PRINT, r as u32)
}

/// Models Go's `strconv.IsGraphic`: like [`is_print`] plus Unicode spaces (Zs).
pub fn is_graphic(r: i64) -> bool {
    (0..=0x10FFFF).contains(&r) && in_ranges(tables::IS_GRAPHIC, r as u32)
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool, graphic_only: bool) {
    if r == quote as u32 || r == b'\\' as u32 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r as i64) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r as i64) || graphic_only && is_graphic(r as i64) {
        utf8::encode_rune(buf, r as i64);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            let mut r = r;
            if r < b' ' as u32 || r == 0x7f {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[(r >> 4) as usize & 0xF]);
                buf.push(LOWERHEX[r as usize & 0xF]);
                return;
            }
            if !utf8::valid_rune(r as i64) {
                r = 0xFFFD;
            }
            if r < 0x10000 {
                buf.extend_from_slice(b"\\u");
                for s in (0..=12).rev().step_by(4) {
                    buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                }
            } else {
                buf.extend_from_slice(b"\\U");
                for s in (0..=28).rev().step_by(4) {
                    buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                }
            }
        }
    }
}

fn append_quoted_with(buf: &mut Vec<u8>, s: &[u8], quote: u8, ascii_only: bool, graphic_only: bool) {
    buf.push(quote);
    let mut s = s;
    while !s.is_empty() {
        let (r, width) = utf8::decode_rune(s);
        if width == 1 && r == utf8::RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(s[0] >> 4) as usize]);
            buf.push(LOWERHEX[(s[0] & 0xF) as usize]);
            s = &s[1..];
            continue;
        }
        append_escaped_rune(buf, r, quote, ascii_only, graphic_only);
        s = &s[width..];
    }
    buf.push(quote);
}

fn append_quoted_rune_with(buf: &mut Vec<u8>, r: i64, quote: u8, ascii_only: bool, graphic_only: bool) {
    buf.push(quote);
    let r = if utf8::valid_rune(r) { r as u32 } else { utf8::RUNE_ERROR };
    append_escaped_rune(buf, r, quote, ascii_only, graphic_only);
    buf.push(quote);
}

fn into_string(v: Vec<u8>) -> String {
    // Quoted output is always valid UTF-8: invalid bytes are escaped.
    String::from_utf8(v).expect("quoted output is UTF-8")
}

/// Models Go's `strconv.AppendQuote`.
pub fn append_quote(out: &mut Vec<u8>, s: impl AsRef<[u8]>) {
    append_quoted_with(out, s.as_ref(), b'"', false, false);
}

/// Models Go's `strconv.AppendQuoteToASCII`.
pub fn append_quote_to_ascii(out: &mut Vec<u8>, s: impl AsRef<[u8]>) {
    append_quoted_with(out, s.as_ref(), b'"', true, false);
}

/// Models Go's `strconv.AppendQuoteRune`.
pub fn append_quote_rune(out: &mut Vec<u8>, r: i64) {
    append_quoted_rune_with(out, r, b'\'', false, false);
}

/// Models Go's `strconv.AppendQuoteRuneToASCII`.
pub fn append_quote_rune_to_ascii(out: &mut Vec<u8>, r: i64) {
    append_quoted_rune_with(out, r, b'\'', true, false);
}

/// Models Go's `strconv.Quote`: a double-quoted Go string literal; non-printable
/// runes and invalid bytes are escaped.
pub fn quote(s: impl AsRef<[u8]>) -> String {
    let mut v = Vec::new();
    append_quoted_with(&mut v, s.as_ref(), b'"', false, false);
    into_string(v)
}

/// Models Go's `strconv.QuoteToASCII`: like [`quote`] but escapes all non-ASCII.
pub fn quote_to_ascii(s: impl AsRef<[u8]>) -> String {
    let mut v = Vec::new();
    append_quoted_with(&mut v, s.as_ref(), b'"', true, false);
    into_string(v)
}

/// Models Go's `strconv.QuoteToGraphic`: like [`quote`] but keeps graphic runes (e.g. U+3000).
pub fn quote_to_graphic(s: impl AsRef<[u8]>) -> String {
    let mut v = Vec::new();
    append_quoted_with(&mut v, s.as_ref(), b'"', false, true);
    into_string(v)
}

/// Models Go's `strconv.QuoteRune`: a single-quoted Go rune literal (invalid runes become U+FFFD).
pub fn quote_rune(r: i64) -> String {
    let mut v = Vec::new();
    append_quoted_rune_with(&mut v, r, b'\'', false, false);
    into_string(v)
}

/// Models Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(r: i64) -> String {
    let mut v = Vec::new();
    append_quoted_rune_with(&mut v, r, b'\'', true, false);
    into_string(v)
}

/// Models Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(r: i64) -> String {
    let mut v = Vec::new();
    append_quoted_rune_with(&mut v, r, b'\'', false, true);
    into_string(v)
}

/// Models Go's `strconv.CanBackquote`: whether `s` can be a single-line raw string literal.
pub fn can_backquote(s: impl AsRef<[u8]>) -> bool {
    let mut s = s.as_ref();
    while !s.is_empty() {
        let (r, wid) = utf8::decode_rune(s);
        s = &s[wid..];
        if wid > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == utf8::RUNE_ERROR {
            return false;
        }
        if (r < b' ' as u32 && r != b'\t' as u32) || r == b'`' as u32 || r == 0x7F {
            return false;
        }
    }
    true
}

fn unhex(b: u8) -> Option<u32> {
    match b {
        b'0'..=b'9' => Some((b - b'0') as u32),
        b'a'..=b'f' => Some((b - b'a' + 10) as u32),
        b'A'..=b'F' => Some((b - b'A' + 10) as u32),
        _ => None,
    }
}

/// Models Go's `strconv.UnquoteChar(s, quote)`: decodes the first character or
/// escape of `s`. Returns `(value, multibyte, consumed)`, where `s[consumed..]`
/// is Go's `tail`; the only error is `ErrSyntax`.
pub fn unquote_char(s: impl AsRef<[u8]>, quote: u8) -> Result<(u32, bool, usize), NumErrKind> {
    let s = s.as_ref();
    if s.is_empty() {
        return Err(NumErrKind::Syntax);
    }
    let c = s[0];
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(NumErrKind::Syntax);
    }
    if c >= 0x80 {
        let (r, size) = utf8::decode_rune(s);
        return Ok((r, true, size));
    }
    if c != b'\\' {
        return Ok((c as u32, false, 1));
    }
    if s.len() <= 1 {
        return Err(NumErrKind::Syntax);
    }
    let c = s[1];
    let rest = &s[2..];
    let mut consumed = 2;
    let mut multibyte = false;
    let value = match c {
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return Err(NumErrKind::Syntax);
            }
            let mut v: u32 = 0;
            for &b in &rest[..n] {
                v = v << 4 | unhex(b).ok_or(NumErrKind::Syntax)?;
            }
            consumed += n;
            if c != b'x' {
                if !utf8::valid_rune(v as i64) {
                    return Err(NumErrKind::Syntax);
                }
                multibyte = true;
            }
            v
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as u32;
            if rest.len() < 2 {
                return Err(NumErrKind::Syntax);
            }
            for &b in &rest[..2] {
                if !(b'0'..=b'7').contains(&b) {
                    return Err(NumErrKind::Syntax);
                }
                v = (v << 3) | (b - b'0') as u32;
            }
            consumed += 2;
            if v > 255 {
                return Err(NumErrKind::Syntax);
            }
            v
        }
        b'\\' => b'\\' as u32,
        b'\'' | b'"' => {
            if c != quote {
                return Err(NumErrKind::Syntax);
            }
            c as u32
        }
        _ => return Err(NumErrKind::Syntax),
    };
    Ok((value, multibyte, consumed))
}

/// Shared implementation of Unquote/QuotedPrefix: returns (out, consumed).
fn unquote_impl(input: &[u8], unescape: bool) -> Result<(Vec<u8>, usize), NumErrKind> {
    if input.len() < 2 {
        return Err(NumErrKind::Syntax);
    }
    let quote = input[0];
    let end = match input[1..].iter().position(|&c| c == quote) {
        Some(e) => e + 2,
        None => return Err(NumErrKind::Syntax),
    };
    match quote {
        b'`' => {
            let out = if !unescape { input[..end].to_vec() } else { input[1..end - 1].iter().copied().filter(|&c| c != b'\r').collect() };
            Ok((out, end))
        }
        b'"' | b'\'' => {
            let body = &input[..end];
            if !body.contains(&b'\\') && !body.contains(&b'\n') {
                let inner = &input[1..end - 1];
                let valid = if quote == b'"' {
                    utf8::valid(inner)
                } else {
                    let (r, n) = utf8::decode_rune(inner);
                    1 + n + 1 == end && (r != utf8::RUNE_ERROR || n != 1)
                };
                if valid {
                    let out = if unescape { inner.to_vec() } else { body.to_vec() };
                    return Ok((out, end));
                }
            }
            let mut buf = Vec::new();
            let mut i = 1;
            while i < input.len() && input[i] != quote {
                if input[i] == b'\n' {
                    return Err(NumErrKind::Syntax);
                }
                let (r, multibyte, n) = unquote_char(&input[i..], quote)?;
                i += n;
                if unescape {
                    if r < 0x80 || !multibyte {
                        buf.push(r as u8);
                    } else {
                        utf8::encode_rune(&mut buf, r as i64);
                    }
                }
                if quote == b'\'' {
                    break;
                }
            }
            if !(i < input.len() && input[i] == quote) {
                return Err(NumErrKind::Syntax);
            }
            i += 1;
            if unescape {
                Ok((buf, i))
            } else {
                Ok((input[..i].to_vec(), i))
            }
        }
        _ => Err(NumErrKind::Syntax),
    }
}

/// Models Go's `strconv.Unquote`: interprets `s` as a single-quoted, double-quoted
/// or backquoted Go literal and returns the value (bytes; may be invalid UTF-8
/// via `\x` escapes). The only error is `ErrSyntax`.
pub fn unquote(s: impl AsRef<[u8]>) -> Result<Vec<u8>, NumErrKind> {
    let s = s.as_ref();
    let (out, n) = unquote_impl(s, true)?;
    if n != s.len() {
        return Err(NumErrKind::Syntax);
    }
    Ok(out)
}

/// Models Go's `strconv.QuotedPrefix`: the quoted string at the start of `s`.
pub fn quoted_prefix(s: impl AsRef<[u8]>) -> Result<Vec<u8>, NumErrKind> {
    unquote_impl(s.as_ref(), false).map(|(v, _)| v)
}
