//! `Conv`: conversions between basic types, strings, and byte and rune
//! slices (the spec's conversion rules; Go's runtime helpers
//! intstring, stringtoslicebyte, slicebytetostring, stringtoslicerune,
//! slicerunetostring).

use bytecode::ConvKind;

use super::{complex_of, decode_runes, wrap};
use crate::value::*;
use crate::vm::Vm;

impl<'p> Vm<'p> {
    /// `Conv`: a conversion between basic types (and strings, byte and
    /// rune slices).
    pub(super) fn convert(&self, v: &Value, kind: ConvKind) -> Value {
        match kind {
            ConvKind::IntToInt { bits, signed } => Value::Int(wrap(v.as_int(), bits, signed)),
            ConvKind::IntToFloat { unsigned, f32 } => {
                let x = if unsigned { v.as_int() as u64 as f64 } else { v.as_int() as f64 };
                Value::Float(if f32 { x as f32 as f64 } else { x })
            }
            ConvKind::FloatToInt { bits, signed } => Value::Int(wrap(float_to_int_amd64(v.as_float(), bits, signed), bits, signed)),
            ConvKind::FloatToFloat { f32 } => Value::Float(if f32 { v.as_float() as f32 as f64 } else { v.as_float() }),
            ConvKind::IntToString => {
                let i = v.as_int();
                let c = if (0..=0x10FFFF).contains(&i) { char::from_u32(i as u32).unwrap_or('\u{FFFD}') } else { '\u{FFFD}' };
                Value::str(c.encode_utf8(&mut [0; 4]))
            }
            ConvKind::StringToBytes => Value::Bytes(Bytes::from_vec(Elem::U8, v.str_bytes().to_vec())),
            ConvKind::BytesToString => match v {
                Value::Bytes(s) => Value::Str(GoStr::new(&s.arr.buf.borrow()[s.off as usize..(s.off + s.len) as usize])),
                Value::Slice(s) => {
                    let arr = s.arr.borrow();
                    let b: Vec<u8> = arr[s.off as usize..(s.off + s.len) as usize].iter().map(|x| x.as_int() as u8).collect();
                    Value::Str(GoStr::from(b))
                }
                _ => Value::str(""),
            },
            ConvKind::StringToRunes => {
                let s = v.str_bytes();
                let r: Vec<Value> = decode_runes(s).into_iter().map(|c| Value::Int(c as i64)).collect();
                let n = r.len() as u32;
                Value::Slice(Slice { arr: AggObj::new(r.into()), off: 0, len: n, cap: n })
            }
            ConvKind::RunesToString => {
                // (A slice of a compact [N]rune array is a Value::Bytes.)
                let mut out = String::new();
                for x in v.slice_elems() {
                    out.push(char::from_u32(x.as_int() as u32).unwrap_or('\u{FFFD}'));
                }
                Value::str(&out)
            }
            ConvKind::ToComplex => Value::Complex(v.as_float(), 0.0),
            ConvKind::ComplexToComplex { f32 } => {
                let (re, im) = complex_of(v);
                if f32 {
                    Value::Complex(re as f32 as f64, im as f32 as f64)
                } else {
                    Value::Complex(re, im)
                }
            }
        }
    }
}

/// A float-to-integer conversion as gc compiles it for amd64, including the
/// implementation-specific results of out-of-range values and NaN (the spec
/// leaves them undefined; programs print them): CVTTSD2SQ/CVTTSD2SL give
/// the "integer indefinite" 0x80…0, smaller types truncate a 32-bit
/// conversion, uint32 a 64-bit one, and uint64 splits at 2^63 (setting the
/// top bit of the converted remainder).
fn float_to_int_amd64(f: f64, bits: u8, signed: bool) -> i64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    let sq = |f: f64| if f.is_nan() || !(-TWO63..TWO63).contains(&f) { i64::MIN } else { f as i64 };
    let sl = |f: f64| if f.is_nan() || !(-2_147_483_648.0..2_147_483_648.0).contains(&f) { i32::MIN as i64 } else { f as i32 as i64 };
    match (bits, signed) {
        (64, true) => sq(f),
        (64, false) => {
            if f < TWO63 {
                sq(f)
            } else {
                sq(f - TWO63) | i64::MIN
            }
        }
        (32, false) => sq(f),
        _ => sl(f),
    }
}
