//! Compile-time constant values with exact integer arithmetic (i128 covers
//! every Go integer type and most untyped intermediate values).

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(i128),
    Float(f64),
    Complex(f64, f64),
    Str(Vec<u8>),
}

impl ConstVal {
    pub fn as_f64(&self) -> f64 {
        match self {
            ConstVal::Int(i) => *i as f64,
            ConstVal::Float(f) => *f,
            ConstVal::Complex(r, _) => *r,
            _ => 0.0,
        }
    }

    pub fn as_int(&self) -> Option<i128> {
        match self {
            ConstVal::Int(i) => Some(*i),
            ConstVal::Float(f) if f.fract() == 0.0 && f.is_finite() => Some(*f as i128),
            ConstVal::Complex(r, i) if *i == 0.0 && r.fract() == 0.0 => Some(*r as i128),
            _ => None,
        }
    }

    /// Go's rendering of a constant in error messages (`300`, `"x"`, `1.5`).
    pub fn render(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{f:.0}")
                } else {
                    gostd::strconv::format_float(*f, b'g', -1, 64)
                }
            }
            ConstVal::Complex(r, i) => format!("({} + {}i)", r, i),
            ConstVal::Str(s) => gostd::strconv::quote(s),
        }
    }
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
