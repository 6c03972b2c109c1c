//! Table tests whose expected outputs were produced by real Go 1.27
//! (`gen/gentests.go`, `gen/genprintf.go`); data files live in `tests/data/`.

mod common;

use common::{parse_val, sprint, sprintln, Args, Val};
use gostd::fmt as gfmt;
use gostd::{strconv, unicode, utf8};

fn data(name: &str) -> String {
    let path = format!("{}/tests/data/{}", env!("CARGO_MANIFEST_DIR"), name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Splits a line into tokens; Go-quoted tokens ("...") may contain spaces.
fn tokens(line: &str) -> Vec<String> {
    let b = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else {
            while i < b.len() && b[i] != b' ' {
                i += 1;
            }
        }
        out.push(line[start..i].to_string());
    }
    out
}

fn unq(tok: &str) -> Vec<u8> {
    strconv::unquote(tok).unwrap_or_else(|_| panic!("bad quoted token {tok}"))
}

fn unq_s(tok: &str) -> String {
    String::from_utf8(unq(tok)).unwrap()
}

fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.is_empty())
}

fn check(failures: Vec<String>, total: usize) {
    if !failures.is_empty() {
        for f in failures.iter().take(40) {
            eprintln!("{f}");
        }
        panic!("{} of {} cases failed", failures.len(), total);
    }
    assert!(total > 0);
}

#[test]
fn format_float_matches_go() {
    let text = data("format_float.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t = tokens(line);
        let bits = u64::from_str_radix(&t[0], 16).unwrap();
        let fmtc = t[1].as_bytes()[0];
        let prec: i32 = t[2].parse().unwrap();
        let bs: u32 = t[3].parse().unwrap();
        let want = unq_s(&t[4]);
        let got = strconv::format_float(f64::from_bits(bits), fmtc, prec, bs);
        n += 1;
        if got != want {
            fails.push(format!("line {}: {line}\n   got {got:?}", ln + 1));
        }
    }
    check(fails, n);
}

#[test]
fn parse_matches_go() {
    let text = data("parse.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t = tokens(line);
        let (func, base, bits, input) = (&t[0], t[1].parse::<i64>().unwrap(), t[2].parse::<i64>().unwrap(), unq(&t[3]));
        assert_eq!(t[4], "=>");
        let want_v = &t[5];
        let want_err = unq_s(&t[6]);
        let (got_v, got_err) = match func.as_str() {
            "ParseInt" => match strconv::parse_int(&input, base, bits) {
                Ok(v) => (v.to_string(), String::new()),
                Err((v, e)) => (v.to_string(), e.to_string()),
            },
            "ParseUint" => match strconv::parse_uint(&input, base, bits) {
                Ok(v) => (v.to_string(), String::new()),
                Err((v, e)) => (v.to_string(), e.to_string()),
            },
            "Atoi" => match strconv::atoi(&input) {
                Ok(v) => (v.to_string(), String::new()),
                Err((v, e)) => (v.to_string(), e.to_string()),
            },
            "ParseBool" => match strconv::parse_bool(&input) {
                Ok(v) => (v.to_string(), String::new()),
                Err(e) => ("false".to_string(), e.to_string()),
            },
            "ParseFloat" => {
                let (v, e) = match strconv::parse_float(&input, bits) {
                    Ok(v) => (v, String::new()),
                    Err((v, e)) => (v, e.to_string()),
                };
                (format!("{:016x}", v.to_bits()), e)
            }
            "ParseComplex" => {
                let ((re, im), e) = match strconv::parse_complex(&input, bits) {
                    Ok(v) => (v, String::new()),
                    Err((v, e)) => (v, e.to_string()),
                };
                (format!("{:016x},{:016x}", re.to_bits(), im.to_bits()), e)
            }
            other => panic!("unknown func {other}"),
        };
        n += 1;
        if &got_v != want_v || got_err != want_err {
            fails.push(format!("line {}: {line}\n   got {got_v} {got_err:?}", ln + 1));
        }
    }
    check(fails, n);
}

#[test]
fn quote_matches_go() {
    let text = data("quote.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t = tokens(line);
        let op = t[0].as_str();
        assert_eq!(t[2], "=>");
        let got: String;
        let want: String;
        match op {
            "Quote" | "QuoteToASCII" | "QuoteToGraphic" => {
                let s = unq(&t[1]);
                got = match op {
                    "Quote" => strconv::quote(&s),
                    "QuoteToASCII" => strconv::quote_to_ascii(&s),
                    _ => strconv::quote_to_graphic(&s),
                };
                want = unq_s(&t[3]);
            }
            "CanBackquote" => {
                got = strconv::can_backquote(unq(&t[1])).to_string();
                want = t[3].clone();
            }
            "QuoteRune" | "QuoteRuneToASCII" | "QuoteRuneToGraphic" => {
                let r: i64 = t[1].parse().unwrap();
                got = match op {
                    "QuoteRune" => strconv::quote_rune(r),
                    "QuoteRuneToASCII" => strconv::quote_rune_to_ascii(r),
                    _ => strconv::quote_rune_to_graphic(r),
                };
                want = unq_s(&t[3]);
            }
            "Unquote" | "QuotedPrefix" => {
                let s = unq(&t[1]);
                let res = if op == "Unquote" { strconv::unquote(&s) } else { strconv::quoted_prefix(&s) };
                let (v, e) = match res {
                    Ok(v) => (v, String::new()),
                    Err(e) => (Vec::new(), e.to_string()),
                };
                got = format!("{:?} {:?}", v, e);
                want = format!("{:?} {:?}", unq(&t[3]), unq_s(&t[4]));
            }
            _ => panic!("unknown op {op}"),
        }
        n += 1;
        if got != want {
            fails.push(format!("line {}: {line}\n   got {got}", ln + 1));
        }
    }
    check(fails, n);
}

#[test]
fn unicode_matches_go() {
    let text = data("unicode.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t: Vec<&str> = line.split(' ').collect();
        let r: i64 = t[0].parse().unwrap();
        let b = |x: bool| if x { '1' } else { '0' };
        let flags: String = [
            unicode::is_letter(r),
            unicode::is_digit(r),
            unicode::is_number(r),
            unicode::is_space(r),
            unicode::is_upper(r),
            unicode::is_lower(r),
            unicode::is_title(r),
            unicode::is_punct(r),
            unicode::is_control(r),
            unicode::is_mark(r),
            unicode::is_symbol(r),
            unicode::is_graphic(r),
            unicode::is_print(r),
        ]
        .iter()
        .map(|&x| b(x))
        .collect();
        let got = format!(
            "{} {} {} {} {} {} {} {}",
            r,
            flags,
            b(strconv::is_print(r)),
            b(strconv::is_graphic(r)),
            unicode::to_upper(r),
            unicode::to_lower(r),
            unicode::to_title(r),
            unicode::simple_fold(r)
        );
        n += 1;
        if got != line {
            fails.push(format!("line {}: want {line}\n   got  {got}", ln + 1));
        }
    }
    check(fails, n);
}

#[test]
fn utf8_matches_go() {
    let text = data("utf8.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t = tokens(line);
        let s = unq(&t[0]);
        let (r1, n1) = utf8::decode_rune(&s);
        let (r2, n2) = utf8::decode_last_rune(&s);
        let got = format!("{} => {} {} {} {} {} {} {}", t[0], r1, n1, r2, n2, utf8::rune_count(&s), utf8::valid(&s), utf8::full_rune(&s));
        n += 1;
        if got != line {
            fails.push(format!("line {}: want {line}\n   got  {got}", ln + 1));
        }
    }
    check(fails, n);
}

#[test]
fn printf_matches_go() {
    let text = data("printf.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t = tokens(line);
        let format = unq(&t[0]);
        let arrow = t.iter().position(|x| x == "=>").unwrap();
        let args: Vec<Val> = t[1..arrow].iter().filter(|x| *x != "-").map(|x| parse_val(x)).collect();
        let want = unq(&t[arrow + 1]);
        let mut out = Vec::new();
        gfmt::do_printf(&mut out, &format, &mut Args(args));
        n += 1;
        if out != want {
            fails.push(format!("line {}: {line}\n   got {}", ln + 1, strconv::quote(&out)));
        }
    }
    check(fails, n);
}

#[test]
fn print_println_match_go() {
    let text = data("print.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t = tokens(line);
        let arrow = t.iter().position(|x| x == "=>").unwrap();
        let args: Vec<Val> = t[1..arrow].iter().filter(|x| *x != "-").map(|x| parse_val(x)).collect();
        let want = unq_s(&t[arrow + 1]);
        let got = if t[0] == "Sprint" { sprint(args) } else { sprintln(args) };
        n += 1;
        if got != want {
            fails.push(format!("line {}: {line}\n   got {got:?}", ln + 1));
        }
    }
    check(fails, n);
}

#[test]
fn strings_match_go() {
    use gostd::strings as gs;
    let text = data("strings.txt");
    let mut fails = Vec::new();
    let mut n = 0;
    for (ln, line) in lines(&text) {
        let t = tokens(line);
        let arrow = t.iter().position(|x| x == "=>").unwrap();
        let s = unq(&t[1]);
        let want = &t[arrow + 1];
        let got = match t[0].as_str() {
            "ToUpper" => strconv::quote_to_ascii(gs::to_upper(&s)),
            "ToLower" => strconv::quote_to_ascii(gs::to_lower(&s)),
            "ToTitle" => strconv::quote_to_ascii(gs::to_title(&s)),
            "TrimSpace" => strconv::quote_to_ascii(gs::trim_space(&s)),
            "Fields" => strconv::quote_to_ascii(gs::fields(&s).join(&b'|')),
            "ToValidUTF8" => strconv::quote_to_ascii(gs::to_valid_utf8(&s, b"?")),
            "IndexRune" => gs::index_rune(&s, t[2].parse().unwrap()).to_string(),
            "EqualFold" => gs::equal_fold(&s, &unq(&t[2])).to_string(),
            other => panic!("unknown op {other}"),
        };
        n += 1;
        if &got != want {
            fails.push(format!("line {}: {line}\n   got {got}", ln + 1));
        }
    }
    check(fails, n);
}
