//! Shared Printf test harness: a minimal Go operand model over the gostd primitives,
//! showing how a VM implements [`gostd::fmt::PrintfArgs`].
#![allow(dead_code)] // each test binary that includes this module uses only part of it

use gostd::fmt::{self as gfmt, Flags, PrintfArgs};

// ---------------------------------------------------------------------------
// Printf harness: a minimal operand model over the gostd primitives.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone)]
pub enum Val {
    Nil,
    Int(&'static str, i64),
    Uint(&'static str, u64),
    F64(f64),
    F32(f32),
    C128(f64, f64),
    C64(f32, f32),
    Str(Vec<u8>),
    Bytes(Vec<u8>, bool),
    Bool(bool),
}

fn hex_bytes(s: &str) -> Vec<u8> {
    (0..s.len() / 2).map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap()).collect()
}

pub fn parse_val(tok: &str) -> Val {
    if tok == "nil" {
        return Val::Nil;
    }
    let (ty, v) = tok.split_once(':').unwrap();
    match ty {
        "int" => Val::Int("int", v.parse().unwrap()),
        "int8" => Val::Int("int8", v.parse().unwrap()),
        "int32" => Val::Int("int32", v.parse().unwrap()),
        "int64" => Val::Int("int64", v.parse().unwrap()),
        "uint" => Val::Uint("uint", v.parse().unwrap()),
        "uint8" => Val::Uint("uint8", v.parse().unwrap()),
        "uint64" => Val::Uint("uint64", v.parse().unwrap()),
        "float64" => Val::F64(f64::from_bits(u64::from_str_radix(v, 16).unwrap())),
        "float32" => Val::F32(f32::from_bits(u32::from_str_radix(v, 16).unwrap())),
        "complex128" => {
            let (a, b) = v.split_once(',').unwrap();
            Val::C128(f64::from_bits(u64::from_str_radix(a, 16).unwrap()), f64::from_bits(u64::from_str_radix(b, 16).unwrap()))
        }
        "complex64" => {
            let (a, b) = v.split_once(',').unwrap();
            Val::C64(f32::from_bits(u32::from_str_radix(a, 16).unwrap()), f32::from_bits(u32::from_str_radix(b, 16).unwrap()))
        }
        "string" => Val::Str(hex_bytes(v)),
        "bytes" => Val::Bytes(hex_bytes(v), false),
        "bytesnil" => Val::Bytes(vec![], true),
        "bool" => Val::Bool(v == "true"),
        _ => panic!("bad val {tok}"),
    }
}

impl Val {
    pub fn type_name(&self) -> Option<&'static str> {
        Some(match self {
            Val::Nil => return None,
            Val::Int(t, _) | Val::Uint(t, _) => t,
            Val::F64(_) => "float64",
            Val::F32(_) => "float32",
            Val::C128(..) => "complex128",
            Val::C64(..) => "complex64",
            Val::Str(_) => "string",
            Val::Bytes(..) => "[]uint8",
            Val::Bool(_) => "bool",
        })
    }

    /// Go's printArg for these scalar operands.
    pub fn print(&self, out: &mut Vec<u8>, verb: char, f: &Flags) {
        if let Val::Nil = self {
            match verb {
                'T' | 'v' => gfmt::pad(out, b"<nil>", f),
                _ => gfmt::bad_verb(out, verb, None, b""),
            }
            return;
        }
        if verb == 'T' {
            gfmt::fmt_s(out, self.type_name().unwrap().as_bytes(), f);
            return;
        }
        let ok = match self {
            Val::Nil => unreachable!(),
            _ if verb == 'p' => false,
            Val::Int(_, v) => gfmt::fmt_int(out, *v, verb, f),
            Val::Uint(_, v) => gfmt::fmt_uint(out, *v, verb, f),
            Val::F64(v) => gfmt::fmt_float(out, *v, 64, verb, f),
            Val::F32(v) => gfmt::fmt_float(out, *v as f64, 32, verb, f),
            Val::C128(r, i) => gfmt::fmt_complex(out, *r, *i, 128, verb, f),
            Val::C64(r, i) => gfmt::fmt_complex(out, *r as f64, *i as f64, 64, verb, f),
            Val::Str(s) => gfmt::fmt_string(out, s, verb, f),
            Val::Bytes(b, isnil) => {
                if gfmt::fmt_bytes(out, b, *isnil, "[]byte", verb, f) {
                    true
                } else {
                    // printValue of a []uint8 element-wise.
                    out.push(b'[');
                    for (i, &c) in b.iter().enumerate() {
                        if i > 0 {
                            out.push(b' ');
                        }
                        let mut sub = Vec::new();
                        if !gfmt::fmt_uint(&mut sub, c as u64, verb, f) {
                            let mut v = Vec::new();
                            gfmt::fmt_uint(&mut v, c as u64, 'v', f);
                            gfmt::bad_verb(&mut sub, verb, Some("uint8"), &v);
                        }
                        out.extend_from_slice(&sub);
                    }
                    out.push(b']');
                    true
                }
            }
            Val::Bool(b) => gfmt::fmt_bool(out, *b, verb, f),
        };
        if !ok {
            // badVerb prints the value with %v using the directive's flags.
            let mut v = Vec::new();
            self.print(&mut v, 'v', f);
            gfmt::bad_verb(out, verb, self.type_name(), &v);
        }
    }
}

pub struct Args(pub Vec<Val>);

impl PrintfArgs for Args {
    fn len(&self) -> usize {
        self.0.len()
    }
    fn int_arg(&self, i: usize) -> Option<i64> {
        match &self.0[i] {
            Val::Int(_, v) => Some(*v),
            Val::Uint(_, v) => i64::try_from(*v).ok(),
            _ => None,
        }
    }
    fn print_arg(&mut self, out: &mut Vec<u8>, i: usize, verb: char, flags: &Flags) {
        self.0[i].print(out, verb, flags);
    }
    fn type_name(&self, i: usize) -> Option<String> {
        self.0[i].type_name().map(|s| s.to_string())
    }
    fn is_string_kind(&self, i: usize) -> bool {
        matches!(self.0[i], Val::Str(_))
    }
}

/// `fmt.Sprintf(format, args...)` over the harness operands.
pub fn sprintf(format: &str, args: Vec<Val>) -> String {
    let mut out = Vec::new();
    gfmt::do_printf(&mut out, format.as_bytes(), &mut Args(args));
    String::from_utf8(out).expect("utf8 output")
}

/// `fmt.Sprint(args...)`.
pub fn sprint(args: Vec<Val>) -> String {
    let mut out = Vec::new();
    gfmt::do_print(&mut out, &mut Args(args));
    String::from_utf8(out).expect("utf8 output")
}

/// `fmt.Sprintln(args...)`.
pub fn sprintln(args: Vec<Val>) -> String {
    let mut out = Vec::new();
    gfmt::do_println(&mut out, &mut Args(args));
    String::from_utf8(out).expect("utf8 output")
}
