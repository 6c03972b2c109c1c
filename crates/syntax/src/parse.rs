//! Glue between the token vector and the generated LALRPOP parser, and the
//! translation of parse errors into gc-style messages.

use crate::ast::File;
use crate::builder::{Cx, UserError};
use crate::diag::Diagnostic;
use crate::lexer::{tokenize, Tok};
use crate::span::Span;
use lalrpop_util::ParseError;

pub fn parse_file<'a>(arena: &'a bumpalo::Bump, src: &'a str) -> Result<&'a File<'a>, Vec<Diagnostic>> {
    let (toks, mut errors) = tokenize(src);
    if !errors.is_empty() {
        errors.truncate(10);
        return Err(errors);
    }
    let cx = Cx::new(arena);
    let parser = crate::go::FileParser::new();
    let res = parser.parse(&cx, toks.iter().copied().map(Ok::<_, UserError>));
    match res {
        Ok(file) => {
            if let Some(pos) = cx.stray_guard() {
                return Err(vec![Diagnostic::new(
                    Span::new(pos as usize, pos as usize + 1),
                    "syntax error: use of .(type) outside type switch",
                )]);
            }
            // expr_count is only known now; the File was allocated by the grammar.
            let f = arena.alloc(File {
                package: file.package,
                imports: file.imports,
                decls: file.decls,
                expr_count: cx.expr_count(),
            });
            Ok(f)
        }
        Err(e) => Err(vec![convert(e, src, &toks)]),
    }
}

fn convert(e: ParseError<usize, Tok<'_>, UserError>, src: &str, toks: &[(usize, Tok<'_>, usize)]) -> Diagnostic {
    match e {
        ParseError::User { error } => Diagnostic::new(Span::new(error.pos, error.pos + 1), error.msg),
        ParseError::InvalidToken { location } => Diagnostic::new(Span::new(location, location + 1), "syntax error: invalid token"),
        ParseError::UnrecognizedEof { location, expected } => {
            let _ = expected;
            Diagnostic::new(Span::new(location, location), "syntax error: unexpected EOF")
        }
        ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => {
            let msg = crate::parse::message(tok, &expected, toks, lo);
            let _ = src;
            Diagnostic::new(Span::new(lo, hi), msg)
        }
        ParseError::ExtraToken { token: (lo, tok, hi) } => {
            Diagnostic::new(Span::new(lo, hi), format!("syntax error: unexpected {}", tok.describe()))
        }
    }
}

/// gc's wording for an unexpected token given what the grammar expected.
pub(crate) fn message(tok: Tok<'_>, expected: &[String], _toks: &[(usize, Tok<'_>, usize)], _lo: usize) -> String {
    let has = |s: &str| expected.iter().any(|e| e == s);
    let what = tok.describe();
    // At top level after the imports: gc's dedicated message.
    if has("\"func\"") && has("\"const\"") && has("\"var\"") && !has("\"(\"") && !has("\"{\"") {
        if tok == Tok::Import {
            return "syntax error: imports must appear before other declarations".into();
        }
        return "syntax error: non-declaration statement outside function body".into();
    }
    let names: Vec<&str> = expected.iter().map(|e| pretty(e)).collect();
    if names.len() == 1 {
        return format!("syntax error: unexpected {what}, expected {}", names[0]);
    }
    if names.len() == 2 && has("\",\"") && has("\")\"") {
        return format!("syntax error: unexpected {what}, expected comma or )");
    }
    format!("syntax error: unexpected {what}")
}

fn pretty(e: &str) -> &str {
    match e {
        "Name" => "name",
        "StrLit" => "literal",
        "\",\"" => "comma",
        _ => e.trim_matches('"'),
    }
}
