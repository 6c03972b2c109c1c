//! Formatting primitives of Go's `fmt` package (ports of `fmt/format.go` and the
//! scalar parts of `fmt/print.go`).
//!
//! All output goes to a `Vec<u8>` because Go strings (and so `%s` output) may
//! hold invalid UTF-8. Each `fmt_*` operand formatter returns `false` when the
//! verb is not valid for the operand; the caller then emits
//! [`bad_verb`] (`%!d(string=hi)`) with the operand's type name and its `%v` text.

use crate::strconv;
use crate::utf8;

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// Go's `fmt` flags, width and precision for one directive (`fmtFlags` + `wid` + `prec`).
///
/// For `%+v` and `%#v` Go sets `plus_v`/`sharp_v` and clears `plus`/`sharp`;
/// [`do_printf`] does that, and [`Flags::for_verb`] does it for hand-built flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    /// `+`
    pub plus: bool,
    /// `-`
    pub minus: bool,
    /// `#`
    pub sharp: bool,
    /// ` `
    pub space: bool,
    /// `0`
    pub zero: bool,
    /// `%+v`
    pub plus_v: bool,
    /// `%#v`
    pub sharp_v: bool,
    /// Width, if present.
    pub width: Option<usize>,
    /// Precision, if present.
    pub prec: Option<usize>,
}

impl Flags {
    /// Applies Go's `%v` flag rewriting: for verb `v` (and `w`), `#` becomes
    /// `sharp_v` and `+` becomes `plus_v`.
    pub fn for_verb(mut self, verb: char) -> Flags {
        if verb == 'v' || verb == 'w' {
            self.sharp_v = self.sharp;
            self.sharp = false;
            self.plus_v = self.plus;
            self.plus = false;
        }
        self
    }

    fn wid(&self) -> usize {
        self.width.unwrap_or(0)
    }
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

/// Models `(*fmt).writePadding`: `n` bytes of padding (`0` if the zero flag is
/// set and not left-justifying, else spaces).
pub fn write_padding(out: &mut Vec<u8>, n: usize, f: &Flags) {
    let b = if f.zero && !f.minus { b'0' } else { b' ' };
    out.extend(std::iter::repeat_n(b, n));
}

/// Models `(*fmt).pad`: appends `b` padded to the width (counted in runes) on the
/// left, or on the right with `-`.
pub fn pad(out: &mut Vec<u8>, b: &[u8], f: &Flags) {
    let w = f.wid();
    if f.width.is_none() || w == 0 {
        out.extend_from_slice(b);
        return;
    }
    let n = w.saturating_sub(utf8::rune_count(b));
    if !f.minus {
        write_padding(out, n, f);
        out.extend_from_slice(b);
    } else {
        out.extend_from_slice(b);
        write_padding(out, n, f);
    }
}

fn pad_nozero(out: &mut Vec<u8>, b: &[u8], f: &Flags) {
    let mut g = *f;
    g.zero = false;
    pad(out, b, &g);
}

// ---------------------------------------------------------------------------
// Booleans
// ---------------------------------------------------------------------------

/// Models `(*pp).fmtBool`: verbs `t` and `v`.
pub fn fmt_bool(out: &mut Vec<u8>, v: bool, verb: char, f: &Flags) -> bool {
    match verb {
        't' | 'v' => {
            pad(out, if v { b"true" } else { b"false" }, f);
            true
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Integers
// ---------------------------------------------------------------------------

/// Models `(*fmt).fmtUnicode`: `U+0078`, or with `#` `U+0078 'x'`.
pub fn fmt_unicode(out: &mut Vec<u8>, u: u64, f: &Flags) {
    let mut prec = 4usize;
    if let Some(p) = f.prec {
        if p > 4 {
            prec = p;
        }
    }
    let hex = format!("{u:X}");
    let mut s = Vec::with_capacity(prec + 12);
    s.extend_from_slice(b"U+");
    s.extend(std::iter::repeat_n(b'0', prec.saturating_sub(hex.len())));
    s.extend_from_slice(hex.as_bytes());
    if f.sharp && u <= utf8::MAX_RUNE as u64 && strconv::is_print(u as i64) {
        s.extend_from_slice(b" '");
        utf8::encode_rune(&mut s, u as i64);
        s.push(b'\'');
    }
    pad_nozero(out, &s, f);
}

/// Models `(*fmt).fmtInteger`: formats `u` (the two's-complement bits of the
/// value; `signed` says whether it is an `int64`) in `base` 2, 8, 10 or 16.
/// `verb` matters only for `O` (adds `0o`); `upper` selects `ABCDEF`/`0X`.
pub fn fmt_integer_base(out: &mut Vec<u8>, u: u64, base: u32, signed: bool, verb: char, upper: bool, f: &Flags) {
    let digits = if upper { UDIGITS } else { LDIGITS };
    let negative = signed && (u as i64) < 0;
    let mut u = if negative { (u as i64).unsigned_abs() } else { u };
    let mut prec = 0usize;
    if let Some(p) = f.prec {
        prec = p;
        if p == 0 && u == 0 {
            let mut g = *f;
            g.zero = false;
            write_padding(out, f.wid(), &g);
            return;
        }
    } else if f.zero && !f.minus && f.width.is_some() {
        prec = f.wid();
        if negative || f.plus || f.space {
            prec = prec.saturating_sub(1);
        }
    }
    // Build right-to-left.
    let mut buf: Vec<u8> = Vec::with_capacity(68 + prec);
    let b = base as u64;
    loop {
        buf.push(digits[(u % b) as usize]);
        u /= b;
        if u == 0 {
            break;
        }
    }
    while buf.len() < prec {
        buf.push(b'0');
    }
    if f.sharp {
        match base {
            2 => {
                buf.push(b'b');
                buf.push(b'0');
            }
            8 if *buf.last().unwrap() != b'0' => buf.push(b'0'),
            16 => {
                buf.push(digits[16]);
                buf.push(b'0');
            }
            _ => {}
        }
    }
    if verb == 'O' {
        buf.push(b'o');
        buf.push(b'0');
    }
    if negative {
        buf.push(b'-');
    } else if f.plus {
        buf.push(b'+');
    } else if f.space {
        buf.push(b' ');
    }
    buf.reverse();
    pad_nozero(out, &buf, f);
}

/// Models `(*fmt).fmtC`: the rune `c` (U+FFFD if above `utf8.MaxRune`).
pub fn fmt_c(out: &mut Vec<u8>, c: u64, f: &Flags) {
    let r = if c > utf8::MAX_RUNE as u64 { utf8::RUNE_ERROR as i64 } else { c as u32 as i32 as i64 };
    let mut b = Vec::with_capacity(4);
    utf8::encode_rune(&mut b, r);
    pad(out, &b, f);
}

/// Models `(*fmt).fmtQc`: single-quoted rune literal (`+` flag: ASCII only).
pub fn fmt_qc(out: &mut Vec<u8>, c: u64, f: &Flags) {
    let r = if c > utf8::MAX_RUNE as u64 { utf8::RUNE_ERROR as i64 } else { c as u32 as i32 as i64 };
    let mut b = Vec::new();
    if f.plus {
        strconv::append_quote_rune_to_ascii(&mut b, r);
    } else {
        strconv::append_quote_rune(&mut b, r);
    }
    pad(out, &b, f);
}

/// Models `(*pp).fmtInteger`: formats an integer operand for verbs
/// `v d b o O x X c q U`. `v` is the value's bits as `uint64(x)`; `signed` says
/// whether the operand's type is signed. Returns false for other verbs.
/// (`%#v` of unsigned values prints `0x..` as Go does.)
pub fn fmt_integer(out: &mut Vec<u8>, v: u64, signed: bool, verb: char, f: &Flags) -> bool {
    match verb {
        'v' => {
            if f.sharp_v && !signed {
                fmt_0x64(out, v, true, f);
            } else {
                fmt_integer_base(out, v, 10, signed, verb, false, f);
            }
        }
        'd' => fmt_integer_base(out, v, 10, signed, verb, false, f),
        'b' => fmt_integer_base(out, v, 2, signed, verb, false, f),
        'o' | 'O' => fmt_integer_base(out, v, 8, signed, verb, false, f),
        'x' => fmt_integer_base(out, v, 16, signed, verb, false, f),
        'X' => fmt_integer_base(out, v, 16, signed, verb, true, f),
        'c' => fmt_c(out, v, f),
        'q' => fmt_qc(out, v, f),
        'U' => fmt_unicode(out, v, f),
        _ => return false,
    }
    true
}

/// Convenience over [`fmt_integer`] for a signed value.
pub fn fmt_int(out: &mut Vec<u8>, v: i64, verb: char, f: &Flags) -> bool {
    fmt_integer(out, v as u64, true, verb, f)
}

/// Convenience over [`fmt_integer`] for an unsigned value.
pub fn fmt_uint(out: &mut Vec<u8>, v: u64, verb: char, f: &Flags) -> bool {
    fmt_integer(out, v, false, verb, f)
}

/// Models `(*pp).fmt0x64`: hex with or without a leading `0x`, using the other flags.
pub fn fmt_0x64(out: &mut Vec<u8>, v: u64, leading0x: bool, f: &Flags) {
    let mut g = *f;
    g.sharp = leading0x;
    fmt_integer_base(out, v, 16, false, 'v', false, &g);
}

/// Models `(*pp).fmtPointer` for a pointer-like value (chan, func, map, pointer,
/// slice, unsafe.Pointer) whose address is `addr` and whose type prints as
/// `type_name`. Verbs `v p b o d x X`; returns false for others.
pub fn fmt_pointer(out: &mut Vec<u8>, addr: u64, type_name: &str, verb: char, f: &Flags) -> bool {
    match verb {
        'v' => {
            if f.sharp_v {
                out.push(b'(');
                out.extend_from_slice(type_name.as_bytes());
                out.extend_from_slice(b")(");
                if addr == 0 {
                    out.extend_from_slice(b"nil");
                } else {
                    fmt_0x64(out, addr, true, f);
                }
                out.push(b')');
            } else if addr == 0 {
                pad(out, b"<nil>", f);
            } else {
                fmt_0x64(out, addr, !f.sharp, f);
            }
        }
        'p' => fmt_0x64(out, addr, !f.sharp, f),
        'b' | 'o' | 'd' | 'x' | 'X' => {
            fmt_integer(out, addr, false, verb, f);
        }
        _ => return false,
    }
    true
}

// ---------------------------------------------------------------------------
// Floats
// ---------------------------------------------------------------------------

/// Models `(*fmt).fmtFloat`: formats `v` with strconv verb `verb` (a strconv
/// format byte) and default precision `prec` (-1 = shortest), applying sign,
/// space, `#`, zero padding and width.
pub fn fmt_float_raw(out: &mut Vec<u8>, v: f64, size: u32, verb: u8, prec: i32, f: &Flags) {
    let prec = match f.prec {
        Some(p) => p as i32,
        None => prec,
    };
    let mut num: Vec<u8> = vec![b'+'];
    strconv::append_float(&mut num, v, verb, prec, size);
    if num[1] == b'-' || num[1] == b'+' {
        num.remove(0);
    }
    if f.space && num[0] == b'+' && !f.plus {
        num[0] = b' ';
    }
    if num[1] == b'I' || num[1] == b'N' {
        let mut n: &[u8] = &num;
        if num[1] == b'N' && !f.space && !f.plus {
            n = &num[1..];
        }
        pad_nozero(out, n, f);
        return;
    }
    if f.sharp && verb != b'b' {
        let mut digits: i32 = 0;
        if matches!(verb, b'v' | b'g' | b'G' | b'x') {
            digits = prec;
            if digits == -1 {
                digits = 6;
            }
        }
        let mut tail: Vec<u8> = Vec::new();
        let mut has_decimal_point = false;
        let mut saw_nonzero_digit = false;
        let mut i = 1;
        while i < num.len() {
            match num[i] {
                b'.' => has_decimal_point = true,
                b'p' | b'P' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                    break;
                }
                b'e' | b'E' if verb != b'x' && verb != b'X' => {
                    tail.extend_from_slice(&num[i..]);
                    num.truncate(i);
                    break;
                }
                c => {
                    if c != b'0' {
                        saw_nonzero_digit = true;
                    }
                    if saw_nonzero_digit {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_decimal_point {
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }
    if f.plus || num[0] != b'+' {
        if f.zero && !f.minus && f.width.is_some() && f.wid() > num.len() {
            out.push(num[0]);
            write_padding(out, f.wid() - num.len(), f);
            out.extend_from_slice(&num[1..]);
            return;
        }
        pad(out, &num, f);
        return;
    }
    pad(out, &num[1..], f);
}

/// Models `(*pp).fmtFloat`: a float operand of `size` 32 or 64 bits for verbs
/// `v b g G x X f F e E` (`%v` is shortest `%g`; `%e %f` default precision 6).
/// Returns false for other verbs.
pub fn fmt_float(out: &mut Vec<u8>, v: f64, size: u32, verb: char, f: &Flags) -> bool {
    match verb {
        'v' => fmt_float_raw(out, v, size, b'g', -1, f),
        'b' | 'g' | 'G' | 'x' | 'X' => fmt_float_raw(out, v, size, verb as u8, -1, f),
        'f' | 'e' | 'E' => fmt_float_raw(out, v, size, verb as u8, 6, f),
        'F' => fmt_float_raw(out, v, size, b'f', 6, f),
        _ => return false,
    }
    true
}

/// Models `(*pp).fmtComplex`: `(re+imi)` for a complex operand of `size` 64 or 128
/// bits; the imaginary part always has a sign. Returns false for bad verbs.
pub fn fmt_complex(out: &mut Vec<u8>, re: f64, im: f64, size: u32, verb: char, f: &Flags) -> bool {
    match verb {
        'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
            out.push(b'(');
            fmt_float(out, re, size / 2, verb, f);
            let mut g = *f;
            g.plus = true;
            fmt_float(out, im, size / 2, verb, &g);
            out.extend_from_slice(b"i)");
            true
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Strings and byte slices
// ---------------------------------------------------------------------------

/// Models `(*fmt).truncate`: the prefix of `s` holding at most `prec` runes.
pub fn truncate<'a>(s: &'a [u8], f: &Flags) -> &'a [u8] {
    if let Some(p) = f.prec {
        let mut n = p;
        for (i, _, _) in utf8::runes(s) {
            if n == 0 {
                return &s[..i];
            }
            n -= 1;
        }
    }
    s
}

/// Models `(*fmt).fmtS`/`fmtBs`: precision truncates (in runes), then pads.
pub fn fmt_s(out: &mut Vec<u8>, s: &[u8], f: &Flags) {
    let s = truncate(s, f);
    pad(out, s, f);
}

/// Models `(*fmt).fmtSbx`: hex encoding of the bytes of `s` (precision limits the
/// number of bytes; ` ` separates bytes; `#` adds `0x`/`0X`).
pub fn fmt_sbx(out: &mut Vec<u8>, s: &[u8], upper: bool, f: &Flags) {
    let digits = if upper { UDIGITS } else { LDIGITS };
    let mut length = s.len();
    if let Some(p) = f.prec {
        if p < length {
            length = p;
        }
    }
    let mut width = 2 * length;
    if width > 0 {
        if f.space {
            if f.sharp {
                width *= 2;
            }
            width += length - 1;
        } else if f.sharp {
            width += 2;
        }
    } else {
        if f.width.is_some() {
            write_padding(out, f.wid(), f);
        }
        return;
    }
    if f.width.is_some() && f.wid() > width && !f.minus {
        write_padding(out, f.wid() - width, f);
    }
    if f.sharp {
        out.push(b'0');
        out.push(digits[16]);
    }
    for (i, &c) in s[..length].iter().enumerate() {
        if f.space && i > 0 {
            out.push(b' ');
            if f.sharp {
                out.push(b'0');
                out.push(digits[16]);
            }
        }
        out.push(digits[(c >> 4) as usize]);
        out.push(digits[(c & 0xF) as usize]);
    }
    if f.width.is_some() && f.wid() > width && f.minus {
        write_padding(out, f.wid() - width, f);
    }
}

/// Models `(*fmt).fmtQ`: double-quoted Go string (`+`: ASCII only; `#`: backquoted
/// if [`strconv::can_backquote`]), after precision truncation.
pub fn fmt_q(out: &mut Vec<u8>, s: &[u8], f: &Flags) {
    let s = truncate(s, f);
    if f.sharp && strconv::can_backquote(s) {
        let mut b = Vec::with_capacity(s.len() + 2);
        b.push(b'`');
        b.extend_from_slice(s);
        b.push(b'`');
        pad(out, &b, f);
        return;
    }
    let mut b = Vec::with_capacity(s.len() + 2);
    if f.plus {
        strconv::append_quote_to_ascii(&mut b, s);
    } else {
        strconv::append_quote(&mut b, s);
    }
    pad(out, &b, f);
}

/// Models `(*pp).fmtString`: a string operand for verbs `v s x X q`
/// (`%#v` quotes). Returns false for other verbs.
pub fn fmt_string(out: &mut Vec<u8>, s: &[u8], verb: char, f: &Flags) -> bool {
    match verb {
        'v' => {
            if f.sharp_v {
                fmt_q(out, s, f);
            } else {
                fmt_s(out, s, f);
            }
        }
        's' => fmt_s(out, s, f),
        'x' => fmt_sbx(out, s, false, f),
        'X' => fmt_sbx(out, s, true, f),
        'q' => fmt_q(out, s, f),
        _ => return false,
    }
    true
}

/// Models `(*pp).fmtBytes`: a `[]byte` (or byte array) operand whose Go type prints
/// as `type_name` (e.g. `[]byte`, `[3]uint8`), for verbs `v d s x X q`.
/// `is_nil` matters only for `%#v` (`[]byte(nil)`). Returns false for other verbs:
/// Go then formats it element-wise like any other slice.
pub fn fmt_bytes(out: &mut Vec<u8>, v: &[u8], is_nil: bool, type_name: &str, verb: char, f: &Flags) -> bool {
    match verb {
        'v' | 'd' => {
            if f.sharp_v {
                out.extend_from_slice(type_name.as_bytes());
                if is_nil {
                    out.extend_from_slice(b"(nil)");
                    return true;
                }
                out.push(b'{');
                for (i, &c) in v.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    fmt_0x64(out, c as u64, true, f);
                }
                out.push(b'}');
            } else {
                out.push(b'[');
                for (i, &c) in v.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    fmt_integer_base(out, c as u64, 10, false, verb, false, f);
                }
                out.push(b']');
            }
        }
        's' => fmt_s(out, v, f),
        'x' => fmt_sbx(out, v, false, f),
        'X' => fmt_sbx(out, v, true, f),
        'q' => fmt_q(out, v, f),
        _ => return false,
    }
    true
}

// ---------------------------------------------------------------------------
// Error forms
// ---------------------------------------------------------------------------

/// `%!(NOVERB)`: a trailing `%` with no verb.
pub const NO_VERB: &str = "%!(NOVERB)";
/// `%!(BADWIDTH)`: a `*` width whose argument is not an int.
pub const BAD_WIDTH: &str = "%!(BADWIDTH)";
/// `%!(BADPREC)`: a `*` precision whose argument is not an int.
pub const BAD_PREC: &str = "%!(BADPREC)";

/// Models `(*pp).badVerb`: `%!d(string=hi)`; with `type_name == None` (a nil
/// operand) `%!d(<nil>)`. `value` is the operand already formatted with verb `v`
/// *using the directive's flags unchanged* (Go does not clear them: `%5z` of 3
/// gives `%!z(int=    3)`).
pub fn bad_verb(out: &mut Vec<u8>, verb: char, type_name: Option<&str>, value: &[u8]) {
    out.extend_from_slice(b"%!");
    push_char(out, verb);
    out.push(b'(');
    match type_name {
        Some(t) => {
            out.extend_from_slice(t.as_bytes());
            out.push(b'=');
            out.extend_from_slice(value);
        }
        None => out.extend_from_slice(b"<nil>"),
    }
    out.push(b')');
}

/// Models `(*pp).missingArg`: `%!d(MISSING)`.
pub fn missing_arg(out: &mut Vec<u8>, verb: char) {
    out.extend_from_slice(b"%!");
    push_char(out, verb);
    out.extend_from_slice(b"(MISSING)");
}

/// Models `(*pp).badArgNum`: `%!d(BADINDEX)`.
pub fn bad_arg_num(out: &mut Vec<u8>, verb: char) {
    out.extend_from_slice(b"%!");
    push_char(out, verb);
    out.extend_from_slice(b"(BADINDEX)");
}

/// Models the tail of `doPrintf` for unused operands: `%!(EXTRA string=x, int=3)`.
/// Each item is `(type_name, %v text)`; `None` type prints `<nil>`.
pub fn extra_args(out: &mut Vec<u8>, items: &[(Option<&str>, &[u8])]) {
    out.extend_from_slice(b"%!(EXTRA ");
    for (i, (t, v)) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        match t {
            Some(t) => {
                out.extend_from_slice(t.as_bytes());
                out.push(b'=');
                out.extend_from_slice(v);
            }
            None => out.extend_from_slice(b"<nil>"),
        }
    }
    out.push(b')');
}

/// Models `(*pp).catchPanic`'s output: `%!v(PANIC=String method: boom)`.
pub fn panic_in_method(out: &mut Vec<u8>, verb: char, method: &str, panic_text: &[u8]) {
    out.extend_from_slice(b"%!");
    push_char(out, verb);
    out.extend_from_slice(b"(PANIC=");
    out.extend_from_slice(method.as_bytes());
    out.extend_from_slice(b" method: ");
    out.extend_from_slice(panic_text);
    out.push(b')');
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut b = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

// ---------------------------------------------------------------------------
// Format strings
// ---------------------------------------------------------------------------

/// How a width or precision was given in a directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Not given.
    None,
    /// A literal number (`%5d`, `%.2f`; `%.f` gives `Lit(0)`).
    Lit(usize),
    /// `*`: taken from the next operand.
    Star,
}

/// One piece of a parsed format string (see [`parse_format`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Literal bytes copied as they are.
    Lit(Vec<u8>),
    /// A directive. `%%` (with any flags/width) is `verb: '%'` and takes no operand.
    Directive {
        /// Flags with `width`/`prec` left `None` (see `width`/`prec` below).
        flags: Flags,
        /// Width.
        width: Count,
        /// Precision.
        prec: Count,
        /// Explicit 1-based operand index `%[n]d` before the verb, if any.
        arg_index: Option<usize>,
        /// The verb (U+FFFD for invalid UTF-8).
        verb: char,
    },
    /// `%` at the end of the string: prints `%!(NOVERB)`.
    NoVerb,
}

/// Tokenizes a Printf format string into [`Piece`]s (a static view for
/// compilers/tools). It records flags, literal or `*` width/precision and an
/// explicit `[n]` index just before the verb; the full runtime semantics
/// (indexes before `*`, `BADINDEX`, `BADWIDTH`, `EXTRA`) are modelled exactly by
/// [`do_printf`], which the VM should use to execute Printf.
pub fn parse_format(format: &[u8]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let end = format.len();
    let mut i = 0;
    while i < end {
        let lasti = i;
        while i < end && format[i] != b'%' {
            i += 1;
        }
        if i > lasti {
            pieces.push(Piece::Lit(format[lasti..i].to_vec()));
        }
        if i >= end {
            break;
        }
        i += 1;
        let mut flags = Flags::default();
        while i < end {
            match format[i] {
                b'#' => flags.sharp = true,
                b'0' => flags.zero = true,
                b'+' => flags.plus = true,
                b'-' => flags.minus = true,
                b' ' => flags.space = true,
                _ => break,
            }
            i += 1;
        }
        let mut arg_index = None;
        let take_index = |i: &mut usize| -> Option<usize> {
            if *i < end && format[*i] == b'[' {
                let (idx, wid, ok) = parse_arg_number(&format[*i..]);
                *i += wid;
                if ok {
                    return Some((idx + 1) as usize);
                }
            }
            None
        };
        if let Some(n) = take_index(&mut i) {
            arg_index = Some(n);
        }
        let mut width = Count::None;
        if i < end && format[i] == b'*' {
            i += 1;
            width = Count::Star;
        } else {
            let (n, ok, ni) = parse_num(format, i, end);
            i = ni;
            if ok {
                width = Count::Lit(n);
            }
        }
        let mut prec = Count::None;
        if i + 1 < end && format[i] == b'.' {
            i += 1;
            if let Some(n) = take_index(&mut i) {
                arg_index = Some(n);
            }
            if i < end && format[i] == b'*' {
                i += 1;
                prec = Count::Star;
            } else {
                let (n, ok, ni) = parse_num(format, i, end);
                i = ni;
                prec = Count::Lit(if ok { n } else { 0 });
            }
        }
        if let Some(n) = take_index(&mut i) {
            arg_index = Some(n);
        }
        if i >= end {
            pieces.push(Piece::NoVerb);
            break;
        }
        let (r, size) = utf8::decode_rune(&format[i..]);
        i += size;
        let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
        pieces.push(Piece::Directive { flags, width, prec, arg_index, verb });
    }
    pieces
}

fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Go's `parsenum`: (num, isnum, newi).
fn parse_num(s: &[u8], start: usize, end: usize) -> (usize, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut isnum = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[i] - b'0') as i64;
        isnum = true;
        i += 1;
    }
    (num as usize, isnum, i)
}

/// Go's `parseArgNumber`: (zero-based index, bytes consumed, ok).
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parse_num(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width as i64 - 1, i + 1, true);
        }
    }
    (0, 1, false)
}

/// The operands of a Printf call, as [`do_printf`] needs them.
pub trait PrintfArgs {
    /// Number of operands.
    fn len(&self) -> usize;
    /// Whether there are no operands.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Go's `intFromArg`: `Some(n)` if operand `i` has an integer kind (any int or
    /// uint type) and its value fits in an `int`; `None` otherwise.
    fn int_arg(&self, i: usize) -> Option<i64>;
    /// Go's `printArg(a[i], verb)` with the directive's flags (already rewritten
    /// for `%v` via [`Flags::for_verb`]). Bad verbs must be reported by the
    /// implementation with [`bad_verb`].
    fn print_arg(&mut self, out: &mut Vec<u8>, i: usize, verb: char, flags: &Flags);
    /// The Go type name of operand `i` (`reflect.TypeOf(a[i]).String()`), or
    /// `None` for a nil interface; used for `%!(EXTRA ...)`.
    fn type_name(&self, i: usize) -> Option<String>;
    /// Whether operand `i` is non-nil and its type's kind is string (named
    /// string types included); [`do_print`] puts spaces only between operands
    /// when neither is a string.
    fn is_string_kind(&self, i: usize) -> bool;
}

/// Models `(*pp).doPrint` (`fmt.Print`/`Sprint`/`Fprint`): operands formatted with
/// `%v`, a space added between two operands when neither is a string.
pub fn do_print(out: &mut Vec<u8>, args: &mut dyn PrintfArgs) {
    let mut prev_string = false;
    for i in 0..args.len() {
        let is_string = args.is_string_kind(i);
        if i > 0 && !is_string && !prev_string {
            out.push(b' ');
        }
        args.print_arg(out, i, 'v', &Flags::default());
        prev_string = is_string;
    }
}

/// Models `(*pp).doPrintln` (`fmt.Println`/`Sprintln`/`Fprintln`): operands formatted
/// with `%v`, always separated by spaces, followed by a newline.
pub fn do_println(out: &mut Vec<u8>, args: &mut dyn PrintfArgs) {
    for i in 0..args.len() {
        if i > 0 {
            out.push(b' ');
        }
        args.print_arg(out, i, 'v', &Flags::default());
    }
    out.push(b'\n');
}

/// Models `(*pp).doPrintf`: executes `format` against `args`, appending to `out`,
/// including `%!(EXTRA ...)`, `%!v(MISSING)`, `%!v(BADINDEX)`, `%!(NOVERB)`,
/// `%!(BADWIDTH)`, `%!(BADPREC)` and explicit argument indexes.
pub fn do_printf(out: &mut Vec<u8>, format: &[u8], args: &mut dyn PrintfArgs) {
    let end = format.len();
    let nargs = args.len();
    let mut arg_num: usize = 0;
    let mut after_index;
    let mut reordered = false;
    let mut i = 0;
    'format_loop: while i < end {
        let mut good_arg_num = true;
        let lasti = i;
        while i < end && format[i] != b'%' {
            i += 1;
        }
        if i > lasti {
            out.extend_from_slice(&format[lasti..i]);
        }
        if i >= end {
            break;
        }
        i += 1;
        let mut f = Flags::default();
        while i < end {
            let c = format[i];
            match c {
                b'#' => f.sharp = true,
                b'0' => f.zero = true,
                b'+' => f.plus = true,
                b'-' => f.minus = true,
                b' ' => f.space = true,
                _ => {
                    if c.is_ascii_lowercase() && arg_num < nargs {
                        let verb = c as char;
                        let g = f.for_verb(verb);
                        args.print_arg(out, arg_num, verb, &g);
                        arg_num += 1;
                        i += 1;
                        continue 'format_loop;
                    }
                    break;
                }
            }
            i += 1;
        }

        // argNumber
        let arg_number = |arg_num: usize, i: usize, good: &mut bool, reordered: &mut bool| -> (usize, usize, bool) {
            if end <= i || format[i] != b'[' {
                return (arg_num, i, false);
            }
            *reordered = true;
            let (index, wid, ok) = parse_arg_number(&format[i..]);
            if ok && 0 <= index && (index as usize) < nargs {
                return (index as usize, i + wid, true);
            }
            *good = false;
            (arg_num, i + wid, ok)
        };

        (arg_num, i, after_index) = arg_number(arg_num, i, &mut good_arg_num, &mut reordered);

        // Width.
        if i < end && format[i] == b'*' {
            i += 1;
            let (n, ok, na) = int_from_arg(args, arg_num);
            arg_num = na;
            if !ok {
                out.extend_from_slice(BAD_WIDTH.as_bytes());
                f.width = None;
            } else if n < 0 {
                f.width = Some(n.unsigned_abs() as usize);
                f.minus = true;
                f.zero = false;
            } else {
                f.width = Some(n as usize);
            }
            after_index = false;
        } else {
            let (n, ok, ni) = parse_num(format, i, end);
            i = ni;
            if ok {
                f.width = Some(n);
                if after_index {
                    good_arg_num = false;
                }
            }
        }

        // Precision.
        if i + 1 < end && format[i] == b'.' {
            i += 1;
            if after_index {
                good_arg_num = false;
            }
            (arg_num, i, after_index) = arg_number(arg_num, i, &mut good_arg_num, &mut reordered);
            if i < end && format[i] == b'*' {
                i += 1;
                let (n, ok, na) = int_from_arg(args, arg_num);
                arg_num = na;
                if n < 0 || !ok {
                    // Negative precision arguments don't make sense: Go reports BADPREC.
                    f.prec = None;
                    out.extend_from_slice(BAD_PREC.as_bytes());
                } else {
                    f.prec = Some(n as usize);
                }
                after_index = false;
            } else {
                let (n, ok, ni) = parse_num(format, i, end);
                i = ni;
                f.prec = Some(if ok { n } else { 0 });
            }
        }

        if !after_index {
            (arg_num, i, after_index) = arg_number(arg_num, i, &mut good_arg_num, &mut reordered);
        }
        let _ = after_index;

        if i >= end {
            out.extend_from_slice(NO_VERB.as_bytes());
            break;
        }

        let (r, size) = utf8::decode_rune(&format[i..]);
        let verb = char::from_u32(r).unwrap_or('\u{FFFD}');
        i += size;

        if verb == '%' {
            out.push(b'%');
        } else if !good_arg_num {
            bad_arg_num(out, verb);
        } else if arg_num >= nargs {
            missing_arg(out, verb);
        } else {
            let g = f.for_verb(verb);
            args.print_arg(out, arg_num, verb, &g);
            arg_num += 1;
        }
    }

    if !reordered && arg_num < nargs {
        out.extend_from_slice(b"%!(EXTRA ");
        for (k, idx) in (arg_num..nargs).enumerate() {
            if k > 0 {
                out.extend_from_slice(b", ");
            }
            match args.type_name(idx) {
                None => out.extend_from_slice(b"<nil>"),
                Some(t) => {
                    out.extend_from_slice(t.as_bytes());
                    out.push(b'=');
                    args.print_arg(out, idx, 'v', &Flags::default());
                }
            }
        }
        out.push(b')');
    }
}

/// Go's `intFromArg`: (num, isInt, newArgNum).
fn int_from_arg(args: &dyn PrintfArgs, arg_num: usize) -> (i64, bool, usize) {
    let mut new_arg_num = arg_num;
    let mut num = 0;
    let mut is_int = false;
    if arg_num < args.len() {
        if let Some(n) = args.int_arg(arg_num) {
            num = n;
            is_int = true;
        }
        new_arg_num = arg_num + 1;
        if too_large(num) {
            num = 0;
            is_int = false;
        }
    }
    (num, is_int, new_arg_num)
}
