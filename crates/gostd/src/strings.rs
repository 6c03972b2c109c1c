//! The Unicode-sensitive algorithms of Go's `strings` package over byte slices
//! (Go strings may hold invalid UTF-8; those bytes decode as U+FFFD, width 1).

use crate::unicode;
use crate::utf8;

/// Models Go's `strings.Map`: each rune (invalid bytes read as U+FFFD) is replaced
/// by `mapping(r)`; negative results drop the rune. Invalid bytes therefore come
/// out as the 3-byte encoding of U+FFFD (when the mapping keeps them).
pub fn map(s: &[u8], mut mapping: impl FnMut(i64) -> i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for (_, r, _) in utf8::runes(s) {
        let m = mapping(r as i64);
        if m >= 0 {
            utf8::encode_rune(&mut out, m);
        }
    }
    out
}

/// Models Go's `strings.ToUpper` (`unicode.ToUpper` per rune).
pub fn to_upper(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map(s, unicode::to_upper)
}

/// Models Go's `strings.ToLower` (`unicode.ToLower` per rune).
pub fn to_lower(s: &[u8]) -> Vec<u8> {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map(s, unicode::to_lower)
}

/// Models Go's `strings.ToTitle` (`unicode.ToTitle` per rune).
pub fn to_title(s: &[u8]) -> Vec<u8> {
    map(s, unicode::to_title)
}

/// Models Go's `strings.EqualFold`: equality under simple Unicode case folding.
pub fn equal_fold(s: &[u8], t: &[u8]) -> bool {
    let mut i = 0;
    let n = s.len().min(t.len());
    let mut unicode_path = false;
    while i < n {
        let (mut sr, mut tr) = (s[i], t[i]);
        if (sr | tr) >= 0x80 {
            unicode_path = true;
            break;
        }
        if tr == sr {
            i += 1;
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if sr.is_ascii_uppercase() && tr == sr + (b'a' - b'A') {
            i += 1;
            continue;
        }
        return false;
    }
    if !unicode_path {
        return s.len() == t.len();
    }
    let s = &s[i..];
    let mut t = &t[i..];
    for (_, sr, _) in utf8::runes(s) {
        if t.is_empty() {
            return false;
        }
        let (tr, size) = utf8::decode_rune(t);
        t = &t[size..];
        let (mut sr, mut tr) = (sr as i64, tr as i64);
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < 0x80 {
            if (b'A' as i64..=b'Z' as i64).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        let mut r = unicode::simple_fold(sr);
        while r != sr && r < tr {
            r = unicode::simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    t.is_empty()
}

/// Models Go's `strings.FieldsFunc`: splits around runs of runes satisfying `f`
/// (returns byte ranges of the fields).
pub fn fields_func(s: &[u8], mut f: impl FnMut(i64) -> bool) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    for (i, r, _) in utf8::runes(s) {
        if f(r as i64) {
            if let Some(st) = start.take() {
                spans.push(st..i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        spans.push(st..s.len());
    }
    spans
}

/// Models Go's `strings.Fields`: splits around runs of `unicode.IsSpace` runes.
pub fn fields(s: &[u8]) -> Vec<&[u8]> {
    fields_func(s, unicode::is_space).into_iter().map(|r| &s[r]).collect()
}

/// Models Go's `strings.TrimLeftFunc`.
pub fn trim_left_func(s: &[u8], mut f: impl FnMut(i64) -> bool) -> &[u8] {
    for (i, r, _) in utf8::runes(s) {
        if !f(r as i64) {
            return &s[i..];
        }
    }
    &s[s.len()..]
}

/// Models Go's `strings.TrimRightFunc`.
pub fn trim_right_func(s: &[u8], mut f: impl FnMut(i64) -> bool) -> &[u8] {
    let mut end = s.len();
    while end > 0 {
        let (r, w) = utf8::decode_last_rune(&s[..end]);
        if !f(r as i64) {
            break;
        }
        end -= w;
    }
    &s[..end]
}

/// Models Go's `strings.TrimFunc`.
pub fn trim_func(s: &[u8], mut f: impl FnMut(i64) -> bool) -> &[u8] {
    trim_right_func(trim_left_func(s, &mut f), &mut f)
}

/// Models Go's `strings.TrimSpace`: trims leading and trailing `unicode.IsSpace` runes.
pub fn trim_space(s: &[u8]) -> &[u8] {
    trim_func(s, unicode::is_space)
}

/// Models Go's `strings.ToValidUTF8`: each run of invalid bytes becomes `replacement`.
pub fn to_valid_utf8(s: &[u8], replacement: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut invalid = false;
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c < 0x80 {
            i += 1;
            invalid = false;
            out.push(c);
            continue;
        }
        let (_, wid) = utf8::decode_rune(&s[i..]);
        if wid == 1 {
            i += 1;
            if !invalid {
                invalid = true;
                out.extend_from_slice(replacement);
            }
            continue;
        }
        invalid = false;
        out.extend_from_slice(&s[i..i + wid]);
        i += wid;
    }
    out
}

/// Models Go's `strings.IndexRune`: byte index of the first `r` in `s`, or -1.
/// `r == utf8.RuneError` also matches invalid bytes; invalid runes never match.
pub fn index_rune(s: &[u8], r: i64) -> i64 {
    if (0..0x80).contains(&r) {
        return s.iter().position(|&b| b as i64 == r).map_or(-1, |i| i as i64);
    }
    if r == utf8::RUNE_ERROR as i64 {
        for (i, c, _) in utf8::runes(s) {
            if c == utf8::RUNE_ERROR {
                return i as i64;
            }
        }
        return -1;
    }
    if !utf8::valid_rune(r) {
        return -1;
    }
    let enc = utf8::encode(r);
    s.windows(enc.len()).position(|w| w == enc.as_slice()).map_or(-1, |i| i as i64)
}
