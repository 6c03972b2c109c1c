//! Natives of `strings`, `strconv`, `unicode` and `unicode/utf8`, over the
//! byte-string algorithms of crate `gostd`.

use gostd::strconv as sc;
use gostd::{strings as gs, unicode as gu, utf8 as gu8};

use super::{arg, bytes, int, panic_str, ret, ret_bool, ret_int, ret_part, ret_str, str_parts, Entry};
use crate::rterr::RtErr;
use crate::value::Value;
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] = &[
    ("strings.(*Builder).WriteString", builder_write_string, 2),
    ("strings.(*Builder).WriteByte", builder_write_byte, 2),
    ("strings.Compare", strings_compare, 2),
    ("strings.Contains", strings_contains, 2),
    ("strings.ContainsAny", strings_contains_any, 2),
    ("strings.ContainsRune", strings_contains_rune, 2),
    ("strings.Count", strings_count, 2),
    ("strings.EqualFold", strings_equal_fold, 2),
    ("strings.Fields", strings_fields, 1),
    ("strings.HasPrefix", strings_has_prefix, 2),
    ("strings.HasSuffix", strings_has_suffix, 2),
    ("strings.Index", strings_index, 2),
    ("strings.IndexAny", strings_index_any, 2),
    ("strings.IndexByte", strings_index_byte, 2),
    ("strings.IndexRune", strings_index_rune, 2),
    ("strings.Join", strings_join, 2),
    ("strings.LastIndex", strings_last_index, 2),
    ("strings.LastIndexAny", strings_last_index_any, 2),
    ("strings.LastIndexByte", strings_last_index_byte, 2),
    ("strings.Repeat", strings_repeat, 2),
    ("strings.Replace", strings_replace, 4),
    ("strings.ReplaceAll", strings_replace_all, 3),
    ("strings.Split", strings_split, 2),
    ("strings.SplitAfter", strings_split_after, 2),
    ("strings.SplitAfterN", strings_split_after_n, 3),
    ("strings.SplitN", strings_split_n, 3),
    ("strings.Title", strings_title, 1),
    ("strings.ToLower", strings_to_lower, 1),
    ("strings.ToTitle", strings_to_title, 1),
    ("strings.ToUpper", strings_to_upper, 1),
    ("strings.ToValidUTF8", strings_to_valid_utf8, 2),
    ("strings.Trim", strings_trim, 2),
    ("strings.TrimLeft", strings_trim_left, 2),
    ("strings.TrimPrefix", strings_trim_prefix, 2),
    ("strings.TrimRight", strings_trim_right, 2),
    ("strings.TrimSpace", strings_trim_space, 1),
    ("strings.TrimSuffix", strings_trim_suffix, 2),
    ("strconv.parseInt", strconv_parse_int, 3),
    ("strconv.parseUint", strconv_parse_uint, 3),
    ("strconv.parseFloat", strconv_parse_float, 2),
    ("strconv.Itoa", strconv_itoa, 1),
    ("strconv.FormatInt", strconv_format_int, 2),
    ("strconv.FormatUint", strconv_format_uint, 2),
    ("strconv.FormatFloat", strconv_format_float, 4),
    ("strconv.Quote", strconv_quote, 1),
    ("strconv.QuoteToASCII", strconv_quote_to_ascii, 1),
    ("strconv.QuoteToGraphic", strconv_quote_to_graphic, 1),
    ("strconv.QuoteRune", strconv_quote_rune, 1),
    ("strconv.QuoteRuneToASCII", strconv_quote_rune_to_ascii, 1),
    ("strconv.QuoteRuneToGraphic", strconv_quote_rune_to_graphic, 1),
    ("strconv.CanBackquote", strconv_can_backquote, 1),
    ("strconv.IsPrint", strconv_is_print, 1),
    ("strconv.IsGraphic", strconv_is_graphic, 1),
    ("strconv.unquote", strconv_unquote, 1),
    ("unicode.IsControl", unicode_is_control, 1),
    ("unicode.IsDigit", unicode_is_digit, 1),
    ("unicode.IsGraphic", unicode_is_graphic, 1),
    ("unicode.IsLetter", unicode_is_letter, 1),
    // reflect's isValidFieldName, without importing unicode.
    ("reflect.isUnicodeLetter", unicode_is_letter, 1),
    ("reflect.isUnicodeDigit", unicode_is_digit, 1),
    ("unicode.IsLower", unicode_is_lower, 1),
    ("unicode.IsMark", unicode_is_mark, 1),
    ("unicode.IsNumber", unicode_is_number, 1),
    ("unicode.IsPrint", unicode_is_print, 1),
    ("unicode.IsPunct", unicode_is_punct, 1),
    ("unicode.IsSpace", unicode_is_space, 1),
    ("unicode.IsSymbol", unicode_is_symbol, 1),
    ("unicode.IsTitle", unicode_is_title, 1),
    ("unicode.IsUpper", unicode_is_upper, 1),
    ("unicode.SimpleFold", unicode_simple_fold, 1),
    ("unicode.To", unicode_to, 2),
    ("unicode.ToLower", unicode_to_lower, 1),
    ("unicode.ToTitle", unicode_to_title, 1),
    ("unicode.ToUpper", unicode_to_upper, 1),
    ("unicode/utf8.DecodeLastRune", utf8_decode_last_rune, 1),
    ("unicode/utf8.DecodeLastRuneInString", utf8_decode_last_rune_in_string, 1),
    ("unicode/utf8.DecodeRune", utf8_decode_rune, 1),
    ("unicode/utf8.DecodeRuneInString", utf8_decode_rune_in_string, 1),
    ("unicode/utf8.EncodeRune", utf8_encode_rune, 2),
    ("unicode/utf8.FullRune", utf8_full_rune, 1),
    ("unicode/utf8.FullRuneInString", utf8_full_rune_in_string, 1),
    ("unicode/utf8.RuneCount", utf8_rune_count, 1),
    ("unicode/utf8.RuneCountInString", utf8_rune_count_in_string, 1),
    ("unicode/utf8.RuneLen", utf8_rune_len, 1),
    ("unicode/utf8.Valid", utf8_valid, 1),
    ("unicode/utf8.ValidRune", utf8_valid_rune, 1),
    ("unicode/utf8.ValidString", utf8_valid_string, 1),
];

// --------------------------------------------------------------------
// strings

/// Index of `sep` in `s` (Go's strings.Index), -1 if absent.
pub fn index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return 0;
    }
    if sep.len() > s.len() {
        return -1;
    }
    // Go's IndexByte and Index are vectorised (internal/bytealg); memchr
    // is the same kind of search.
    if sep.len() == 1 {
        return memchr::memchr(sep[0], s).map_or(-1, |i| i as i64);
    }
    memchr::memmem::find(s, sep).map_or(-1, |i| i as i64)
}

fn last_index(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return s.len() as i64;
    }
    if sep.len() > s.len() {
        return -1;
    }
    memchr::memmem::rfind(s, sep).map_or(-1, |i| i as i64)
}

/// Non-overlapping occurrences (utf8.RuneCount+1 for an empty sep).
fn count(s: &[u8], sep: &[u8]) -> usize {
    if sep.is_empty() {
        return gu8::rune_count(s) + 1;
    }
    // bytealg.CountString for one byte, else Index from after each match
    // (memmem's iterator skips a whole match too: non-overlapping).
    if sep.len() == 1 {
        return memchr::memchr_iter(sep[0], s).count();
    }
    memchr::memmem::find_iter(s, sep).count()
}

/// Go's genSplit: the pieces and the capacity Go allocates.
fn gen_split(src: &Value, sep: &[u8], sep_save: usize, n: i64) -> Value {
    let s = src.str_bytes();
    if n == 0 {
        return Value::Nil;
    }
    if sep.is_empty() {
        // explode
        let l = gu8::rune_count(s) as i64;
        let n = if n < 0 || n > l { l } else { n } as usize;
        let mut parts: Vec<&[u8]> = Vec::with_capacity(n);
        let mut rest = s;
        for _ in 0..n.saturating_sub(1) {
            let (_, size) = gu8::decode_rune(rest);
            parts.push(&rest[..size]);
            rest = &rest[size..];
        }
        if n > 0 {
            parts.push(rest);
        }
        return str_parts(src, &parts, 0);
    }
    let mut n = if n < 0 { count(s, sep) as i64 + 1 } else { n };
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let cap = n as usize;
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut rest = s;
    while (parts.len() as i64) < n - 1 {
        let m = index(rest, sep);
        if m < 0 {
            break;
        }
        let m = m as usize;
        parts.push(&rest[..m + sep_save]);
        rest = &rest[m + sep.len()..];
    }
    parts.push(rest);
    str_parts(src, &parts, cap)
}

/// `strings.(*Builder)` writes: Go's `copyCheck` (the first write records
/// the Builder's own address in `addr`; a write through a copy panics),
/// then `b.buf = append(b.buf, src...)`. Panics carry the frames
/// `copyCheck` and the method (`traceback::raising_native_frames`).
fn builder_append(vm: &Vm, recv: &Value, src: &[u8]) -> Result<(), NativeOut> {
    use crate::value::Pointer;
    let a = match recv {
        Value::Pointer(Pointer::Agg(a)) => a.clone(),
        _ => match super::recv_agg(vm, recv) {
            Some(a) => a,
            None => return Err(super::nil_deref(vm)),
        },
    };
    let buf = {
        let mut f = a.borrow_mut();
        if f.len() < 2 {
            return Err(super::nil_deref(vm));
        }
        match &f[0] {
            Value::Nil => f[0] = recv.clone(),
            // The same Builder as at the first write (the common case,
            // without comparing pointer values in general).
            Value::Pointer(Pointer::Agg(x)) if matches!(recv, Value::Pointer(Pointer::Agg(y)) if std::rc::Rc::ptr_eq(x, y)) => {}
            addr => {
                if !matches!(crate::value::equal(addr, recv, &vm.prog.types), Ok(true)) {
                    return Err(panic_str("strings: illegal use of non-zero Builder copied by value"));
                }
            }
        }
        std::mem::take(&mut f[1])
    };
    let grown = match &buf {
        Value::Bytes(_) | Value::Nil => vm.append_bytes(&buf, src, crate::value::Elem::U8, 0),
        _ => {
            // A buf over an array's Values (not made by these methods).
            let mut v = buf.slice_elems();
            v.extend(src.iter().map(|&b| Value::Int(b as i64)));
            super::byte_slice(v.iter().map(crate::value::byte_of).collect())
        }
    };
    drop(buf);
    a.borrow_mut()[1] = grown;
    Ok(())
}

fn builder_write_string(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    match builder_append(vm, arg(a, 0), bytes(a, 1)) {
        Ok(()) => NativeOut::Ret(smallvec::smallvec![Value::Int(bytes(a, 1).len() as i64), Value::Nil]),
        Err(p) => p,
    }
}

fn builder_write_byte(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    match builder_append(vm, arg(a, 0), &[int(a, 1) as u8]) {
        Ok(()) => ret(Value::Nil),
        Err(p) => p,
    }
}

fn strings_compare(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(match bytes(a, 0).cmp(bytes(a, 1)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    })
}

fn strings_contains(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(index(bytes(a, 0), bytes(a, 1)) >= 0)
}

fn index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let set: Vec<u32> = gu8::runes(chars).map(|(_, r, _)| r).collect();
    for (i, r, _) in gu8::runes(s) {
        if set.contains(&r) {
            return i as i64;
        }
    }
    -1
}

fn last_index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    let set: Vec<u32> = gu8::runes(chars).map(|(_, r, _)| r).collect();
    let mut last = -1;
    for (i, r, _) in gu8::runes(s) {
        if set.contains(&r) {
            last = i as i64;
        }
    }
    last
}

fn strings_contains_any(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(index_any(bytes(a, 0), bytes(a, 1)) >= 0)
}

fn strings_contains_rune(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(gs::index_rune(bytes(a, 0), int(a, 1)) >= 0)
}

fn strings_count(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(count(bytes(a, 0), bytes(a, 1)) as i64)
}

fn strings_equal_fold(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(gs::equal_fold(bytes(a, 0), bytes(a, 1)))
}

/// Fields counts the fields first and makes `[]string` of that length, as
/// Go's does; the count is charged before any field is made (a slice
/// element and a borrowed piece each, as `split_alloc`).
fn strings_fields(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let s = bytes(a, 0);
    if s.len() >= 1 << 14 {
        let (mut n, mut in_field) = (0u64, false);
        for (_, r, _) in gu8::runes(s) {
            let space = gu::is_space(r as i64);
            if !space && !in_field {
                n += 1;
            }
            in_field = !space;
        }
        if let Err(out) = vm.native_alloc_sized(n * (crate::heap::ELEM_BYTES + 16), n * 16) {
            return out;
        }
    }
    ret(str_parts(arg(a, 0), &gs::fields(s), 0))
}

fn strings_has_prefix(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(bytes(a, 0).starts_with(bytes(a, 1)))
}

fn strings_has_suffix(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(bytes(a, 0).ends_with(bytes(a, 1)))
}

fn strings_index(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(index(bytes(a, 0), bytes(a, 1)))
}

fn strings_index_any(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(index_any(bytes(a, 0), bytes(a, 1)))
}

fn strings_index_byte(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let c = int(a, 1) as u8;
    ret_int(bytes(a, 0).iter().position(|&b| b == c).map(|i| i as i64).unwrap_or(-1))
}

fn strings_index_rune(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gs::index_rune(bytes(a, 0), int(a, 1)))
}

fn strings_join(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let elems = super::elems(arg(a, 0));
    let sep = bytes(a, 1);
    // Go's Join sizes its buffer first (and panics on overflow); the size
    // is checked against --max-heap before anything is allocated.
    let n = elems.iter().map(|e| e.str_bytes().len() as u64).sum::<u64>() + (sep.len() as u64) * (elems.len().saturating_sub(1) as u64);
    if let Err(out) = vm.native_alloc(n) {
        return out;
    }
    let mut out = Vec::with_capacity(n as usize);
    for (i, e) in elems.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(e.str_bytes());
    }
    ret_str(out)
}

fn strings_last_index(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(last_index(bytes(a, 0), bytes(a, 1)))
}

fn strings_last_index_any(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(last_index_any(bytes(a, 0), bytes(a, 1)))
}

fn strings_last_index_byte(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let c = int(a, 1) as u8;
    ret_int(bytes(a, 0).iter().rposition(|&b| b == c).map(|i| i as i64).unwrap_or(-1))
}

fn strings_repeat(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let s = bytes(a, 0);
    let n = int(a, 1);
    if n < 0 {
        return panic_str("strings: negative Repeat count");
    }
    if (s.len() as u128) * (n as u128) > (i64::MAX as u128) {
        return panic_str("strings: Repeat output length overflow");
    }
    if let Err(out) = vm.native_alloc(s.len() as u64 * n as u64) {
        return out;
    }
    ret_str(s.repeat(n as usize))
}

fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> Vec<u8> {
    if old == new || n == 0 {
        return s.to_vec();
    }
    let m = count(s, old) as i64;
    if m == 0 {
        return s.to_vec();
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut b = Vec::with_capacity(s.len());
    let mut start = 0usize;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                let (_, wid) = gu8::decode_rune(&s[start..]);
                j += wid;
            }
        } else {
            j += index(&s[start..], old) as usize;
        }
        b.extend_from_slice(&s[start..j]);
        b.extend_from_slice(new);
        start = j + old.len();
    }
    b.extend_from_slice(&s[start..]);
    b
}

/// The length of `replace(s, old, new, n)`, checked against --max-heap
/// before the result is built (a Replace can multiply its input's size).
fn replace_checked(vm: &mut Vm, s: &[u8], old: &[u8], new: &[u8], n: i64) -> NativeOut {
    if new.len() > old.len() && n != 0 {
        let m = count(s, old) as u64;
        let m = if n < 0 { m } else { m.min(n as u64) };
        if let Err(out) = vm.native_alloc(s.len() as u64 + m.saturating_mul((new.len() - old.len()) as u64)) {
            return out;
        }
    }
    ret_str(replace(s, old, new, n))
}

fn strings_replace(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    replace_checked(vm, bytes(a, 0), bytes(a, 1), bytes(a, 2), int(a, 3))
}

fn strings_replace_all(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    replace_checked(vm, bytes(a, 0), bytes(a, 1), bytes(a, 2), -1)
}

/// genSplit's `make([]string, n)`, charged before the parts are made: n
/// is counted first (Go counts too), each part a slice element here and a
/// borrowed piece while they are collected.
fn split_alloc(vm: &mut Vm, s: &[u8], sep: &[u8], n: i64) -> Result<(), NativeOut> {
    if s.len() < 1 << 14 {
        return Ok(());
    }
    let parts = if sep.is_empty() { gu8::rune_count(s) as u64 } else { count(s, sep) as u64 + 1 };
    let parts = if n > 0 { parts.min(n as u64) } else { parts };
    vm.native_alloc_sized(parts * (crate::heap::ELEM_BYTES + 16), parts * 16)
}

fn strings_split(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    if let Err(out) = split_alloc(vm, bytes(a, 0), bytes(a, 1), -1) {
        return out;
    }
    ret(gen_split(arg(a, 0), bytes(a, 1), 0, -1))
}

fn strings_split_after(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let sep = bytes(a, 1);
    if let Err(out) = split_alloc(vm, bytes(a, 0), sep, -1) {
        return out;
    }
    ret(gen_split(arg(a, 0), sep, sep.len(), -1))
}

fn strings_split_after_n(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let sep = bytes(a, 1);
    if let Err(out) = split_alloc(vm, bytes(a, 0), sep, int(a, 2)) {
        return out;
    }
    ret(gen_split(arg(a, 0), sep, sep.len(), int(a, 2)))
}

fn strings_split_n(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    if let Err(out) = split_alloc(vm, bytes(a, 0), bytes(a, 1), int(a, 2)) {
        return out;
    }
    ret(gen_split(arg(a, 0), bytes(a, 1), 0, int(a, 2)))
}

fn is_separator(r: i64) -> bool {
    if r <= 0x7F {
        let c = r as u8;
        return !(c.is_ascii_alphanumeric() || c == b'_');
    }
    if gu::is_letter(r) || gu::is_digit(r) {
        return false;
    }
    gu::is_space(r)
}

fn strings_title(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let mut prev = b' ' as i64;
    ret_str(gs::map(bytes(a, 0), |r| {
        let out = if is_separator(prev) { gu::to_title(r) } else { r };
        prev = r;
        out
    }))
}

fn strings_to_lower(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(gs::to_lower(bytes(a, 0)))
}

fn strings_to_title(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(gs::to_title(bytes(a, 0)))
}

fn strings_to_upper(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(gs::to_upper(bytes(a, 0)))
}

/// ToValidUTF8: every run of invalid bytes becomes the replacement, so the
/// result can be far longer than `s` (a 64 KiB replacement for each of a
/// million runs). Its size is counted first and charged before it is built.
fn strings_to_valid_utf8(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (s, rep) = (bytes(a, 0), bytes(a, 1));
    if rep.len() > 1 && s.len().saturating_mul(rep.len()) >= 1 << 20 {
        let (mut runs, mut invalid, mut i) = (0u64, false, 0);
        while i < s.len() {
            let (_, wid) = gu8::decode_rune(&s[i..]);
            if wid == 1 && s[i] >= 0x80 {
                if !invalid {
                    runs += 1;
                }
                invalid = true;
            } else {
                invalid = false;
            }
            i += wid.max(1);
        }
        if let Err(out) = vm.native_alloc((s.len() as u64).saturating_add(runs.saturating_mul(rep.len() as u64))) {
            return out;
        }
    }
    ret_str(gs::to_valid_utf8(s, rep))
}

fn cutset_runes(cutset: &[u8]) -> Vec<u32> {
    gu8::runes(cutset).map(|(_, r, _)| r).collect()
}

fn trim_left<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    let set = cutset_runes(cutset);
    gs::trim_left_func(s, |r| set.contains(&(r as u32)))
}

fn trim_right<'a>(s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if s.is_empty() || cutset.is_empty() {
        return s;
    }
    let set = cutset_runes(cutset);
    gs::trim_right_func(s, |r| set.contains(&(r as u32)))
}

fn strings_trim(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let c = bytes(a, 1);
    ret_part(arg(a, 0), trim_right(trim_left(bytes(a, 0), c), c))
}

fn strings_trim_left(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_part(arg(a, 0), trim_left(bytes(a, 0), bytes(a, 1)))
}

fn strings_trim_right(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_part(arg(a, 0), trim_right(bytes(a, 0), bytes(a, 1)))
}

fn strings_trim_prefix(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (s, p) = (bytes(a, 0), bytes(a, 1));
    ret_part(arg(a, 0), s.strip_prefix(p).unwrap_or(s))
}

fn strings_trim_suffix(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (s, p) = (bytes(a, 0), bytes(a, 1));
    ret_part(arg(a, 0), s.strip_suffix(p).unwrap_or(s))
}

fn strings_trim_space(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_part(arg(a, 0), gs::trim_space(bytes(a, 0)))
}

// --------------------------------------------------------------------
// strconv

/// Failure code for the Go side: 1 syntax, 2 range, 3 base, 4 bit size.
fn err_code(e: &sc::NumErrKind) -> (i64, i64) {
    match e {
        sc::NumErrKind::Syntax => (1, 0),
        sc::NumErrKind::Range => (2, 0),
        sc::NumErrKind::Base(b) => (3, *b),
        sc::NumErrKind::BitSize(b) => (4, *b),
    }
}

fn strconv_parse_int(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (v, (c, x)) = match sc::parse_int(bytes(a, 0), int(a, 1), int(a, 2)) {
        Ok(v) => (v, (0, 0)),
        Err((v, e)) => (v, err_code(&e.err)),
    };
    NativeOut::Ret(smallvec::smallvec![Value::Int(v), Value::Int(c), Value::Int(x)])
}

fn strconv_parse_uint(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (v, (c, x)) = match sc::parse_uint(bytes(a, 0), int(a, 1), int(a, 2)) {
        Ok(v) => (v, (0, 0)),
        Err((v, e)) => (v, err_code(&e.err)),
    };
    NativeOut::Ret(smallvec::smallvec![Value::Int(v as i64), Value::Int(c), Value::Int(x)])
}

fn strconv_parse_float(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (v, c) = match sc::parse_float(bytes(a, 0), int(a, 1)) {
        Ok(v) => (v, 0),
        Err((v, e)) => (v, err_code(&e.err).0),
    };
    NativeOut::Ret(smallvec::smallvec![Value::Float(v), Value::Int(c)])
}

fn strconv_itoa(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(sc::itoa(int(a, 0)))
}

fn strconv_format_int(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let base = int(a, 1);
    if !(2..=36).contains(&base) {
        return panic_str("strconv: illegal AppendInt/FormatInt base");
    }
    ret_str(sc::format_int(int(a, 0), base as u32))
}

fn strconv_format_uint(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let base = int(a, 1);
    if !(2..=36).contains(&base) {
        return panic_str("strconv: illegal AppendInt/FormatInt base");
    }
    ret_str(sc::format_uint(int(a, 0) as u64, base as u32))
}

fn strconv_format_float(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let bits = int(a, 3);
    if bits != 32 && bits != 64 {
        return panic_str("strconv: illegal AppendFloat/FormatFloat bitSize");
    }
    // The digits buffer is made at once (ftoa's `max(prec+4, 24)`): a
    // precision of 2^40 is mallocgc's out of memory, before any digit.
    let prec = int(a, 2);
    if prec > 1 << 20 {
        let bytes = (prec as u64).saturating_add(4);
        if let Err(out) = vm.native_alloc(bytes) {
            return out;
        }
        // (Past 2^31 digits: more than gostack's formatter represents.)
        if prec > i64::from(i32::MAX) {
            return vm.native_throw_alloc(bytes);
        }
    }
    ret_str(sc::format_float(super::float(a, 0), int(a, 1) as u8, prec as i32, bits as u32))
}

fn strconv_quote(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(sc::quote(bytes(a, 0)))
}

fn strconv_quote_to_ascii(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(sc::quote_to_ascii(bytes(a, 0)))
}

fn strconv_quote_to_graphic(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(sc::quote_to_graphic(bytes(a, 0)))
}

fn strconv_quote_rune(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(sc::quote_rune(int(a, 0)))
}

fn strconv_quote_rune_to_ascii(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(sc::quote_rune_to_ascii(int(a, 0)))
}

fn strconv_quote_rune_to_graphic(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_str(sc::quote_rune_to_graphic(int(a, 0)))
}

fn strconv_can_backquote(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(sc::can_backquote(bytes(a, 0)))
}

fn strconv_is_print(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(sc::is_print(int(a, 0)))
}

fn strconv_is_graphic(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(sc::is_graphic(int(a, 0)))
}

fn strconv_unquote(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    match sc::unquote(bytes(a, 0)) {
        Ok(v) => NativeOut::Ret(smallvec::smallvec![Value::bytes(&v), Value::Bool(true)]),
        Err(_) => NativeOut::Ret(smallvec::smallvec![Value::str(""), Value::Bool(false)]),
    }
}

// --------------------------------------------------------------------
// unicode

macro_rules! rune_pred {
    ($($name:ident => $f:path),* $(,)?) => {
        $(fn $name(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
            ret_bool($f(int(a, 0) as i32 as i64))
        })*
    };
}

rune_pred! {
    unicode_is_control => gu::is_control,
    unicode_is_digit => gu::is_digit,
    unicode_is_graphic => gu::is_graphic,
    unicode_is_letter => gu::is_letter,
    unicode_is_lower => gu::is_lower,
    unicode_is_mark => gu::is_mark,
    unicode_is_number => gu::is_number,
    unicode_is_print => gu::is_print,
    unicode_is_punct => gu::is_punct,
    unicode_is_space => gu::is_space,
    unicode_is_symbol => gu::is_symbol,
    unicode_is_title => gu::is_title,
    unicode_is_upper => gu::is_upper,
}

fn unicode_simple_fold(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu::simple_fold(int(a, 0) as i32 as i64))
}

fn unicode_to(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu::to(int(a, 0), int(a, 1) as i32 as i64))
}

fn unicode_to_lower(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu::to_lower(int(a, 0) as i32 as i64))
}

fn unicode_to_title(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu::to_title(int(a, 0) as i32 as i64))
}

fn unicode_to_upper(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu::to_upper(int(a, 0) as i32 as i64))
}

// --------------------------------------------------------------------
// unicode/utf8

fn rune_size(r: u32, size: usize) -> NativeOut {
    NativeOut::Ret(smallvec::smallvec![Value::Int(r as i64), Value::Int(size as i64)])
}

fn utf8_decode_last_rune(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (r, n) = gu8::decode_last_rune(&crate::fmt::slice_bytes(arg(a, 0)));
    rune_size(r, n)
}

fn utf8_decode_last_rune_in_string(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (r, n) = gu8::decode_last_rune(bytes(a, 0));
    rune_size(r, n)
}

fn utf8_decode_rune(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (r, n) = gu8::decode_rune(&crate::fmt::slice_bytes(arg(a, 0)));
    rune_size(r, n)
}

fn utf8_decode_rune_in_string(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (r, n) = gu8::decode_rune(bytes(a, 0));
    rune_size(r, n)
}

fn utf8_encode_rune(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let enc = gu8::encode(int(a, 1) as i32 as i64);
    let dst = arg(a, 0);
    let len = dst.slice_len_cap().0 as usize;
    if len < enc.len() {
        return NativeOut::Panic(vm.rt_error(RtErr::Index(enc.len() as i64 - 1, len as i64)));
    }
    super::store_bytes(dst, &enc);
    ret_int(enc.len() as i64)
}

fn utf8_full_rune(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(gu8::full_rune(&crate::fmt::slice_bytes(arg(a, 0))))
}

fn utf8_full_rune_in_string(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(gu8::full_rune(bytes(a, 0)))
}

fn utf8_rune_count(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu8::rune_count(&crate::fmt::slice_bytes(arg(a, 0))) as i64)
}

fn utf8_rune_count_in_string(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu8::rune_count(bytes(a, 0)) as i64)
}

fn utf8_rune_len(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_int(gu8::rune_len(int(a, 0) as i32 as i64) as i64)
}

fn utf8_valid(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(gu8::valid(&crate::fmt::slice_bytes(arg(a, 0))))
}

fn utf8_valid_rune(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(gu8::valid_rune(int(a, 0) as i32 as i64))
}

fn utf8_valid_string(_vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    ret_bool(gu8::valid(bytes(a, 0)))
}
