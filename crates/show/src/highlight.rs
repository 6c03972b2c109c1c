//! Source lines coloured by gostack's own lexer (`syntax::lexer`): the
//! `files[].lines` of a recording, and the editor of `gostack serve`.
//!
//! The lexer skips whitespace and comments; the text between two tokens is
//! split into `ws` (spaces and tabs) and `com` (everything else: comments).
//! Semicolons the lexer inserts at line ends have no text of their own.

/// The predeclared types (`ty`).
const TYPES: &[&str] = &[
    "any",
    "bool",
    "byte",
    "comparable",
    "complex64",
    "complex128",
    "error",
    "float32",
    "float64",
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "rune",
    "string",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
];

/// The builtin functions (`fn`).
const BUILTINS: &[&str] = &[
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min", "new", "panic", "print",
    "println", "real", "recover",
];

/// The predeclared constants (`lit`).
const LITERALS: &[&str] = &["true", "false", "nil", "iota"];

/// One coloured run: (class, text).
pub type Run = (&'static str, String);

/// `src` as lines of coloured runs; concatenating a line's texts gives the
/// line exactly (without its newline).
pub fn lines(src: &str) -> Vec<Vec<Run>> {
    use syntax::lexer::{SemiKind, Tok};
    let (toks, _errors) = syntax::lexer::tokenize(src);
    let mut runs: Vec<Run> = Vec::new();
    let mut at = 0usize;
    for &(lo, tok, hi) in &toks {
        if matches!(tok, Tok::Semi(SemiKind::Newline | SemiKind::Eof)) || hi <= lo || lo < at {
            continue;
        }
        gap(&src[at..lo], &mut runs);
        let text = &src[lo..hi];
        let cls = match tok {
            Tok::Name(n) if TYPES.contains(&n) => "ty",
            Tok::Name(n) if BUILTINS.contains(&n) => "fn",
            Tok::Name(n) if LITERALS.contains(&n) => "lit",
            Tok::Name(_) => "id",
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) => "num",
            Tok::Char(_) | Tok::Str(_) => "str",
            t if t.text().as_bytes().first().is_some_and(|b| b.is_ascii_lowercase()) => "kw",
            _ => "op",
        };
        runs.push((cls, text.to_string()));
        at = hi;
    }
    gap(&src[at.min(src.len())..], &mut runs);
    split_lines(runs)
}

/// Text between tokens: whitespace (`ws`) and comments (`com`: `//` to
/// the end of the line, `/* ... */`; also text the lexer rejected).
fn gap(text: &str, runs: &mut Vec<Run>) {
    let mut rest = text;
    while !rest.is_empty() {
        let ws = rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
        if ws > 0 {
            runs.push(("ws", rest[..ws].to_string()));
            rest = &rest[ws..];
            continue;
        }
        let n = if rest.starts_with("//") {
            rest.find('\n').unwrap_or(rest.len())
        } else if let Some(body) = rest.strip_prefix("/*") {
            body.find("*/").map(|e| e + 4).unwrap_or(rest.len())
        } else {
            rest.find([' ', '\t', '\n', '\r']).unwrap_or(rest.len())
        };
        runs.push(("com", rest[..n].to_string()));
        rest = &rest[n..];
    }
}

/// Splits runs at newlines (a raw string or a block comment may span
/// lines); `\r` before a newline is dropped.
fn split_lines(runs: Vec<Run>) -> Vec<Vec<Run>> {
    let mut lines: Vec<Vec<Run>> = vec![Vec::new()];
    for (cls, text) in runs {
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                lines.push(Vec::new());
            }
            let part = part.strip_suffix('\r').unwrap_or(part);
            if !part.is_empty() {
                lines.last_mut().expect("a line").push((cls, part.to_string()));
            }
        }
    }
    // A final newline ends the last line; it does not start another.
    if lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_and_exact_text() {
        let src = "package main\n\n// hi\nfunc main() {\n\tx := len(\"a\") + 1 // c\n\tvar _ int = nil\n}\n";
        let ls = lines(src);
        assert_eq!(ls.len(), src.lines().count());
        for (l, want) in ls.iter().zip(src.lines()) {
            let got: String = l.iter().map(|r| r.1.as_str()).collect();
            assert_eq!(got, want);
        }
        assert_eq!(ls[0], vec![("kw", "package".into()), ("ws", " ".into()), ("id", "main".into())]);
        assert_eq!(ls[2], vec![("com", "// hi".into())]);
        let line4: Vec<&str> = ls[4].iter().map(|r| r.0).collect();
        assert_eq!(line4, vec!["ws", "id", "ws", "op", "ws", "fn", "op", "str", "op", "ws", "op", "ws", "num", "ws", "com"]);
        assert!(ls[5].contains(&("ty", "int".into())) && ls[5].contains(&("lit", "nil".into())));
    }

    #[test]
    fn multi_line_tokens_are_split() {
        let src = "var s = `a\nb`\n/* x\ny */\n";
        let ls = lines(src);
        assert_eq!(ls[0].last(), Some(&("str", "`a".into())));
        assert_eq!(ls[1][0], ("str", "b`".into()));
        assert_eq!(ls[3], vec![("com", "y */".into())]);
    }
}
