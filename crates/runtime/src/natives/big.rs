//! math/big's natives: the arithmetic under `stdlib/math_big.go`'s Int, on
//! crate num-bigint. An Int crosses as (neg bool, abs nat): `abs` is Go's
//! representation, little-endian 64-bit words without leading zeros, so
//! `Bits` and printing a big.Int value show what Go shows. The algorithms
//! whose results are not unique (GCD's cofactors, ModInverse, Exp with a
//! negative exponent, Binomial) follow Go 1.27's int.go step for step.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::{arg, byte_slice, int, mk_slice, panic_str, ret, ret_bool, ret_int, ret_str, Entry};
use crate::value::Value;
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] = &[
    ("math/big.bigOp", big_op, 6),
    ("math/big.bigText", big_text, 3),
    ("math/big.bigParse", big_parse, 2),
    ("math/big.bigExp", big_exp, 6),
    ("math/big.bigGCD", big_gcd, 4),
    ("math/big.bigProbablyPrime", big_probably_prime, 2),
    ("math/big.bigBytes", big_bytes, 1),
    ("math/big.bigSetBytes", big_set_bytes, 1),
    ("math/big.bigInfo", big_info, 4),
];

/// Results above this many bits stop the run as Go's allocation would.
const MAX_BITS: u64 = 1 << 34;

fn nat(v: &Value) -> BigUint {
    let words: Vec<u32> = super::elems(v)
        .iter()
        .flat_map(|w| {
            let w = w.as_int() as u64;
            [w as u32, (w >> 32) as u32]
        })
        .collect();
    BigUint::new(words)
}

fn signed(neg: &Value, abs: &Value) -> BigInt {
    let m = nat(abs);
    BigInt::from_biguint(if neg.as_bool() { Sign::Minus } else { Sign::Plus }, m)
}

fn nat_value(m: &BigUint) -> Value {
    mk_slice(m.to_u64_digits().into_iter().map(|w| Value::Int(w as i64)).collect())
}

/// (neg, abs, ok) of `x`.
fn int_result(x: &BigInt, ok: bool) -> NativeOut {
    NativeOut::Ret([Value::Bool(x.is_negative()), nat_value(x.magnitude()), Value::Bool(ok)].into_iter().collect())
}

fn division_by_zero() -> NativeOut {
    panic_str("division by zero")
}

fn out_of_memory() -> NativeOut {
    NativeOut::Fatal("runtime: out of memory".into())
}

/// Euclidean division: q, m with x = q*y + m and 0 <= m < |y|.
fn div_mod_euclid(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let (mut q, mut m) = x.div_rem(y);
    if m.is_negative() {
        if y.is_negative() {
            q += 1;
            m -= y;
        } else {
            q -= 1;
            m += y;
        }
    }
    (q, m)
}

/// GCD(a, b) with Go's cofactors: (g, x, y) with g = a*x + b*y (int.go's
/// GCD and lehmerGCD, whose cosequence is Euclid's).
fn gcd_ext(a: &BigInt, b: &BigInt) -> (BigInt, BigInt, BigInt) {
    if a.is_zero() || b.is_zero() {
        let g = if a.is_zero() { b.abs() } else { a.abs() };
        let x = if a.is_zero() { BigInt::zero() } else { BigInt::from(if a.is_negative() { -1 } else { 1 }) };
        let y = if b.is_zero() { BigInt::zero() } else { BigInt::from(if b.is_negative() { -1 } else { 1 }) };
        return (g, x, y);
    }
    let (mut ra, mut rb) = (a.abs(), b.abs());
    let (mut ua, mut ub) = (BigInt::one(), BigInt::zero());
    if ra < rb {
        std::mem::swap(&mut ra, &mut rb);
        std::mem::swap(&mut ua, &mut ub);
    }
    while !rb.is_zero() {
        let (q, r) = ra.div_rem(&rb);
        ra = std::mem::replace(&mut rb, r);
        let next = &ua - &q * &ub;
        ua = std::mem::replace(&mut ub, next);
    }
    let x = if a.is_negative() { -ua } else { ua };
    let y = (&ra - a * &x) / b;
    (ra, x, y)
}

/// Int.ModInverse as Go computes it; None when g and n are not coprime.
fn mod_inverse(g: &BigInt, n: &BigInt) -> Result<Option<BigInt>, NativeOut> {
    let n = n.abs();
    let g = if g.is_negative() {
        if n.is_zero() {
            return Err(division_by_zero());
        }
        div_mod_euclid(g, &n).1
    } else {
        g.clone()
    };
    let (d, x, _) = gcd_ext(&g, &n);
    if !d.is_one() {
        return Ok(None);
    }
    Ok(Some(if x.is_negative() { x + n } else { x }))
}

/// bigOp(op int, xneg bool, x nat, yneg bool, y nat, n int) (bool, nat, bool)
fn big_op(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let x = signed(arg(args, 1), arg(args, 2));
    let y = signed(arg(args, 3), arg(args, 4));
    let n = int(args, 5);
    let z = match int(args, 0) {
        0 => x + y,
        1 => x - y,
        2 => {
            if x.bits() + y.bits() > MAX_BITS {
                return out_of_memory();
            }
            x * y
        }
        3..=6 if y.is_zero() => return division_by_zero(),
        3 => x / y,
        4 => x % y,
        5 => div_mod_euclid(&x, &y).0,
        6 => div_mod_euclid(&x, &y).1,
        7 => x & y,
        8 => x | y,
        9 => x ^ y,
        10 => x & !y,
        11 => {
            if !x.is_zero() && x.bits() + n as u64 > MAX_BITS {
                return out_of_memory();
            }
            x << n as usize
        }
        12 => x >> n as usize,
        13 => !x,
        14 => x.sqrt(),
        15 => match mod_inverse(&x, &y) {
            Ok(Some(z)) => z,
            Ok(None) => return int_result(&BigInt::zero(), false),
            Err(out) => return out,
        },
        16 => mul_range(x.to_i64().unwrap_or(0), y.to_i64().unwrap_or(0)),
        17 => binomial(x.to_i64().unwrap_or(0), y.to_i64().unwrap_or(0)),
        _ => BigInt::zero(),
    };
    int_result(&z, true)
}

/// Int.MulRange: the product of [a, b].
fn mul_range(a: i64, b: i64) -> BigInt {
    if a > b {
        return BigInt::one();
    }
    if a <= 0 && b >= 0 {
        return BigInt::zero();
    }
    let (neg, a, b) = if a < 0 { ((b - a) & 1 == 0, -(b as i128), -(a as i128)) } else { (false, a as i128, b as i128) };
    let mut z = BigInt::one();
    let mut i = a;
    while i <= b {
        z *= i;
        i += 1;
    }
    if neg {
        -z
    } else {
        z
    }
}

/// Int.Binomial: Go's multiplicative loop (truncating divisions).
fn binomial(n: i64, k: i64) -> BigInt {
    if k > n {
        return BigInt::zero();
    }
    let k = if k > n.wrapping_sub(k) { n - k } else { k };
    let nn = BigInt::from(n);
    let mut z = BigInt::one();
    let mut i = BigInt::zero();
    let kk = BigInt::from(k);
    while i < kk {
        z *= &nn - &i;
        i += 1;
        z /= &i;
    }
    z
}

const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// bigText(neg bool, x nat, base int) string
fn big_text(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let x = nat(arg(args, 1));
    let base = int(args, 2) as u32;
    let mut s = String::new();
    if arg(args, 0).as_bool() && !x.is_zero() {
        s.push('-');
    }
    s.extend(x.to_radix_be(base).into_iter().map(|d| DIGITS[d as usize] as char));
    ret_str(s)
}

/// The value of digit `c` in `base` (Go's rules: letters of either case
/// up to base 36, upper case 36..61 above).
fn digit(c: u8, base: u32) -> Option<u32> {
    let d = match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' if base <= 36 => (c - b'A') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 36,
        _ => return None,
    };
    (d < base).then_some(d)
}

/// bigParse(s string, base int) (neg bool, abs nat, ok bool): Int.SetString.
fn big_parse(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let fail = || NativeOut::Ret([Value::Bool(false), Value::Nil, Value::Bool(false)].into_iter().collect());
    let s = arg(args, 0).str_bytes().to_vec();
    let mut base = int(args, 1) as u32;
    let mut p = &s[..];
    let neg = match p.first() {
        Some(b'-') => {
            p = &p[1..];
            true
        }
        Some(b'+') => {
            p = &p[1..];
            false
        }
        _ => false,
    };
    // Base prefixes and underscores (base 0 only): `prefixed` means a
    // separator may follow the prefix.
    let mut prefixed = false;
    let mut octal_zero = false;
    let base0 = base == 0;
    if base0 {
        base = 10;
        if p.len() >= 2 && p[0] == b'0' {
            match p[1] {
                b'x' | b'X' => (base, p, prefixed) = (16, &p[2..], true),
                b'b' | b'B' => (base, p, prefixed) = (2, &p[2..], true),
                b'o' | b'O' => (base, p, prefixed) = (8, &p[2..], true),
                _ => (base, p, prefixed, octal_zero) = (8, &p[1..], true, true),
            }
        }
        // Underscores: only between digits, or after a prefix.
        let mut prev_digit = prefixed;
        for (i, &c) in p.iter().enumerate() {
            if c == b'_' {
                if !prev_digit || i + 1 == p.len() {
                    return fail();
                }
                prev_digit = false;
            } else {
                prev_digit = true;
            }
        }
    }
    let digits: Vec<u8> = if base0 { p.iter().copied().filter(|&c| c != b'_').collect() } else { p.to_vec() };
    if digits.is_empty() {
        return if octal_zero {
            NativeOut::Ret([Value::Bool(false), mk_slice(vec![]), Value::Bool(true)].into_iter().collect())
        } else {
            fail()
        };
    }
    let mut ds = Vec::with_capacity(digits.len());
    for &c in &digits {
        match digit(c, base) {
            Some(d) => ds.push(d as u8),
            None => return fail(),
        }
    }
    let m = BigUint::from_radix_be(&ds, base).unwrap_or_default();
    let neg = neg && !m.is_zero();
    NativeOut::Ret([Value::Bool(neg), nat_value(&m), Value::Bool(true)].into_iter().collect())
}

/// bigExp(xneg bool, x nat, yneg bool, y nat, mneg bool, m nat) (bool, nat, bool):
/// Int.Exp as int.go's exp computes it.
fn big_exp(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let x = signed(arg(args, 0), arg(args, 1));
    let yneg = arg(args, 2).as_bool();
    let y = nat(arg(args, 3));
    let m = nat(arg(args, 5));
    let mut xw = x.magnitude().clone();
    if yneg && !y.is_zero() {
        if m.is_zero() {
            return int_result(&BigInt::one(), true);
        }
        match mod_inverse(&x, &BigInt::from(m.clone())) {
            Ok(Some(inv)) => xw = inv.magnitude().clone(),
            Ok(None) => return int_result(&BigInt::zero(), false),
            Err(out) => return out,
        }
    }
    let z = if m.is_one() {
        BigUint::zero()
    } else if y.is_zero() {
        BigUint::one()
    } else if m.is_zero() {
        let Some(e) = y.to_u64() else { return out_of_memory() };
        if xw.bits() > 1 && xw.bits().saturating_mul(e) > MAX_BITS {
            return out_of_memory();
        }
        Pow::pow(&xw, &y)
    } else {
        xw.modpow(&y, &m)
    };
    let odd = y.bit(0);
    let mut neg = !z.is_zero() && x.is_negative() && odd;
    let mut z = z;
    if neg && !m.is_zero() {
        z = &m - z;
        neg = false;
    }
    let r = BigInt::from_biguint(if neg { Sign::Minus } else { Sign::Plus }, z);
    int_result(&r, true)
}

/// bigGCD(aneg bool, a nat, bneg bool, b nat) (g nat, xneg bool, x nat, yneg bool, y nat)
fn big_gcd(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let a = signed(arg(args, 0), arg(args, 1));
    let b = signed(arg(args, 2), arg(args, 3));
    let (g, x, y) = gcd_ext(&a, &b);
    NativeOut::Ret(
        [
            nat_value(g.magnitude()),
            Value::Bool(x.is_negative()),
            nat_value(x.magnitude()),
            Value::Bool(y.is_negative()),
            nat_value(y.magnitude()),
        ]
        .into_iter()
        .collect(),
    )
}

/// Miller–Rabin with base `a` on odd n > 2 (n - 1 = d * 2^s).
fn mr_round(n: &BigUint, d: &BigUint, s: u64, a: &BigUint) -> bool {
    let n1 = n - 1u32;
    let mut x = a.modpow(d, n);
    if x.is_one() || x == n1 {
        return true;
    }
    for _ in 1..s {
        x = x.modpow(&BigUint::from(2u32), n);
        if x == n1 {
            return true;
        }
        if x.is_one() {
            return false;
        }
    }
    false
}

/// bigProbablyPrime(x nat, n int) bool: x > 0. Miller–Rabin with the first
/// prime bases, which is exact below 2^64 as Go's Baillie-PSW is, and with
/// 20 + n bases above (Go's n bases are pseudorandom).
fn big_probably_prime(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let x = nat(arg(args, 0));
    const PRIMES: [u32; 40] = [
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131,
        137, 139, 149, 151, 157, 163, 167, 173,
    ];
    if let Some(v) = x.to_u32() {
        if v < 2 {
            return ret_bool(false);
        }
        if PRIMES.contains(&v) {
            return ret_bool(true);
        }
    }
    if PRIMES.iter().any(|&p| (&x % p).is_zero()) {
        return ret_bool(false);
    }
    let n1 = &x - 1u32;
    let s = n1.trailing_zeros().unwrap_or(0);
    let d = &n1 >> s as usize;
    let rounds = if x.bits() <= 64 { 12 } else { (20 + int(args, 1).max(0) as usize).min(PRIMES.len()) };
    ret_bool(PRIMES[..rounds].iter().all(|&a| mr_round(&x, &d, s, &BigUint::from(a))))
}

/// bigBytes(x nat) []byte: big-endian, empty for 0.
fn big_bytes(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let x = nat(arg(args, 0));
    ret(byte_slice(if x.is_zero() { Vec::new() } else { x.to_bytes_be() }))
}

/// bigSetBytes(b []byte) nat
fn big_set_bytes(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(nat_value(&BigUint::from_bytes_be(&crate::fmt::slice_bytes(arg(args, 0)))))
}

/// bigInfo(op int, neg bool, x nat, n int) int: TrailingZeroBits of |x|
/// (op 2) or bit n of x in two's complement (op 1).
fn big_info(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let x = signed(arg(args, 1), arg(args, 2));
    let n = int(args, 3);
    match int(args, 0) {
        1 => ret_int(((x >> n as usize) & BigInt::one()).to_i64().unwrap_or(0)),
        2 => ret_int(x.magnitude().trailing_zeros().unwrap_or(0) as i64),
        _ => ret_int(x.bits() as i64),
    }
}
