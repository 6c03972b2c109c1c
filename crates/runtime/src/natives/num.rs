//! Natives of `math` (Go's special cases over Rust's f64) and `sort`.

use std::cmp::Ordering;

use super::{arg, float, int, none, panic_str, ret, ret_bool, ret_int, Entry};
use crate::value::Value;
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] = &[
    ("hash/crc32.archUpdateIEEE", crc32_update_ieee, 2),
    ("math.Abs", math_abs, 1),
    ("math.Acos", math_acos, 1),
    ("math.Acosh", math_acosh, 1),
    ("math.Asin", math_asin, 1),
    ("math.Asinh", math_asinh, 1),
    ("math.Atan", math_atan, 1),
    ("math.Atan2", math_atan2, 2),
    ("math.Atanh", math_atanh, 1),
    ("math.Cbrt", math_cbrt, 1),
    ("math.Ceil", math_ceil, 1),
    ("math.Copysign", math_copysign, 2),
    ("math.Cos", math_cos, 1),
    ("math.Cosh", math_cosh, 1),
    ("math.Dim", math_dim, 2),
    ("math.Exp", math_exp, 1),
    ("math.Exp2", math_exp2, 1),
    ("math.Expm1", math_expm1, 1),
    ("math.Float32bits", math_float32bits, 1),
    ("math.Float32frombits", math_float32frombits, 1),
    ("math.Float64bits", math_float64bits, 1),
    ("math.Float64frombits", math_float64frombits, 1),
    ("math.Floor", math_floor, 1),
    ("math.Frexp", math_frexp, 1),
    ("math.Hypot", math_hypot, 2),
    ("math.Inf", math_inf, 1),
    ("math.IsInf", math_is_inf, 2),
    ("math.IsNaN", math_is_nan, 1),
    ("math.Ldexp", math_ldexp, 2),
    ("math.Log", math_log, 1),
    ("math.Log10", math_log10, 1),
    ("math.Log1p", math_log1p, 1),
    ("math.Log2", math_log2, 1),
    ("math.Max", math_max, 2),
    ("math.Min", math_min, 2),
    ("math.Mod", math_mod, 2),
    ("math.Modf", math_modf, 1),
    ("math.NaN", math_nan, 0),
    ("math.Nextafter", math_nextafter, 2),
    ("math.Pow", math_pow, 2),
    ("math.Pow10", math_pow10, 1),
    ("math.Remainder", math_remainder, 2),
    ("math.Round", math_round, 1),
    ("math.RoundToEven", math_round_to_even, 1),
    ("math.Signbit", math_signbit, 1),
    ("math.Sin", math_sin, 1),
    ("math.Sinh", math_sinh, 1),
    ("math.Sqrt", math_sqrt, 1),
    ("math.Tan", math_tan, 1),
    ("math.Tanh", math_tanh, 1),
    ("math.Trunc", math_trunc, 1),
    ("sort.Ints", sort_ints, 1),
    ("sort.Float64s", sort_float64s, 1),
    ("sort.Strings", sort_strings, 1),
    ("sort.sliceLen", sort_slice_len, 1),
    ("slices.sortNative", slices_sort_native, 2),
    ("sort.sliceSwap", sort_slice_swap, 3),
];

fn retf(f: f64) -> NativeOut {
    ret(Value::Float(f))
}

macro_rules! unary {
    ($($name:ident => $e:expr),* $(,)?) => {
        $(fn $name(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
            let f: fn(f64) -> f64 = $e;
            retf(f(float(a, 0)))
        })*
    };
}

unary! {
    math_abs => f64::abs,
    math_acos => f64::acos,
    math_acosh => f64::acosh,
    math_asin => f64::asin,
    math_asinh => f64::asinh,
    math_atan => f64::atan,
    math_atanh => f64::atanh,
    math_cbrt => f64::cbrt,
    math_ceil => f64::ceil,
    math_cos => f64::cos,
    math_cosh => f64::cosh,
    math_exp => f64::exp,
    math_exp2 => f64::exp2,
    math_expm1 => f64::exp_m1,
    math_floor => f64::floor,
    math_log => f64::ln,
    math_log10 => f64::log10,
    math_log1p => f64::ln_1p,
    math_log2 => log2,
    math_round => f64::round,
    math_round_to_even => f64::round_ties_even,
    math_sin => f64::sin,
    math_sinh => f64::sinh,
    math_sqrt => f64::sqrt,
    math_tan => f64::tan,
    math_tanh => f64::tanh,
    math_trunc => f64::trunc,
}

/// Go's Log2 is exact for powers of two.
fn log2(x: f64) -> f64 {
    let (frac, exp) = frexp(x);
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    frac.ln() * (1.0 / std::f64::consts::LN_2) + exp as f64
}

fn math_atan2(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(float(a, 0).atan2(float(a, 1)))
}

fn math_copysign(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(float(a, 0).copysign(float(a, 1)))
}

fn math_dim(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let v = float(a, 0) - float(a, 1);
    retf(if v <= 0.0 { 0.0 } else { v })
}

fn math_float32bits(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int((float(a, 0) as f32).to_bits() as i64)
}

fn math_float32frombits(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(f32::from_bits(int(a, 0) as u32) as f64)
}

fn math_float64bits(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(float(a, 0).to_bits() as i64)
}

fn math_float64frombits(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(f64::from_bits(int(a, 0) as u64))
}

/// Go's Frexp: frac in [½, 1) and exp with f = frac × 2^exp.
fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (mut f, mut exp) = (f, 0i64);
    if f.abs() < f64::MIN_POSITIVE {
        f *= (1u64 << 52) as f64;
        exp = -52;
    }
    let mut x = f.to_bits();
    exp += ((x >> 52) & 0x7ff) as i64 - 1022;
    x &= !(0x7ffu64 << 52);
    x |= 1022u64 << 52;
    (f64::from_bits(x), exp)
}

fn math_frexp(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (f, e) = frexp(float(a, 0));
    NativeOut::Ret(smallvec::smallvec![Value::Float(f), Value::Int(e)])
}

fn math_hypot(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (p, q) = (float(a, 0), float(a, 1));
    if p.is_infinite() || q.is_infinite() {
        return retf(f64::INFINITY);
    }
    if p.is_nan() || q.is_nan() {
        return retf(f64::NAN);
    }
    // Go's pure algorithm (hypot.go).
    let (mut p, mut q) = (p.abs(), q.abs());
    if p < q {
        std::mem::swap(&mut p, &mut q);
    }
    if p == 0.0 {
        return retf(0.0);
    }
    let q = q / p;
    retf(p * (1.0 + q * q).sqrt())
}

fn math_inf(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(if int(a, 0) >= 0 { f64::INFINITY } else { f64::NEG_INFINITY })
}

fn math_is_inf(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (f, sign) = (float(a, 0), int(a, 1));
    ret_bool(sign >= 0 && f == f64::INFINITY || sign <= 0 && f == f64::NEG_INFINITY)
}

fn math_is_nan(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(float(a, 0).is_nan())
}

fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = frexp(frac);
    let mut exp = exp + e;
    let mut x = frac.to_bits();
    exp += ((x >> 52) & 0x7ff) as i64 - 1023;
    if exp < -1075 {
        return 0.0f64.copysign(frac);
    }
    if exp > 1023 {
        return if frac < 0.0 { f64::NEG_INFINITY } else { f64::INFINITY };
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(0x7ffu64 << 52);
    x |= ((exp + 1023) as u64) << 52;
    m * f64::from_bits(x)
}

fn math_ldexp(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(ldexp(float(a, 0), int(a, 1)))
}

fn math_max(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (x, y) = (float(a, 0), float(a, 1));
    retf(if x == f64::INFINITY || y == f64::INFINITY {
        f64::INFINITY
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && x == y {
        if x.is_sign_negative() {
            y
        } else {
            x
        }
    } else if x > y {
        x
    } else {
        y
    })
}

fn math_min(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (x, y) = (float(a, 0), float(a, 1));
    retf(if x == f64::NEG_INFINITY || y == f64::NEG_INFINITY {
        f64::NEG_INFINITY
    } else if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == 0.0 && x == y {
        if x.is_sign_negative() {
            x
        } else {
            y
        }
    } else if x < y {
        x
    } else {
        y
    })
}

fn math_mod(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(float(a, 0) % float(a, 1))
}

fn math_modf(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let f = float(a, 0);
    let (i, fr) = if f < 1.0 {
        if f < 0.0 {
            let (i, fr) = modf(-f);
            (-i, -fr)
        } else if f == 0.0 {
            (f, f)
        } else {
            (0.0, f)
        }
    } else {
        modf(f)
    };
    NativeOut::Ret(smallvec::smallvec![Value::Float(i), Value::Float(fr)])
}

fn modf(f: f64) -> (f64, f64) {
    if f.is_infinite() {
        return (f, f64::NAN);
    }
    let i = f.trunc();
    (i, (f - i).copysign(f))
}

fn math_nan(_vm: &mut Vm, _gi: usize, _a: &[Value]) -> NativeOut {
    retf(f64::from_bits(0x7FF8000000000001))
}

fn math_nextafter(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (x, y) = (float(a, 0), float(a, 1));
    retf(if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x == y {
        x
    } else if x == 0.0 {
        f64::from_bits(1).copysign(y)
    } else if (y > x) == (x > 0.0) {
        f64::from_bits(x.to_bits() + 1)
    } else {
        f64::from_bits(x.to_bits() - 1)
    })
}

fn math_pow(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(float(a, 0).powf(float(a, 1)))
}

fn math_pow10(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let n = int(a, 0);
    retf(if n < -323 {
        0.0
    } else if n > 308 {
        f64::INFINITY
    } else {
        format!("1e{n}").parse().unwrap_or(0.0)
    })
}

/// IEEE 754 remainder (Go's remainder.go).
fn math_remainder(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (mut x, mut y) = (float(a, 0), float(a, 1));
    if x.is_nan() || y.is_nan() || x.is_infinite() || y == 0.0 {
        return retf(f64::NAN);
    }
    if y.is_infinite() {
        return retf(x);
    }
    // Go's Tiny, 4.45014771701440276618e-308 (2^-1021).
    let tiny = f64::from_bits(0x0020_0000_0000_0000);
    let half_max = f64::MAX / 2.0;
    let mut sign = false;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    if y < 0.0 {
        y = -y;
    }
    if x == y {
        return retf(if sign { -0.0 } else { 0.0 });
    }
    if y <= half_max {
        x %= y + y;
    }
    if y < tiny {
        if x + x > y {
            x -= y;
            if x + x >= y {
                x -= y;
            }
        }
    } else {
        let y_half = 0.5 * y;
        if x > y_half {
            x -= y;
            if x >= y_half {
                x -= y;
            }
        }
    }
    retf(if sign { -x } else { x })
}

fn math_signbit(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(float(a, 0).is_sign_negative())
}

// --------------------------------------------------------------------
// sort

fn with_slice(v: &Value, f: impl FnOnce(&mut [Value])) {
    match v {
        Value::Slice(s) => {
            let mut arr = s.arr.borrow_mut();
            f(&mut arr[s.off as usize..(s.off + s.len) as usize]);
        }
        Value::Bytes(b) => {
            let mut elems = v.slice_elems();
            f(&mut elems);
            let mut buf = b.arr.buf.borrow_mut();
            for (i, e) in elems.iter().enumerate() {
                buf[b.off as usize + i] = crate::value::byte_of(e);
            }
        }
        _ => {}
    }
}

fn sort_ints(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    with_slice(arg(a, 0), |s| s.sort_by_key(|v| v.as_int()));
    none()
}

fn sort_float64s(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    with_slice(arg(a, 0), |s| {
        s.sort_by(|x, y| {
            let (x, y) = (x.as_float(), y.as_float());
            match (x.is_nan(), y.is_nan()) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
            }
        })
    });
    none()
}

fn sort_strings(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    with_slice(arg(a, 0), |s| s.sort_by(|x, y| x.str_bytes().cmp(y.str_bytes())));
    none()
}

/// slices.Sort for integer and string elements (the type comes from `zero`).
fn slices_sort_native(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (Value::Iface(x), Value::Iface(z)) = (arg(a, 0), arg(a, 1)) else { return ret_bool(false) };
    let tt = &vm.prog.types;
    let v = &x.val;
    if tt.is_unsigned(z.ty) {
        with_slice(v, |s| s.sort_by_key(|e| e.as_int() as u64));
    } else if tt.is_integer(z.ty) {
        with_slice(v, |s| s.sort_by_key(|e| e.as_int()));
    } else if tt.is_string(z.ty) {
        with_slice(v, |s| s.sort_by(|p, q| p.str_bytes().cmp(q.str_bytes())));
    } else {
        return ret_bool(false);
    }
    ret_bool(true)
}

/// The slice inside interface `v` (None for a nil slice).
fn slice_of(vm: &Vm, v: &Value) -> Result<Option<Value>, NativeOut> {
    match v {
        Value::Iface(i) => match (&i.val, vm.prog.types.ukind(i.ty)) {
            (Value::Slice(_) | Value::Bytes(_), _) => Ok(Some(i.val.clone())),
            (Value::Nil, types::Kind::Slice(_)) => Ok(None),
            _ => Err(panic_str(&format!("reflect: call of Swapper on {} Value", kind_name(vm, i.ty)))),
        },
        _ => Err(panic_str("reflect: call of Swapper on zero Value")),
    }
}

fn kind_name(vm: &Vm, t: bytecode::TypeId) -> String {
    let tt = &vm.prog.types;
    let u = tt.underlying(t);
    match tt.kind(u) {
        types::Kind::Struct(_) => "struct".into(),
        types::Kind::Map(..) => "map".into(),
        types::Kind::Pointer(_) => "ptr".into(),
        types::Kind::Array(..) => "array".into(),
        types::Kind::Func(_) => "func".into(),
        types::Kind::Chan(..) => "chan".into(),
        types::Kind::Interface { .. } => "interface".into(),
        _ => tt.name(u),
    }
}

fn sort_slice_len(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    match slice_of(vm, arg(a, 0)) {
        Ok(s) => ret_int(s.map(|s| s.slice_len_cap().0 as i64).unwrap_or(0)),
        Err(p) => p,
    }
}

fn sort_slice_swap(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let s = match slice_of(vm, arg(a, 0)) {
        Ok(Some(s)) => s,
        Ok(None) => return none(),
        Err(p) => return p,
    };
    let (i, j) = (int(a, 1), int(a, 2));
    let len = s.slice_len_cap().0 as i64;
    if i < 0 || i >= len || j < 0 || j >= len {
        let bad = if i < 0 || i >= len { i } else { j };
        return NativeOut::Panic(vm.rt_error(crate::rterr::RtErr::Index(bad, len)));
    }
    match &s {
        Value::Slice(s) => s.arr.borrow_mut().swap(s.off as usize + i as usize, s.off as usize + j as usize),
        Value::Bytes(b) => b.arr.buf.borrow_mut().swap(b.off as usize + i as usize, b.off as usize + j as usize),
        _ => {}
    }
    none()
}

// --------------------------------------------------------------------
// hash/crc32

/// crc32.archUpdateIEEE: the IEEE CRC-32 of p continuing from crc (Go's
/// update convention: the running value is not inverted between calls).
fn crc32_update_ieee(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut h = crc32fast::Hasher::new_with_initial(int(args, 0) as u32);
    h.update(&crate::fmt::slice_bytes(arg(args, 1)));
    ret_int(h.finalize() as i64)
}
