//! Readable examples; every expected string was printed by real Go 1.27.3.
#![allow(clippy::approx_constant)] // the values mirror the Go programs the expectations come from

mod common;

use common::{sprintf, Val};
use gostd::runtime_print::{self as rp, PanicValue};
use gostd::{strconv, utf8};

fn i(v: i64) -> Val {
    Val::Int("int", v)
}
fn f(v: f64) -> Val {
    Val::F64(v)
}
fn s(v: &str) -> Val {
    Val::Str(v.as_bytes().to_vec())
}

#[test]
fn printf_examples() {
    let got = sprintf(
        "%08.3f|%-8.2f|%+d|% d|%x|%#x|%#o|%O|%b|%c|%U|%#U",
        vec![f(3.14159), f(2.5), i(5), i(5), i(-255), i(255), i(8), i(8), i(5), Val::Int("int32", 'é' as i64), i(0x1F600), i(0x1F600)],
    );
    assert_eq!(got, "0003.142|2.50    |+5| 5|-ff|0xff|010|0o10|101|é|U+1F600|U+1F600 '😀'");

    let got = sprintf(
        "%q|%q|%+q|%#q|%.2s|%5.1q|%e|%g|%g|%g|%.3g|%G",
        vec![
            Val::Int("int32", 'x' as i64),
            s("日本\t\x01"),
            s("日本"),
            s("back`q"),
            s("héllo"),
            s("héllo"),
            f(123456.789),
            f(0.000012),
            f(1e9),
            f(100000.0),
            f(3.14159),
            f(1e-10),
        ],
    );
    assert_eq!(got, "'x'|\"日本\\t\\x01\"|\"\\u65e5\\u672c\"|\"back`q\"|hé|  \"h\"|1.234568e+05|1.2e-05|1e+09|100000|3.14|1E-10");

    // fmt.Println(1e21, 1e20, 100000000.0, 123456.0, 1234567.0, 0.0001, 0.00001, float32(0.1), 1+2i)
    let got = sprintf(
        "%v %v %v %v %v %v %v %v %v",
        vec![f(1e21), f(1e20), f(1e8), f(123456.0), f(1234567.0), f(0.0001), f(0.00001), Val::F32(0.1), Val::C128(1.0, 2.0)],
    );
    assert_eq!(got, "1e+21 1e+20 1e+08 123456 1.234567e+06 0.0001 1e-05 0.1 (1+2i)");

    assert_eq!(sprintf("%!d(string=hi)|%d|%!|%z", vec![s("hi"), i(1), i(2)]), "%!!(string=hi)d(string=hi)|1|%!!(int=2)|%!z(MISSING)");
    assert_eq!(sprintf("%d %d", vec![i(1)]), "1 %!d(MISSING)");
    assert_eq!(sprintf("%d", vec![i(1), s("x")]), "1%!(EXTRA string=x)");
}

#[test]
fn bad_verb_helpers() {
    use gostd::fmt as gfmt;
    let mut out = Vec::new();
    gfmt::bad_verb(&mut out, 'd', Some("string"), b"hi");
    gfmt::missing_arg(&mut out, 'd');
    gfmt::extra_args(&mut out, &[(Some("string"), b"x"), (None, b"")]);
    out.extend_from_slice(gfmt::NO_VERB.as_bytes());
    assert_eq!(String::from_utf8(out).unwrap(), "%!d(string=hi)%!d(MISSING)%!(EXTRA string=x, <nil>)%!(NOVERB)");
}

#[test]
fn num_error_messages() {
    assert_eq!(strconv::atoi("x").unwrap_err().1.to_string(), "strconv.Atoi: parsing \"x\": invalid syntax");
    assert_eq!(
        strconv::parse_int("999999999999999999999", 10, 64).unwrap_err().1.to_string(),
        "strconv.ParseInt: parsing \"999999999999999999999\": value out of range"
    );
    assert_eq!(strconv::parse_int("12", 1, 64).unwrap_err().1.to_string(), "strconv.ParseInt: parsing \"12\": invalid base 1");
    assert_eq!(strconv::parse_uint("12", 10, 65).unwrap_err().1.to_string(), "strconv.ParseUint: parsing \"12\": invalid bit size 65");
    let (v, e) = strconv::parse_float("1e400", 64).unwrap_err();
    assert_eq!(v, f64::INFINITY);
    assert_eq!(e.to_string(), "strconv.ParseFloat: parsing \"1e400\": value out of range");
    assert_eq!(strconv::parse_bool("yes").unwrap_err().to_string(), "strconv.ParseBool: parsing \"yes\": invalid syntax");
    assert_eq!(strconv::atoi(b"\xff").unwrap_err().1.to_string(), "strconv.Atoi: parsing \"\\xff\": invalid syntax");
}

#[test]
fn format_float_examples() {
    let cases: &[(f64, &str)] = &[
        (0.0, "0 0e+00 0"),
        (-0.0, "-0 -0e+00 -0"),
        (1e21, "1e+21 1e+21 1000000000000000000000"),
        (1e20, "1e+20 1e+20 100000000000000000000"),
        (123456789.0, "1.23456789e+08 1.23456789e+08 123456789"),
        (0.000012, "1.2e-05 1.2e-05 0.000012"),
        (1e-7, "1e-07 1e-07 0.0000001"),
        (f64::NAN, "NaN NaN NaN"),
        (f64::INFINITY, "+Inf +Inf +Inf"),
        (f64::NEG_INFINITY, "-Inf -Inf -Inf"),
    ];
    for &(v, want) in cases {
        let got = format!(
            "{} {} {}",
            strconv::format_float(v, b'g', -1, 64),
            strconv::format_float(v, b'e', -1, 64),
            strconv::format_float(v, b'f', -1, 64)
        );
        assert_eq!(got, want, "value {v}");
    }
    assert_eq!(strconv::format_float(0.1, b'f', 30, 64), "0.100000000000000005551115123126");
    assert_eq!(strconv::format_float(0.1, b'g', -1, 32), "0.1");
    assert_eq!(strconv::format_float(0.1f32 as f64, b'g', -1, 64), "0.10000000149011612");
    assert_eq!(strconv::format_float(2.5, b'f', 0, 64), "2");
    assert_eq!(strconv::format_float(1.5, b'x', -1, 64), "0x1.8p+00");
    assert_eq!(strconv::format_float(1.5, b'b', -1, 64), "6755399441055744p-52");
    assert_eq!(strconv::format_int(-255, 16), "-ff");
    assert_eq!(strconv::format_uint(u64::MAX, 36), "3w5e11264sgsf");
    assert_eq!(strconv::format_complex(1.0, -2.0, b'g', -1, 128), "(1-2i)");
}

#[test]
fn quote_examples() {
    assert_eq!(strconv::quote(b"a\x00\xc2\xad\xf0\x9f\x98\x80\xff"), "\"a\\x00\\u00ad😀\\xff\"");
    assert_eq!(strconv::quote_to_ascii("日本"), "\"\\u65e5\\u672c\"");
    assert_eq!(strconv::quote_rune('☺' as i64), "'☺'");
    assert_eq!(strconv::quote_rune_to_ascii('☺' as i64), "'\\u263a'");
    assert_eq!(strconv::unquote("\"\\xff\\u00e9\"").unwrap(), b"\xff\xc3\xa9");
    assert_eq!(strconv::unquote_char("\\u00e9rest", b'"'), Ok((0xE9, true, 6)));
    assert!(strconv::can_backquote("a\tb") && !strconv::can_backquote("a\nb"));
}

#[test]
fn runtime_print_examples() {
    // println(3.5, 1e21, float32(0.1), complex(1, 2), -z, 1/z, -1/z, z/z, 1e-7, 123456789.0)
    let got = [
        rp::print_float(3.5),
        rp::print_float(1e21),
        rp::print_float32(0.1),
        rp::print_complex(1.0, 2.0),
        rp::print_float(-0.0),
        rp::print_float(f64::INFINITY),
        rp::print_float(f64::NEG_INFINITY),
        rp::print_float(f64::NAN),
        rp::print_float(1e-7),
        rp::print_float(123456789.0),
        rp::print_complex64(1.5, -2.0),
        rp::print_float(1e100),
        rp::print_float(5e-324),
        rp::print_float(f64::MAX),
    ]
    .join(" ");
    assert_eq!(got, "3.5 1e+21 0.1 (1+2i) -0 +Inf -Inf NaN 1e-07 1.23456789e+08 (1.5-2i) 1e+100 5e-324 1.7976931348623157e+308");

    let cases: Vec<(PanicValue, &str)> = vec![
        (PanicValue::Float64(3.5), "3.5"),
        (PanicValue::Named("main.Reason", Box::new(PanicValue::Str(b"x\n\"y"))), "main.Reason(\"x\n\t\"y\")"),
        (PanicValue::Named("main.Code", Box::new(PanicValue::Int(3))), "main.Code(3)"),
        (PanicValue::Named("main.F", Box::new(PanicValue::Float64(1.5))), "main.F(1.5)"),
        (PanicValue::Named("main.B", Box::new(PanicValue::Bool(true))), "main.B(true)"),
        (PanicValue::Named("main.C", Box::new(PanicValue::Complex128(1.0, 2.0))), "main.C(1+2i)"),
        (PanicValue::Named("main.U", Box::new(PanicValue::Uint(7))), "main.U(7)"),
        (PanicValue::Named("main.S", Box::new(PanicValue::Str(b"multi\nline"))), "main.S(\"multi\n\tline\")"),
        (PanicValue::Str(b"plain\nstring"), "plain\n\tstring"),
        (PanicValue::Float32(0.1), "0.1"),
        (PanicValue::Complex64(1.5, -2.0), "(1.5-2i)"),
        (PanicValue::Int(-3), "-3"),
        (PanicValue::Float64(f64::NAN), "NaN"),
    ];
    for (v, want) in cases {
        let mut out = Vec::new();
        rp::print_panic_value(&mut out, &v);
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }
}

#[test]
fn utf8_examples() {
    assert_eq!(utf8::decode_rune(b"\xe2\x82\xac!"), (0x20AC, 3));
    assert_eq!(utf8::decode_rune(b"\xe2\x82"), (utf8::RUNE_ERROR, 1));
    assert_eq!(utf8::decode_last_rune(b"a\xe2\x82\xac"), (0x20AC, 3));
    assert_eq!(utf8::rune_count(b"a\xffb\xe6\x97\xa5"), 4);
    assert_eq!(utf8::encode(0xD800), "\u{FFFD}".as_bytes());
    assert_eq!(utf8::rune_len(0x10FFFF), 4);
    assert_eq!(utf8::rune_len(0x110000), -1);
}

#[test]
fn parse_format_pieces() {
    use gostd::fmt::{parse_format, Count, Flags, Piece};
    let p = parse_format(b"a%-08.3f|%*d%[2]x%%%");
    let dir = |flags: Flags, width, prec, arg_index, verb| Piece::Directive { flags, width, prec, arg_index, verb };
    assert_eq!(
        p,
        vec![
            Piece::Lit(b"a".to_vec()),
            dir(Flags { minus: true, zero: true, ..Flags::default() }, Count::Lit(8), Count::Lit(3), None, 'f'),
            Piece::Lit(b"|".to_vec()),
            dir(Flags::default(), Count::Star, Count::None, None, 'd'),
            dir(Flags::default(), Count::None, Count::None, Some(2), 'x'),
            dir(Flags::default(), Count::None, Count::None, None, '%'),
            Piece::NoVerb,
        ]
    );
    // Go: Sprintf("%5z", 3) == "%!z(int=    3)"
    assert_eq!(common::sprintf("%5z", vec![i(3)]), "%!z(int=    3)");
}
