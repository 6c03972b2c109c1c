//! Go's `unicode/utf8` package over byte slices (Go strings may hold invalid UTF-8).

/// `utf8.RuneError`: U+FFFD, returned for invalid encodings.
pub const RUNE_ERROR: u32 = 0xFFFD;
/// `utf8.RuneSelf`: runes below this are single bytes.
pub const RUNE_SELF: u32 = 0x80;
/// `utf8.MaxRune`: the maximum valid Unicode code point.
pub const MAX_RUNE: u32 = 0x10FFFF;
/// `utf8.UTFMax`: maximum number of bytes of a UTF-8 encoded rune.
pub const UTF_MAX: usize = 4;

const SURROGATE_MIN: u32 = 0xD800;
const SURROGATE_MAX: u32 = 0xDFFF;

/// Models Go's `utf8.DecodeRune`: decodes the first rune of `p`, returning
/// `(rune, width)`. Empty input gives `(RuneError, 0)`; an invalid or
/// incomplete encoding gives `(RuneError, 1)`.
pub fn decode_rune(p: &[u8]) -> (u32, usize) {
    let n = p.len();
    if n == 0 {
        return (RUNE_ERROR, 0);
    }
    let p0 = p[0];
    if p0 < 0x80 {
        return (p0 as u32, 1);
    }
    // Determine expected length and the accepted range of the second byte.
    let (sz, lo, hi) = match p0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if n < sz {
        // Still must validate the bytes present: width is 1 regardless.
        return (RUNE_ERROR, 1);
    }
    let p1 = p[1];
    if p1 < lo || hi < p1 {
        return (RUNE_ERROR, 1);
    }
    if sz == 2 {
        return (((p0 & 0x1F) as u32) << 6 | (p1 & 0x3F) as u32, 2);
    }
    let p2 = p[2];
    if !(0x80..=0xBF).contains(&p2) {
        return (RUNE_ERROR, 1);
    }
    if sz == 3 {
        return (((p0 & 0x0F) as u32) << 12 | ((p1 & 0x3F) as u32) << 6 | (p2 & 0x3F) as u32, 3);
    }
    let p3 = p[3];
    if !(0x80..=0xBF).contains(&p3) {
        return (RUNE_ERROR, 1);
    }
    (((p0 & 0x07) as u32) << 18 | ((p1 & 0x3F) as u32) << 12 | ((p2 & 0x3F) as u32) << 6 | (p3 & 0x3F) as u32, 4)
}

/// Models Go's `utf8.DecodeLastRune`: decodes the last rune of `p`,
/// returning `(rune, width)`; `(RuneError, 0)` if empty, `(RuneError, 1)` if invalid.
pub fn decode_last_rune(p: &[u8]) -> (u32, usize) {
    let end = p.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end - 1;
    let r = p[start] as u32;
    if r < RUNE_SELF {
        return (r, 1);
    }
    // Back up over continuation bytes, at most UTFMax bytes.
    let lim = end.saturating_sub(UTF_MAX);
    while start > lim {
        start -= 1;
        if rune_start(p[start]) {
            break;
        }
    }
    let (r, size) = decode_rune(&p[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// Models Go's `utf8.RuneStart`: reports whether `b` could be the first byte of an encoded rune.
pub fn rune_start(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Models Go's `utf8.ValidRune`: in range and not a surrogate.
pub fn valid_rune(r: i64) -> bool {
    (0..SURROGATE_MIN as i64).contains(&r) || (SURROGATE_MAX as i64 + 1..=MAX_RUNE as i64).contains(&r)
}

/// Models Go's `utf8.RuneLen`: bytes needed to encode `r`, or -1 if `r` is not a valid rune.
pub fn rune_len(r: i64) -> i32 {
    if r < 0 {
        -1
    } else if r < 0x80 {
        1
    } else if r < 0x800 {
        2
    } else if (SURROGATE_MIN as i64..=SURROGATE_MAX as i64).contains(&r) {
        -1
    } else if r < 0x10000 {
        3
    } else if r <= MAX_RUNE as i64 {
        4
    } else {
        -1
    }
}

/// Models Go's `utf8.AppendRune` / `EncodeRune`: appends the UTF-8 encoding of `r`
/// to `out` (invalid runes encode as U+FFFD) and returns the number of bytes written.
pub fn encode_rune(out: &mut Vec<u8>, r: i64) -> usize {
    let c = if valid_rune(r) { char::from_u32(r as u32).unwrap_or('\u{FFFD}') } else { '\u{FFFD}' };
    let mut buf = [0u8; 4];
    let s = c.encode_utf8(&mut buf);
    out.extend_from_slice(s.as_bytes());
    s.len()
}

/// Convenience over [`encode_rune`]: the UTF-8 encoding of `r` as a new vector.
pub fn encode(r: i64) -> Vec<u8> {
    let mut v = Vec::with_capacity(4);
    encode_rune(&mut v, r);
    v
}

/// Models Go's `utf8.RuneCount` / `RuneCountInString`: number of runes in `p`,
/// each invalid byte counting as one rune.
pub fn rune_count(p: &[u8]) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < p.len() {
        if p[i] < 0x80 {
            i += 1;
        } else {
            i += decode_rune(&p[i..]).1;
        }
        n += 1;
    }
    n
}

/// Models Go's `utf8.Valid` / `ValidString`: whether `p` is entirely valid UTF-8.
pub fn valid(p: &[u8]) -> bool {
    std::str::from_utf8(p).is_ok()
}

/// Models Go's `utf8.FullRune`: whether `p` begins with a full encoding of a rune
/// (an invalid encoding counts as full since it decodes as a width-1 error).
pub fn full_rune(p: &[u8]) -> bool {
    let n = p.len();
    if n == 0 {
        return false;
    }
    let (r, w) = decode_rune(p);
    if r != RUNE_ERROR || w != 1 {
        return true;
    }
    // Width-1 error: it is "full" unless the bytes present are a valid prefix.
    let need = match p[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return true,
    };
    if n >= need {
        return true;
    }
    // Check that present continuation bytes are a valid prefix.
    let (lo, hi) = match p[0] {
        0xE0 => (0xA0, 0xBF),
        0xED => (0x80, 0x9F),
        0xF0 => (0x90, 0xBF),
        0xF4 => (0x80, 0x8F),
        _ => (0x80, 0xBF),
    };
    if n > 1 && (p[1] < lo || p[1] > hi) {
        return true;
    }
    if n > 2 && !(0x80..=0xBF).contains(&p[2]) {
        return true;
    }
    false
}

/// Iterates Go-style over `p` like `for i, r := range s`: yields `(byte_offset, rune, width)`.
pub fn runes(p: &[u8]) -> impl Iterator<Item = (usize, u32, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        if i >= p.len() {
            return None;
        }
        let (r, w) = decode_rune(&p[i..]);
        let at = i;
        i += w;
        Some((at, r, w))
    })
}
