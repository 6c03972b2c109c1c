//! Natives of `math` (Go's algorithms, in gomath) and `sort`.

use std::cmp::Ordering;

use super::gomath as gm;
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
    ("math.Erf", math_erf, 1),
    ("math.Erfc", math_erfc, 1),
    ("math.Erfinv", math_erfinv, 1),
    ("math.Erfcinv", math_erfcinv, 1),
    ("math.FMA", math_fma, 3),
    ("math.Gamma", math_gamma, 1),
    ("math.Ilogb", math_ilogb, 1),
    ("math.J0", math_j0, 1),
    ("math.J1", math_j1, 1),
    ("math.Jn", math_jn, 2),
    ("math.Lgamma", math_lgamma, 1),
    ("math.Logb", math_logb, 1),
    ("math.Nextafter32", math_nextafter32, 2),
    ("math.Sincos", math_sincos, 1),
    ("math.Y0", math_y0, 1),
    ("math.Y1", math_y1, 1),
    ("math.Yn", math_yn, 2),
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

fn ret2(a: Value, b: Value) -> NativeOut {
    NativeOut::Ret(smallvec::smallvec![a, b])
}

macro_rules! unary {
    ($($name:ident => $e:expr),* $(,)?) => {
        $(fn $name(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
            let f: fn(f64) -> f64 = $e;
            retf(f(float(a, 0)))
        })*
    };
}

// Abs and Sqrt are exact (Go: bit operations and SQRTSD); the rest are Go's
// algorithms, in gomath.
unary! {
    math_abs => f64::abs,
    math_acos => gm::acos,
    math_acosh => gm::acosh,
    math_asin => gm::asin,
    math_asinh => gm::asinh,
    math_atan => gm::atan,
    math_atanh => gm::atanh,
    math_cbrt => gm::cbrt,
    math_ceil => gm::ceil,
    math_cos => gm::cos,
    math_cosh => gm::cosh,
    math_erf => gm::erf,
    math_erfc => gm::erfc,
    math_erfinv => gm::erfinv,
    math_erfcinv => gm::erfcinv,
    math_exp => gm::exp,
    math_exp2 => gm::exp2,
    math_expm1 => gm::expm1,
    math_floor => gm::floor,
    math_gamma => gm::gamma,
    math_j0 => gm::j0,
    math_j1 => gm::j1,
    math_log => gm::log,
    math_log10 => gm::log10,
    math_log1p => gm::log1p,
    math_log2 => gm::log2,
    math_logb => gm::logb,
    math_round => gm::round,
    math_round_to_even => gm::round_to_even,
    math_sin => gm::sin,
    math_sinh => gm::sinh,
    math_sqrt => f64::sqrt,
    math_tan => gm::tan,
    math_tanh => gm::tanh,
    math_trunc => gm::trunc,
    math_y0 => gm::y0,
    math_y1 => gm::y1,
}

macro_rules! binary {
    ($($name:ident => $e:expr),* $(,)?) => {
        $(fn $name(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
            let f: fn(f64, f64) -> f64 = $e;
            retf(f(float(a, 0), float(a, 1)))
        })*
    };
}

binary! {
    math_atan2 => gm::atan2,
    math_hypot => gm::hypot,
    math_max => gm::max,
    math_min => gm::min,
    math_mod => gm::fmod,
    math_nextafter => gm::nextafter,
    math_pow => gm::pow,
    math_remainder => gm::remainder,
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

fn math_fma(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(gm::fma(float(a, 0), float(a, 1), float(a, 2)))
}

fn math_frexp(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (f, e) = gm::frexp(float(a, 0));
    ret2(Value::Float(f), Value::Int(e))
}

fn math_ilogb(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gm::ilogb(float(a, 0)))
}

fn math_inf(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(gm::inf(int(a, 0)))
}

fn math_is_inf(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (f, sign) = (float(a, 0), int(a, 1));
    ret_bool(sign >= 0 && f == f64::INFINITY || sign <= 0 && f == f64::NEG_INFINITY)
}

fn math_is_nan(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(float(a, 0).is_nan())
}

fn math_jn(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(gm::jn(int(a, 0), float(a, 1)))
}

fn math_ldexp(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(gm::ldexp(float(a, 0), int(a, 1)))
}

fn math_lgamma(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (l, s) = gm::lgamma(float(a, 0));
    ret2(Value::Float(l), Value::Int(s))
}

fn math_modf(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (i, f) = gm::modf(float(a, 0));
    ret2(Value::Float(i), Value::Float(f))
}

fn math_nan(_vm: &mut Vm, _gi: usize, _a: &[Value]) -> NativeOut {
    retf(gm::nan())
}

fn math_nextafter32(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(gm::nextafter32(float(a, 0) as f32, float(a, 1) as f32) as f64)
}

fn math_pow10(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(gm::pow10(int(a, 0)))
}

fn math_signbit(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(float(a, 0).is_sign_negative())
}

fn math_sincos(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (s, c) = gm::sincos(float(a, 0));
    ret2(Value::Float(s), Value::Float(c))
}

fn math_yn(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    retf(gm::yn(int(a, 0), float(a, 1)))
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
            for (i, e) in elems.iter().enumerate() {
                b.arr.set(b.off as usize + i, e);
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
            (Value::Slice(_), _) | (Value::Bytes(_), types::Kind::Slice(_)) => Ok(Some(i.val.clone())),
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
        Value::Bytes(b) => b.arr.swap(b.off as usize + i as usize, b.off as usize + j as usize),
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
