//! Syntax error goldens (`testdata/syntax/NAME.go` + `NAME.compile_error`,
//! recorded from real `go build`), and robustness: no panic on any input.

use std::path::PathBuf;

fn first_error(src: &str) -> Option<String> {
    let arena = bumpalo::Bump::new();
    match syntax::parse_file(&arena, src) {
        Ok(_) => None,
        Err(errs) => {
            let map = syntax::SourceMap::new("", src);
            let e = &errs[0];
            let (l, c) = map.line_col(e.span.lo);
            Some(format!("{l}:{c}: {}", e.message))
        }
    }
}

#[test]
fn syntax_goldens() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testdata/syntax");
    let mut n = 0;
    let mut bad = Vec::new();
    for e in std::fs::read_dir(&dir).expect("testdata/syntax").flatten() {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) != Some("go") {
            continue;
        }
        let Ok(want) = std::fs::read_to_string(p.with_extension("compile_error")) else { continue };
        let src = std::fs::read_to_string(&p).expect("read");
        n += 1;
        let got = first_error(&src);
        if got.as_deref() != Some(want.trim_end()) {
            bad.push(format!("{}:\n  want {}\n  got  {:?}", p.display(), want.trim_end(), got));
        }
    }
    assert!(n > 0);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

const SAMPLE: &str = r#"package p

import (
	"fmt"
	m "math"
)

type T[K comparable, V any] struct {
	a, b int `json:"a"`
	*fmt.Stringer
	m map[K][]V
}

func (t *T[K, V]) Get(k K) (v V, ok bool) {
	for i := range 10 {
		if x := []int{i}; len(x) > 0 {
			continue
		}
	}
	switch x := any(k).(type) {
	case int, []string:
		_ = x
	default:
	}
	ch := make(chan<- int, 1)
	select {
	case ch <- 1:
	}
	f := func(a ...int) float64 { return m.Sqrt(2) + 0x1p-2 + 'a' }
	_ = f
	return
}
"#;

#[test]
fn sample_parses() {
    assert_eq!(first_error(SAMPLE), None);
}

#[test]
fn truncated_prefixes_do_not_panic() {
    for i in 0..SAMPLE.len() {
        if SAMPLE.is_char_boundary(i) {
            let _ = first_error(&SAMPLE[..i]);
        }
    }
}

#[test]
fn random_bytes_do_not_panic() {
    // xorshift, deterministic
    let mut s: u64 = 0x9E3779B97F4A7C15;
    let mut next = || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    let alphabet: Vec<char> = "abc xyz 0123456789_.,;:(){}[]<>-+*/%&|^!=~\"'`\\\n\t/*éπ".chars().collect();
    for _ in 0..3000 {
        let len = (next() % 80) as usize;
        let text: String = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
        let _ = first_error(&text);
        let _ = first_error(&format!("package p\nfunc f() {{\n{text}\n}}\n"));
        // Raw bytes (lossily decoded) too.
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = first_error(&String::from_utf8_lossy(&bytes));
        // Shuffled tokens of a real file.
        let words: Vec<&str> = SAMPLE.split_whitespace().collect();
        let text: String = (0..len).map(|_| words[(next() % words.len() as u64) as usize]).collect::<Vec<_>>().join(" ");
        let _ = first_error(&format!("package p\n{text}"));
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("package p\nvar x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    let e = first_error(&src).expect("error");
    assert!(e.contains("nesting too deep"), "{e}");
    let src = format!("package p\nvar x = {}\n", "(".repeat(100_000));
    assert!(first_error(&src).is_some());
    // Long operator chains without brackets still parse (the parser is not recursive).
    let src = format!("package p\nvar x = 1{}\nvar y = {}1\n", "+1".repeat(50_000), "^".repeat(50_000));
    assert_eq!(first_error(&src), None);
    // A run of prefix operators or `[]`s one past the parser's depth limit
    // stops the scanner; one under it parses.
    let n = syntax::lexer::MAX_PREFIX_RUN;
    for (op, leaf) in [("[]", "int"), ("*", "int"), ("!", "true")] {
        let kw = if op == "!" { "var x =" } else { "var x" };
        let e = first_error(&format!("package p\n{kw} {}{leaf}\n", op.repeat(n + 1))).expect("error");
        assert!(e.contains("nesting too deep"), "{op}: {e}");
        assert_eq!(first_error(&format!("package p\n{kw} {}{leaf}\n", op.repeat(n - 3))), None, "{op}");
    }
}

/// Byte- and token-level mutations of real files (the AST goldens and the
/// syntax cases; plus `GOSTACK_FUZZ_DIR`, if set, for longer local runs).
#[test]
fn mutations_do_not_panic() {
    let mut srcs: Vec<String> = vec![SAMPLE.to_string()];
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("tests/ast"), root.join("../../testdata/syntax")];
    if let Some(d) = std::env::var_os("GOSTACK_FUZZ_DIR") {
        dirs.push(PathBuf::from(d));
    }
    for d in dirs {
        let Ok(rd) = std::fs::read_dir(d) else { continue };
        for e in rd.flatten() {
            if e.path().extension().and_then(|x| x.to_str()) == Some("go") {
                if let Ok(s) = std::fs::read_to_string(e.path()) {
                    srcs.push(s);
                }
            }
        }
    }
    let rounds: usize = std::env::var("GOSTACK_FUZZ_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(3000);
    let mut s: u64 = 0x2545F4914F6CDD1D;
    let mut next = move || {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        s
    };
    let pieces = [
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        ",",
        ";",
        "\n",
        "func",
        "type",
        "[P any]",
        "<-",
        "chan",
        "...",
        ":=",
        "\"",
        "'",
        "`",
        "/*",
        "*",
        ".",
        "0x",
        "1e",
        "case",
        "default:",
        "range",
        "interface{",
        "~",
        "|",
        "é",
    ];
    for r in 0..rounds {
        let base = &srcs[r % srcs.len()];
        let mut text = base.clone();
        for _ in 0..(1 + next() % 3) {
            let mut pos = (next() as usize) % (text.len() + 1);
            while !text.is_char_boundary(pos) {
                pos -= 1;
            }
            match next() % 3 {
                0 => {
                    let mut end = (pos + 1 + (next() as usize) % 8).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(pos..end, "");
                }
                1 => text.insert_str(pos, pieces[(next() as usize) % pieces.len()]),
                _ => text.truncate(pos),
            }
        }
        let _ = first_error(&text);
    }
}

/// Every error `parse_file` reports, as `LINE:COL: message`.
fn all_errors(src: &str) -> Vec<String> {
    let arena = bumpalo::Bump::new();
    let Err(errs) = syntax::parse_file(&arena, src) else { return vec![] };
    let map = syntax::SourceMap::new("", src);
    errs.iter()
        .map(|e| {
            let (l, c) = map.line_col(e.span.lo);
            format!("{l}:{c}: {}", e.message)
        })
        .collect()
}

/// Syntax errors in several declarations are all reported, as go build
/// (go1.27.3) prints them: one per declaration here, one per line, ten and
/// then `too many errors`.
#[test]
fn several_syntax_errors() {
    let src = "package main\n\nfunc a() {\n\tx := )\n}\n\nfunc b() {\n\tif {\n\t}\n}\n\nvar = 3\n\nfunc main() {\n}\n";
    assert_eq!(
        all_errors(src),
        [
            "4:7: syntax error: unexpected ), expected expression",
            "8:5: syntax error: missing condition in if statement",
            "12:5: syntax error: unexpected =, expected name",
        ]
    );
    let mut many = String::from("package main\n");
    for i in 1..=12 {
        many.push_str(&format!("func f{i}() {{\n\tx := )\n}}\n\n"));
    }
    let errs = all_errors(&many);
    assert_eq!(errs.len(), 11);
    assert_eq!(errs[9], "39:7: syntax error: unexpected ), expected expression");
    assert_eq!(errs[10], "39:7: too many errors");
}
