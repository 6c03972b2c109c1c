//! Package regexp's matching, on the regex crate (RE2 syntax, leftmost-first
//! like Go's). `stdlib/regexp.go` has the API; here a Go pattern is checked
//! with the rules of Go's regexp/syntax parser, so that a bad pattern gets
//! Go's error code and argument, and translated to the crate's syntax where
//! the two differ: Go's `\d \s \w \b` are ASCII-only, `\Q...\E` quotes, a
//! `{` that starts no repeat count is a literal, and inside a class `[` and
//! `&&` are literals.

use regex::bytes::{Regex, RegexBuilder};

use super::{arg, int, mk_slice, ret, Entry};
use crate::value::Value;
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] =
    &[("regexp.compileNative", compile_native, 2), ("regexp.execNative", exec_native, 4), ("regexp.literalPrefix", literal_prefix, 1)];

/// The compiled regexps of a run, and their ids by pattern.
#[derive(Default, Debug)]
pub struct Regexps {
    list: Vec<Regex>,
    by_expr: std::collections::HashMap<String, usize>,
    /// Each regexp's translated pattern, and its leftmost-longest engines
    /// once a Longest search needed them.
    patterns: Vec<String>,
    longest: std::collections::HashMap<usize, Option<Longest>>,
}

/// What a leftmost-longest search (Regexp.Longest, CompilePOSIX) uses
/// besides the regexp: the start of the match is the leftmost-first one's
/// (both semantics take the leftmost start). A lazy DFA with
/// `MatchKind::All`, run anchored at that start until it dies, gives the
/// longest end; `(?:re)\z` over the text up to that end gives the
/// submatches of the highest-priority way to reach it, as Go's pike VM
/// and backtracker keep the first thread that reaches the longest end.
#[derive(Debug)]
struct Longest {
    dfa: regex_automata::hybrid::dfa::DFA,
    cache: regex_automata::hybrid::dfa::Cache,
    tail: Regex,
}

impl Longest {
    fn new(pat: &str) -> Option<Longest> {
        use regex_automata::{hybrid::dfa::DFA, nfa::thompson, util::syntax, MatchKind};
        let dfa = DFA::builder()
            .configure(DFA::config().match_kind(MatchKind::All))
            .syntax(syntax::Config::new().utf8(false))
            .thompson(thompson::Config::new().utf8(false))
            .build(pat)
            .ok()?;
        let cache = dfa.create_cache();
        let tail = RegexBuilder::new(&format!("(?:{pat})\\z")).size_limit(64 << 20).build().ok()?;
        Some(Longest { dfa, cache, tail })
    }

    /// The end of the longest match that starts at `start`.
    fn end(&mut self, hay: &[u8], start: usize) -> Option<usize> {
        use regex_automata::{Anchored, Input};
        let input = Input::new(hay).range(start..).anchored(Anchored::Yes);
        self.dfa.try_search_fwd(&mut self.cache, &input).ok().flatten().map(|m| m.offset())
    }
}

/// A Go parse error: (code text, argument), as regexp/syntax.Error holds.
type ParseError = (&'static str, String);

const ERR_MISSING_PAREN: &str = "missing closing )";
const ERR_UNEXPECTED_PAREN: &str = "unexpected )";
const ERR_MISSING_BRACKET: &str = "missing closing ]";
const ERR_MISSING_REPEAT: &str = "missing argument to repetition operator";
const ERR_NESTED_REPEAT: &str = "invalid nested repetition operator";
const ERR_REPEAT_SIZE: &str = "invalid repeat count";
const ERR_ESCAPE: &str = "invalid escape sequence";
const ERR_TRAILING_BACKSLASH: &str = "trailing backslash at end of expression";
const ERR_CHAR_RANGE: &str = "invalid character class range";
const ERR_PERL_OP: &str = "invalid or unsupported Perl syntax";
const ERR_NAMED_CAPTURE: &str = "invalid named capture";
const ERR_UTF8: &str = "invalid UTF-8";
const ERR_INTERNAL: &str = "regexp/syntax: internal error";

/// Go's maximum repeat count (regexp/syntax parse.go).
const MAX_REPEAT: u32 = 1000;

/// What the last item written can take: a repetition operator or not.
#[derive(Clone, PartialEq)]
enum Last {
    /// Start, `(` or `|`: a repetition has no argument.
    Nothing,
    /// An operand.
    Operand,
    /// A repetition operator (its text), which cannot be repeated again.
    Repeat(String),
}

/// Checks Go pattern `expr` and translates it to the regex crate's syntax.
fn translate(expr: &str) -> Result<String, ParseError> {
    let cs: Vec<char> = expr.chars().collect();
    let rest = |i: usize| -> String { cs[i..].iter().collect() };
    let mut out = String::with_capacity(expr.len() + 8);
    let mut depth = 0usize;
    let mut last = Last::Nothing;
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        match c {
            '(' => {
                if cs.get(i + 1) == Some(&'?') {
                    let (text, n) = group_prefix(&cs, i)?;
                    i += n;
                    if text.ends_with(')') {
                        // A flag setting `(?i)`: no group, nothing to repeat.
                        out.push_str(&text);
                        continue;
                    }
                    out.push_str(&text);
                } else {
                    out.push('(');
                    i += 1;
                }
                depth += 1;
                last = Last::Nothing;
                continue;
            }
            ')' => {
                if depth == 0 {
                    return Err((ERR_UNEXPECTED_PAREN, expr.to_string()));
                }
                depth -= 1;
                out.push(')');
                last = Last::Operand;
            }
            '|' => {
                out.push('|');
                last = Last::Nothing;
            }
            '*' | '+' | '?' => {
                let mut op = c.to_string();
                if cs.get(i + 1) == Some(&'?') {
                    op.push('?');
                }
                repeat(&mut last, &op)?;
                out.push_str(&op);
                i += op.chars().count();
                continue;
            }
            '{' => match repeat_count(&cs, i) {
                Some((lo, hi, n)) => {
                    let mut op: String = cs[i..i + n].iter().collect();
                    if hi.is_some_and(|h| h < lo) || lo > MAX_REPEAT || hi.is_some_and(|h| h > MAX_REPEAT) {
                        return Err((ERR_REPEAT_SIZE, op));
                    }
                    if cs.get(i + n) == Some(&'?') {
                        op.push('?');
                    }
                    repeat(&mut last, &op)?;
                    out.push_str(&op);
                    i += op.chars().count();
                    continue;
                }
                None => {
                    out.push_str("\\{");
                    last = Last::Operand;
                }
            },
            '[' => {
                let n = class(&cs, i, &mut out)?;
                i += n;
                last = Last::Operand;
                continue;
            }
            '\\' => {
                if cs.get(i + 1) == Some(&'Q') {
                    // \Q...\E: literal text.
                    let mut j = i + 2;
                    let mut lit = String::new();
                    while j < cs.len() && !(cs[j] == '\\' && cs.get(j + 1) == Some(&'E')) {
                        lit.push(cs[j]);
                        j += 1;
                    }
                    out.push_str(&regex_syntax::escape(&lit));
                    i = (j + 2).min(cs.len());
                    if !lit.is_empty() {
                        last = Last::Operand;
                    }
                    continue;
                }
                let (text, n) = escape(&cs, i, false)?;
                out.push_str(&text);
                i += n;
                last = Last::Operand;
                continue;
            }
            '.' | '^' | '$' => {
                out.push(c);
                last = Last::Operand;
            }
            _ => {
                out.push_str(&regex_syntax::escape(c.encode_utf8(&mut [0; 4])));
                last = Last::Operand;
            }
        }
        i += 1;
    }
    let _ = rest;
    if depth > 0 {
        return Err((ERR_MISSING_PAREN, expr.to_string()));
    }
    Ok(out)
}

/// A repetition operator `op` applied to what `last` describes.
fn repeat(last: &mut Last, op: &str) -> Result<(), ParseError> {
    match std::mem::replace(last, Last::Repeat(op.to_string())) {
        Last::Nothing => Err((ERR_MISSING_REPEAT, op.to_string())),
        Last::Repeat(prev) => Err((ERR_NESTED_REPEAT, format!("{prev}{op}"))),
        Last::Operand => Ok(()),
    }
}

/// `{n}`, `{n,}` or `{n,m}` at `cs[i]`: (n, m (None = unbounded), length).
fn repeat_count(cs: &[char], i: usize) -> Option<(u32, Option<u32>, usize)> {
    let mut j = i + 1;
    let num = |j: &mut usize| -> Option<u32> {
        let start = *j;
        while *j < cs.len() && cs[*j].is_ascii_digit() {
            *j += 1;
        }
        if *j == start {
            return None;
        }
        let s: String = cs[start..*j].iter().collect();
        Some(s.parse::<u32>().unwrap_or(u32::MAX))
    };
    let lo = num(&mut j)?;
    let hi = if cs.get(j) == Some(&',') {
        j += 1;
        if cs.get(j) == Some(&'}') {
            None
        } else {
            Some(num(&mut j)?)
        }
    } else {
        Some(lo)
    };
    if cs.get(j) != Some(&'}') {
        return None;
    }
    Some((lo, hi, j + 1 - i))
}

/// What translate puts before each capture name (see group_prefix).
const NAME_PREFIX: &str = "g_";

/// The `(?...` construct at `cs[i]`: its translation and length. Go knows
/// named captures `(?P<name>` and `(?<name>`, and flags `imsU`.
fn group_prefix(cs: &[char], i: usize) -> Result<(String, usize), ParseError> {
    let t: String = cs[i..].iter().collect();
    let named = if t.starts_with("(?P<") {
        Some(4)
    } else if t.starts_with("(?<") {
        Some(3)
    } else {
        None
    };
    if let Some(skip) = named {
        let Some(end) = t.find('>') else { return Err((ERR_NAMED_CAPTURE, t)) };
        let name = &t[skip..end];
        let capture = &t[..=end];
        if name.is_empty() || !name.chars().all(|c| c == '_' || c.is_alphanumeric()) {
            return Err((ERR_NAMED_CAPTURE, capture.to_string()));
        }
        // The regex crate wants a name to start with a letter or `_`; Go
        // takes any word characters (`(?P<1W>`): every name is prefixed,
        // and compile_native strips the prefix again.
        return Ok((format!("(?P<{NAME_PREFIX}{name}>"), capture.chars().count()));
    }
    // Flags: (?flags) or (?flags:
    let mut j = i + 2;
    let mut sign = false;
    let mut any = false;
    while j < cs.len() {
        match cs[j] {
            'i' | 'm' | 's' | 'U' => any = true,
            '-' if !sign => {
                sign = true;
                any = false;
            }
            ':' | ')' => {
                if sign && !any || (cs[j] == ')' && j == i + 2) {
                    break;
                }
                let text: String = cs[i..=j].iter().collect();
                return Ok((text, j + 1 - i));
            }
            _ => break,
        }
        j += 1;
    }
    let end = (j + 1).min(cs.len());
    Err((ERR_PERL_OP, cs[i..end].iter().collect()))
}

/// Go's ASCII Perl classes, as class items.
fn perl_class(c: char) -> Option<(&'static str, bool)> {
    Some(match c {
        'd' => ("0-9", false),
        'D' => ("0-9", true),
        's' => ("\\t\\n\\x0C\\r ", false),
        'S' => ("\\t\\n\\x0C\\r ", true),
        'w' => ("0-9A-Za-z_", false),
        'W' => ("0-9A-Za-z_", true),
        _ => return None,
    })
}

/// The escape at `cs[i]` (a backslash): its translation and length. In a
/// class (`in_class`), Perl classes are written as nested classes.
fn escape(cs: &[char], i: usize, in_class: bool) -> Result<(String, usize), ParseError> {
    let Some(&c) = cs.get(i + 1) else { return Err((ERR_TRAILING_BACKSLASH, String::new())) };
    let lit = |ch: char| regex_syntax::escape(ch.encode_utf8(&mut [0; 4]));
    if let Some((items, neg)) = perl_class(c) {
        let s = match (neg, in_class) {
            (false, true) => items.to_string(),
            (false, false) => format!("[{items}]"),
            (true, _) => format!("[^{items}]"),
        };
        return Ok((s, 2));
    }
    match c {
        '1'..='7' if !matches!(cs.get(i + 2), Some('0'..='7')) => Err((ERR_ESCAPE, format!("\\{c}"))),
        '0'..='7' => {
            // Up to three octal digits.
            let mut j = i + 1;
            let mut v = 0u32;
            while j < cs.len() && j < i + 4 && ('0'..='7').contains(&cs[j]) {
                v = v * 8 + (cs[j] as u32 - '0' as u32);
                j += 1;
            }
            Ok((format!("\\x{{{v:X}}}"), j - i))
        }
        'x' => {
            let bad = |j: usize| (ERR_ESCAPE, cs[i..j.min(cs.len())].iter().collect::<String>());
            if cs.get(i + 2) == Some(&'{') {
                let mut j = i + 3;
                let mut v: u32 = 0;
                while j < cs.len() && cs[j].is_ascii_hexdigit() {
                    v = v.saturating_mul(16).saturating_add(cs[j].to_digit(16).unwrap_or(0));
                    j += 1;
                }
                if j == i + 3 || cs.get(j) != Some(&'}') || v > 0x10FFFF {
                    return Err(bad(j + 1));
                }
                return Ok((format!("\\x{{{v:X}}}"), j + 1 - i));
            }
            match (cs.get(i + 2), cs.get(i + 3)) {
                (Some(a), Some(b)) if a.is_ascii_hexdigit() && b.is_ascii_hexdigit() => Ok((format!("\\x{a}{b}"), 4)),
                _ => Err(bad(i + 4)),
            }
        }
        'a' => Ok(("\\x07".into(), 2)),
        'f' => Ok(("\\x0C".into(), 2)),
        't' => Ok(("\\t".into(), 2)),
        'n' => Ok(("\\n".into(), 2)),
        'r' => Ok(("\\r".into(), 2)),
        'v' => Ok(("\\x0B".into(), 2)),
        'A' | 'z' if !in_class => Ok((format!("\\{c}"), 2)),
        // Go's word boundary is ASCII.
        'b' if !in_class => Ok(("(?-u:\\b)".into(), 2)),
        'B' if !in_class => Ok(("(?-u:\\B)".into(), 2)),
        'p' | 'P' => {
            let (name, n) = match cs.get(i + 2) {
                Some('{') => match cs[i + 3..].iter().position(|&x| x == '}') {
                    Some(e) => (cs[i + 3..i + 3 + e].iter().collect::<String>(), e + 4),
                    None => return Err((ERR_CHAR_RANGE, cs[i..].iter().collect())),
                },
                Some(&x) => (x.to_string(), 3),
                None => return Err((ERR_CHAR_RANGE, cs[i..].iter().collect())),
            };
            let (neg, bare) = match name.strip_prefix('^') {
                Some(b) => (c == 'p', b.to_string()),
                None => (c == 'P', name.clone()),
            };
            if !unicode_class_known(&bare) {
                return Err((ERR_CHAR_RANGE, cs[i..i + n].iter().collect()));
            }
            Ok((format!("\\{}{{{bare}}}", if neg { 'P' } else { 'p' }), n))
        }
        c if c.is_ascii() && !c.is_ascii_alphanumeric() => Ok((lit(c), 2)),
        _ => Err((ERR_ESCAPE, format!("\\{c}"))),
    }
}

/// Whether Go's unicode tables have class `name` (`\p{Greek}`, `\pL`).
fn unicode_class_known(name: &str) -> bool {
    if name == "Any" {
        return true;
    }
    // The crate knows a superset (aliases, properties); Go knows general
    // categories and scripts by their canonical names.
    let canonical =
        name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    canonical && regex_syntax::ParserBuilder::new().build().parse(&format!("\\p{{{name}}}")).is_ok()
}

/// The character class at `cs[i]` (`[`), written to `out`; its length.
fn class(cs: &[char], i: usize, out: &mut String) -> Result<usize, ParseError> {
    let whole = || cs[i..].iter().collect::<String>();
    let mut j = i + 1;
    out.push('[');
    if cs.get(j) == Some(&'^') {
        out.push('^');
        j += 1;
    }
    let mut first = true;
    // The previous single character, for range checks.
    loop {
        let Some(&c) = cs.get(j) else { return Err((ERR_MISSING_BRACKET, whole())) };
        if c == ']' && !first {
            out.push(']');
            return Ok(j + 1 - i);
        }
        first = false;
        if c == '[' && cs.get(j + 1) == Some(&':') {
            // [:alpha:] and [:^alpha:]
            let t: String = cs[j..].iter().collect();
            if let Some(e) = t[2..].find(":]") {
                let name = &t[2..2 + e];
                let bare = name.strip_prefix('^').unwrap_or(name);
                if !matches!(
                    bare,
                    "alnum"
                        | "alpha"
                        | "ascii"
                        | "blank"
                        | "cntrl"
                        | "digit"
                        | "graph"
                        | "lower"
                        | "print"
                        | "punct"
                        | "space"
                        | "upper"
                        | "word"
                        | "xdigit"
                ) {
                    return Err((ERR_CHAR_RANGE, t[..e + 4].to_string()));
                }
                out.push_str(&t[..e + 4]);
                j += t[..e + 4].chars().count();
                continue;
            }
        }
        // One item: a character (maybe starting a range) or a class escape.
        let (lo, lo_text, n) = class_char(cs, j)?;
        j += n;
        let Some(lo) = lo else {
            out.push_str(&lo_text);
            continue;
        };
        if cs.get(j) == Some(&'-') && cs.get(j + 1).is_some_and(|&x| x != ']') {
            let (hi, hi_text, m) = class_char(cs, j + 1)?;
            let Some(hi) = hi else { return Err((ERR_CHAR_RANGE, cs[j - n..j + 1 + m].iter().collect())) };
            if hi < lo {
                return Err((ERR_CHAR_RANGE, cs[j - n..j + 1 + m].iter().collect()));
            }
            out.push_str(&lo_text);
            out.push('-');
            out.push_str(&hi_text);
            j += 1 + m;
        } else {
            out.push_str(&lo_text);
        }
    }
}

/// One class item at `cs[j]`: the character it stands for (None for a
/// class escape like `\d`), its translation and length.
fn class_char(cs: &[char], j: usize) -> Result<(Option<char>, String, usize), ParseError> {
    let c = cs[j];
    if c != '\\' {
        let text = if matches!(c, '[' | ']' | '&' | '~' | '-' | '^' | '\\') { format!("\\{c}") } else { c.to_string() };
        return Ok((Some(c), text, 1));
    }
    let (text, n) = escape(cs, j, true)?;
    let ch = match cs.get(j + 1) {
        Some(&x) if x.is_ascii() && !x.is_ascii_alphanumeric() => Some(x),
        Some('a') => Some('\x07'),
        Some('f') => Some('\x0C'),
        Some('t') => Some('\t'),
        Some('n') => Some('\n'),
        Some('r') => Some('\r'),
        Some('v') => Some('\x0B'),
        Some('x' | '0'..='7') => {
            let hex = text.trim_start_matches("\\x").trim_start_matches('{').trim_end_matches('}');
            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
        }
        _ => None,
    };
    Ok((ch, text, n))
}

/// compileNative(expr string, longest bool) (id, nsub int, names []string, code, arg string)
fn compile_native(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let raw = arg(args, 0).str_bytes().to_vec();
    let fail = |code: &str, a: &str| {
        NativeOut::Ret(smallvec::smallvec![Value::Int(0), Value::Int(0), Value::Nil, Value::str(code), Value::str(a)])
    };
    let Ok(expr) = std::str::from_utf8(&raw) else {
        let bad = std::str::from_utf8(&raw).err().map(|e| e.valid_up_to()).unwrap_or(0);
        return fail(ERR_UTF8, &String::from_utf8_lossy(&raw[bad..]));
    };
    let state = &mut vm.runtime_state.regexps;
    let id = match state.by_expr.get(expr) {
        Some(&id) => id,
        None => {
            let pat = match translate(expr) {
                Ok(p) => p,
                Err((code, a)) => return fail(code, &a),
            };
            let re = match RegexBuilder::new(&pat).size_limit(64 << 20).build() {
                Ok(re) => re,
                Err(e) => {
                    let msg = e.to_string();
                    let code = if msg.contains("exceeds size limit") { "expression too large" } else { ERR_INTERNAL };
                    return fail(code, expr);
                }
            };
            state.list.push(re);
            state.patterns.push(pat);
            state.by_expr.insert(expr.to_string(), state.list.len() - 1);
            state.list.len() - 1
        }
    };
    let re = &state.list[id];
    let names: Vec<Value> =
        re.capture_names().map(|n| Value::str(n.map(|n| n.strip_prefix(NAME_PREFIX).unwrap_or(n)).unwrap_or(""))).collect();
    let nsub = names.len() as i64 - 1;
    NativeOut::Ret(smallvec::smallvec![Value::Int(id as i64), Value::Int(nsub), mk_slice(names), Value::str(""), Value::str("")])
}

/// execNative(id int, s string, pos int, longest bool) []int
fn exec_native(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let id = int(args, 0) as usize;
    let state = &mut vm.runtime_state.regexps;
    let Some(re) = state.list.get(id) else { return ret(Value::Nil) };
    let s = arg(args, 1).str_bytes();
    let pos = int(args, 2).clamp(0, s.len() as i64) as usize;
    let mut locs = re.capture_locations();
    let Some(first) = re.captures_read_at(&mut locs, s, pos) else {
        return ret(Value::Nil);
    };
    if arg(args, 3).as_bool() {
        let pat = &state.patterns[id];
        let longest = state.longest.entry(id).or_insert_with(|| Longest::new(pat));
        if let Some(l) = longest {
            if let Some(end) = l.end(s, first.start()) {
                if end > first.end() {
                    let mut tail_locs = l.tail.capture_locations();
                    if l.tail.captures_read_at(&mut tail_locs, &s[..end], first.start()).is_some_and(|m| m.start() == first.start()) {
                        locs = tail_locs;
                    }
                }
            }
        }
    }
    let mut out = Vec::with_capacity(locs.len() * 2);
    for g in 0..locs.len() {
        match locs.get(g) {
            Some((a, b)) => out.extend([Value::Int(a as i64), Value::Int(b as i64)]),
            None => out.extend([Value::Int(-1), Value::Int(-1)]),
        }
    }
    ret(mk_slice(out))
}

/// literalPrefix(expr string) (prefix string, complete bool): the literal
/// text every match starts with, as Go's onepass prefix analysis finds it
/// for plain patterns.
fn literal_prefix(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let expr = String::from_utf8_lossy(arg(args, 0).str_bytes()).into_owned();
    let cs: Vec<char> = expr.chars().collect();
    let mut prefix = String::new();
    let mut i = 0;
    let mut complete = true;
    while i < cs.len() {
        let c = cs[i];
        let (ch, n) = if c == '\\' {
            match cs.get(i + 1) {
                Some(&x) if x.is_ascii() && !x.is_ascii_alphanumeric() => (x, 2),
                _ => {
                    complete = false;
                    break;
                }
            }
        } else if "()[]{}|.*+?^$".contains(c) {
            complete = false;
            break;
        } else {
            (c, 1)
        };
        if cs.get(i + n).is_some_and(|&x| "*+?{".contains(x)) {
            complete = false;
            break;
        }
        prefix.push(ch);
        i += n;
    }
    NativeOut::Ret(smallvec::smallvec![Value::str(&prefix), Value::Bool(complete)])
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn go_syntax_is_translated() {
        assert_eq!(translate(r"\d+\s\w").unwrap(), "[0-9]+[\\t\\n\\x0C\\r ][0-9A-Za-z_]");
        assert_eq!(translate(r"a{,2}").unwrap(), "a\\{,2\\}");
        assert_eq!(translate(r"\Qa.b\E").unwrap(), "a\\.b");
        assert_eq!(translate(r"[[a&&b]").unwrap(), "[\\[a\\&\\&b]");
    }

    #[test]
    fn go_parse_errors() {
        let err = |p: &str| translate(p).unwrap_err();
        assert_eq!(err("a(b"), ("missing closing )", "a(b".into()));
        assert_eq!(err("a)b"), ("unexpected )", "a)b".into()));
        assert_eq!(err("[a"), ("missing closing ]", "[a".into()));
        assert_eq!(err("*a"), ("missing argument to repetition operator", "*".into()));
        assert_eq!(err("a**"), ("invalid nested repetition operator", "**".into()));
        assert_eq!(err(r"\q"), ("invalid escape sequence", "\\q".into()));
        assert_eq!(err("[z-a]"), ("invalid character class range", "z-a".into()));
        assert_eq!(err("a{2,1}"), ("invalid repeat count", "{2,1}".into()));
        assert_eq!(err("(?=a)"), ("invalid or unsupported Perl syntax", "(?=".into()));
        assert_eq!(err("a\\"), ("trailing backslash at end of expression", "".into()));
    }
}
