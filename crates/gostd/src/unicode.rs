//! Go's `unicode` package: character-class predicates and case mappings.
//!
//! The tables in `tables.rs` are generated from the real Go toolchain by
//! `gen/gentables.go`, so results match Go exactly (same Unicode version).

use crate::tables;

pub use crate::tables::UNICODE_VERSION;

/// `unicode.MaxRune`.
pub const MAX_RUNE: u32 = 0x10FFFF;
/// `unicode.ReplacementChar`.
pub const REPLACEMENT_CHAR: u32 = 0xFFFD;
/// `unicode.MaxASCII`.
pub const MAX_ASCII: u32 = 0x7F;
/// `unicode.MaxLatin1`.
pub const MAX_LATIN1: u32 = 0xFF;

pub(crate) fn in_ranges(table: &[(u32, u32)], r: u32) -> bool {
    // Binary search for the last range with lo <= r.
    let idx = table.partition_point(|&(lo, _)| lo <= r);
    idx > 0 && r <= table[idx - 1].1
}

fn map_delta(table: &[(u32, u32, u32, i32)], r: i64) -> i64 {
    if !(0..=MAX_RUNE as i64).contains(&r) {
        return r;
    }
    let ru = r as u32;
    let idx = table.partition_point(|&(lo, _, _, _)| lo <= ru);
    if idx > 0 {
        let (lo, hi, stride, delta) = table[idx - 1];
        #[allow(clippy::manual_is_multiple_of)] // rust-version 1.85
        if ru <= hi && (ru - lo) % stride == 0 {
            return r + delta as i64;
        }
    }
    r
}

fn rune_u32(r: i64) -> Option<u32> {
    if (0..=MAX_RUNE as i64).contains(&r) {
        Some(r as u32)
    } else {
        None
    }
}

macro_rules! pred {
    ($(#[$m:meta])* $name:ident, $table:ident) => {
        $(#[$m])*
        pub fn $name(r: i64) -> bool {
            match rune_u32(r) {
                Some(u) => in_ranges(tables::$table, u),
                None => false,
            }
        }
    };
}

pred!(
    /// Models Go's `unicode.IsLetter` (category L).
    is_letter, LETTER
);
pred!(
    /// Models Go's `unicode.IsDigit` (category Nd).
    is_digit, DIGIT
);
pred!(
    /// Models Go's `unicode.IsNumber` (category N).
    is_number, NUMBER
);
pred!(
    /// Models Go's `unicode.IsSpace`: '\t', '\n', '\v', '\f', '\r', ' ', U+0085, U+00A0 and category Zs etc.
    is_space, SPACE
);
pred!(
    /// Models Go's `unicode.IsUpper`.
    is_upper, UPPER
);
pred!(
    /// Models Go's `unicode.IsLower`.
    is_lower, LOWER
);
pred!(
    /// Models Go's `unicode.IsTitle`.
    is_title, TITLE
);
pred!(
    /// Models Go's `unicode.IsPunct` (category P).
    is_punct, PUNCT
);
pred!(
    /// Models Go's `unicode.IsControl` (C0/C1 controls only).
    is_control, CONTROL
);
pred!(
    /// Models Go's `unicode.IsMark` (category M).
    is_mark, MARK
);
pred!(
    /// Models Go's `unicode.IsSymbol` (category S).
    is_symbol, SYMBOL
);
pred!(
    /// Models Go's `unicode.IsGraphic` (L, M, N, P, S, Zs).
    is_graphic, UGRAPHIC
);
pred!(
    /// Models Go's `unicode.IsPrint` (L, M, N, P, S and ASCII space U+0020 only).
    is_print, UPRINT
);

/// Models Go's `unicode.ToUpper`.
pub fn to_upper(r: i64) -> i64 {
    if (0..0x80).contains(&r) {
        return if (b'a' as i64..=b'z' as i64).contains(&r) { r - 32 } else { r };
    }
    map_delta(tables::TO_UPPER, r)
}

/// Models Go's `unicode.ToLower`.
pub fn to_lower(r: i64) -> i64 {
    if (0..0x80).contains(&r) {
        return if (b'A' as i64..=b'Z' as i64).contains(&r) { r + 32 } else { r };
    }
    map_delta(tables::TO_LOWER, r)
}

/// Models Go's `unicode.ToTitle`.
pub fn to_title(r: i64) -> i64 {
    if (0..0x80).contains(&r) {
        return if (b'a' as i64..=b'z' as i64).contains(&r) { r - 32 } else { r };
    }
    map_delta(tables::TO_TITLE, r)
}

/// Models Go's `unicode.To(_case, r)` with `UpperCase`=0, `LowerCase`=1, `TitleCase`=2;
/// any other case returns `unicode.ReplacementChar`.
pub fn to(case: i64, r: i64) -> i64 {
    match case {
        0 => to_upper(r),
        1 => to_lower(r),
        2 => to_title(r),
        _ => REPLACEMENT_CHAR as i64,
    }
}

/// Models Go's `unicode.SimpleFold`: the next rune in `r`'s case-folding orbit
/// (returns `r` itself when it has none; invalid runes are returned unchanged).
pub fn simple_fold(r: i64) -> i64 {
    map_delta(tables::SIMPLE_FOLD, r)
}
