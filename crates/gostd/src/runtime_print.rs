//! How Go's runtime prints values: the `print`/`println` builtins and panic values.
//!
//! Go 1.27's runtime formats floats with `strconv.AppendFloat(v, 'g', -1, size)`
//! (so `println(3.5, 1e21, float32(0.1))` prints `3.5 1e+21 0.1`) and complex
//! numbers with `strconv.AppendComplex` (`(1+2i)`).

use crate::strconv;
use crate::utf8;

/// Models the runtime's `printfloat64` (used by `print`/`println` of a float64):
/// shortest `%g`, e.g. `3.5`, `1e+21`, `-0`, `+Inf`, `NaN`.
pub fn print_float(v: f64) -> String {
    strconv::format_float(v, b'g', -1, 64)
}

/// Models the runtime's `printfloat32`: shortest `%g` of a float32 (`0.1`).
pub fn print_float32(v: f32) -> String {
    strconv::format_float(v as f64, b'g', -1, 32)
}

/// Models the runtime's `printcomplex128`: `(1+2i)`.
pub fn print_complex(re: f64, im: f64) -> String {
    strconv::format_complex(re, im, b'g', -1, 128)
}

/// Models the runtime's `printcomplex64`: `(1.5-2i)` with float32 parts.
pub fn print_complex64(re: f32, im: f32) -> String {
    strconv::format_complex(re as f64, im as f64, b'g', -1, 64)
}

/// Models the runtime's `printint`.
pub fn print_int(v: i64) -> String {
    v.to_string()
}

/// Models the runtime's `printuint`.
pub fn print_uint(v: u64) -> String {
    v.to_string()
}

/// Models the runtime's `printbool`.
pub fn print_bool(v: bool) -> &'static str {
    if v {
        "true"
    } else {
        "false"
    }
}

/// Models the runtime's `printhex`/`printpointer`: `0x` followed by lowercase hex digits.
pub fn print_hex(v: u64) -> String {
    format!("0x{v:x}")
}

/// Models the runtime's `printquoted`: quotes `s` escaping `\n \r \t \\ "`, keeping
/// printable ASCII, invalid bytes as `\xNN`, other runes as `\uNNNN`/`\UNNNNNNNN`.
pub fn print_quoted(s: &[u8]) -> Vec<u8> {
    let mut out = vec![b'"'];
    for (i, r, w) in utf8::runes(s) {
        match r {
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x5C | 0x22 => {
                out.push(b'\\');
                out.push(r as u8);
            }
            _ if r == utf8::RUNE_ERROR && w == 1 => {
                out.extend_from_slice(format!("\\x{:02x}", s[i]).as_bytes());
            }
            0x20..=0x7E => out.push(r as u8),
            _ if r < 127 => out.extend_from_slice(format!("\\x{r:02x}").as_bytes()),
            _ if r < 0x10000 => out.extend_from_slice(format!("\\u{r:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{r:08x}").as_bytes()),
        }
    }
    out.push(b'"');
    out
}

/// Models the runtime's `printindented`: appends `s`, replacing each "\n" with "\n\t"
/// (used for string panic values, so continuation lines are indented).
pub fn print_indented(out: &mut Vec<u8>, s: &[u8]) {
    for &b in s {
        out.push(b);
        if b == b'\n' {
            out.push(b'\t');
        }
    }
}

/// A panic value as the runtime's `printpanicval` sees it. Error and Stringer
/// values must already have been converted to [`PanicValue::Str`] with the result
/// of their `Error()`/`String()` method (as the runtime's `preprintpanics` does).
#[derive(Debug, Clone, PartialEq)]
pub enum PanicValue<'a> {
    /// `panic(nil)`-style nil (prints `nil`).
    Nil,
    /// A predeclared bool.
    Bool(bool),
    /// Any predeclared signed integer type.
    Int(i64),
    /// Any predeclared unsigned integer type (including uintptr).
    Uint(u64),
    /// float32.
    Float32(f32),
    /// float64.
    Float64(f64),
    /// complex64.
    Complex64(f32, f32),
    /// complex128.
    Complex128(f64, f64),
    /// string (printed raw, indented).
    Str(&'a [u8]),
    /// A value of a named (defined) type whose underlying type is one of the basic
    /// kinds above, e.g. `main.Reason("x")`, `main.Code(3)`.
    Named(&'a str, Box<PanicValue<'a>>),
    /// Any other type: printed as `(T) 0xADDR` with the given address.
    Other(&'a str, u64),
}

/// Models the runtime's `printpanicval` (+ `printanycustomtype`): appends the text
/// that follows `panic: ` for value `v`.
pub fn print_panic_value(out: &mut Vec<u8>, v: &PanicValue<'_>) {
    match v {
        PanicValue::Nil => out.extend_from_slice(b"nil"),
        PanicValue::Bool(b) => out.extend_from_slice(print_bool(*b).as_bytes()),
        PanicValue::Int(i) => out.extend_from_slice(print_int(*i).as_bytes()),
        PanicValue::Uint(u) => out.extend_from_slice(print_uint(*u).as_bytes()),
        PanicValue::Float32(f) => out.extend_from_slice(print_float32(*f).as_bytes()),
        PanicValue::Float64(f) => out.extend_from_slice(print_float(*f).as_bytes()),
        PanicValue::Complex64(r, i) => out.extend_from_slice(print_complex64(*r, *i).as_bytes()),
        PanicValue::Complex128(r, i) => out.extend_from_slice(print_complex(*r, *i).as_bytes()),
        PanicValue::Str(s) => print_indented(out, s),
        PanicValue::Named(t, inner) => {
            out.extend_from_slice(t.as_bytes());
            match **inner {
                PanicValue::Str(s) => {
                    out.extend_from_slice(b"(\"");
                    print_indented(out, s);
                    out.extend_from_slice(b"\")");
                }
                PanicValue::Complex64(..) | PanicValue::Complex128(..) => {
                    print_panic_value(out, inner);
                }
                PanicValue::Named(..) | PanicValue::Other(..) | PanicValue::Nil => {
                    // Not produced by the runtime; print the inner value plainly.
                    out.push(b'(');
                    print_panic_value(out, inner);
                    out.push(b')');
                }
                _ => {
                    out.push(b'(');
                    print_panic_value(out, inner);
                    out.push(b')');
                }
            }
        }
        PanicValue::Other(t, addr) => {
            out.push(b'(');
            out.extend_from_slice(t.as_bytes());
            out.extend_from_slice(b") ");
            out.extend_from_slice(print_hex(*addr).as_bytes());
        }
    }
}
