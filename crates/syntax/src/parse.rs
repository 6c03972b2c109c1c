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
    let cx = Cx::new(arena, src);
    let parser = crate::go::FileParser::new();
    let res = parser.parse(&cx, toks.iter().copied().map(Ok::<_, UserError>));
    match res {
        Ok(file) => {
            if let Some(pos) = cx.too_deep() {
                return Err(vec![Diagnostic::new(Span::new(pos, pos + 1), "syntax error: nesting too deep")]);
            }
            if let Some(pos) = cx.stray_guard() {
                return Err(vec![Diagnostic::new(
                    Span::new(pos as usize, pos as usize + 1),
                    "invalid syntax tree: use of .(type) outside type switch",
                )]);
            }
            // expr_count is only known now; the File was allocated by the grammar.
            let f = arena.alloc(File { package: file.package, imports: file.imports, decls: file.decls, expr_count: cx.expr_count() });
            Ok(f)
        }
        Err(e) => Err(vec![convert(e, src, &toks)]),
    }
}

fn convert(e: ParseError<usize, Tok<'_>, UserError>, src: &str, toks: &[(usize, Tok<'_>, usize)]) -> Diagnostic {
    match e {
        ParseError::User { error } => {
            let mut msg = error.msg;
            if msg.contains("{tok}") {
                // Name the token at (or after) the error position.
                let i = toks.partition_point(|t| t.0 < error.pos);
                let d = toks.get(i).map_or_else(|| "EOF".to_string(), |t| t.1.describe());
                msg = msg.replace("{tok}", &d);
            }
            Diagnostic::new(Span::new(error.pos, error.pos + 1), msg)
        }
        ParseError::InvalidToken { location } => Diagnostic::new(Span::new(location, location + 1), "syntax error: invalid token"),
        ParseError::UnrecognizedEof { expected, .. } => {
            let n = toks.len();
            let msg = message(Tok::Semi(crate::lexer::SemiKind::Eof), &expected, toks, n);
            Diagnostic::new(Span::new(src.len(), src.len()), msg)
        }
        ParseError::UnrecognizedToken { token: (lo, tok, hi), expected } => {
            let i = toks.partition_point(|t| t.0 < lo);
            if std::env::var_os("GOSTACK_PARSE_DEBUG").is_some() {
                eprintln!("expected: {expected:?}");
            }
            let msg = message(tok, &expected, toks, i);
            if tok == Tok::LBrace && i > 0 && msg.starts_with("syntax error: unexpected newline, expected {") {
                let (plo, _, phi) = toks[i - 1];
                return Diagnostic::new(Span::new(plo, phi), msg);
            }
            Diagnostic::new(Span::new(lo, hi), msg)
        }
        ParseError::ExtraToken { token: (lo, tok, hi) } => {
            Diagnostic::new(Span::new(lo, hi), format!("syntax error: unexpected {}", tok.describe()))
        }
    }
}

/// gc's wording for an unexpected token given what the grammar expected.
/// `at` indexes the offending token in `toks` (or `toks.len()` at EOF).
pub(crate) fn message(tok: Tok<'_>, expected: &[String], toks: &[(usize, Tok<'_>, usize)], at: usize) -> String {
    let has = |s: &str| expected.iter().any(|e| e == s);
    let what = tok.describe();
    // At top level after the imports: gc's dedicated messages.
    if has("\"func\"") && has("\"const\"") && has("\"var\"") && !has("\"(\"") && !has("\"{\"") && !has("\"for\"") {
        if tok == Tok::Import {
            return "syntax error: imports must appear before other declarations".into();
        }
        if tok == Tok::LBrace && at > 0 && matches!(toks[at - 1].1, Tok::Semi(_)) {
            return "syntax error: unexpected semicolon or newline before {".into();
        }
        return "syntax error: non-declaration statement outside function body".into();
    }
    let expr_start = has("IntLit") && has("Name");
    let stmt_start = has("\"for\"") && has("\"return\"");
    if at > 0 && toks.get(at - 1).map(|t| t.1) == Some(Tok::Else) {
        return "syntax error: else must be followed by if or statement block".into();
    }
    if at > 0 && tok == Tok::LBrace && toks.get(at - 1).map(|t| t.1) == Some(Tok::If) {
        return "syntax error: missing condition in if statement".into();
    }
    let only = |set: &[&str]| expected.len() == set.len() && set.iter().all(|e| has(e));
    if only(&["\",\"", "\":\""]) {
        return format!("syntax error: unexpected {what}, expected :");
    }
    if only(&["\",\"", "\"]\"", "\":\""]) {
        return format!("syntax error: unexpected {what}, expected comma, : or ]");
    }
    if only(&["Name", "\"(\""]) {
        return format!("syntax error: unexpected {what}, expected name or (");
    }
    // At the start of an interface element: gc's embeddedTerm.
    if !expr_start && at > 0 && matches!(toks[at - 1].1, Tok::LBrace | Tok::Semi(_)) && enclosing_brace(toks, at) == Some(Tok::Interface) {
        return format!("syntax error: unexpected {what}, expected ~ term or type");
    }
    if has("\";\"") && has("\"}\"") && !expr_start {
        match enclosing_brace(toks, at) {
            Some(Tok::Struct) => {
                return format!("syntax error: unexpected {what} in struct type; possibly missing semicolon or newline or }}")
            }
            Some(Tok::Interface) => {
                return format!("syntax error: unexpected {what} in interface type; possibly missing semicolon or newline or }}")
            }
            _ => return format!("syntax error: unexpected {what} at end of statement"),
        }
    }
    if has("\",\"") && has("\"}\"") && !has("\";\"") {
        return format!("syntax error: unexpected {what} in composite literal; possibly missing comma or }}");
    }
    if has("\",\"") && has("\")\"") && !expr_start {
        let list = if in_params(toks, at) { "parameter" } else { "argument" };
        return format!("syntax error: unexpected {what} in {list} list; possibly missing comma or )");
    }
    if tok == Tok::LBrace && expr_start && at > 0 && toks[at - 1].1 == Tok::Semi(crate::lexer::SemiKind::Newline) {
        if let Some((kw, _)) = clause_keyword(toks, at - 1) {
            return format!("syntax error: unexpected newline, expected {{ after {kw} clause");
        }
    }
    if stmt_start && has("\"}\"") {
        return format!("syntax error: unexpected {what}, expected }}");
    }
    if expr_start && !stmt_start {
        return format!("syntax error: unexpected {what}, expected expression");
    }
    if has("\"{\"") && (expected.len() == 1 || !expr_start) {
        // `if x \n {`: name the clause the brace should follow.
        if let Some((kw, after_first)) = clause_keyword(toks, at) {
            if after_first {
                return format!("syntax error: unexpected {what}, expected {{");
            }
            return format!("syntax error: unexpected {what}, expected {{ after {kw} clause");
        }
        return format!("syntax error: unexpected {what}, expected {{");
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

/// The `if`/`for`/`switch` whose header is open before token `at`, and
/// whether the error comes right after the header's first simple statement
/// (no `;` and no `range` yet), where gc just wants a `{`.
fn clause_keyword(toks: &[(usize, Tok<'_>, usize)], at: usize) -> Option<(&'static str, bool)> {
    let mut depth = 0i32;
    let mut plain = true;
    for t in toks[..at.min(toks.len())].iter().rev() {
        match t.1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
            }
            Tok::Semi(_) | Tok::Range if depth == 0 => plain = false,
            Tok::If if depth == 0 => return Some(("if", plain)),
            Tok::For if depth == 0 => return Some(("for", plain)),
            Tok::Switch if depth == 0 => return Some(("switch", plain)),
            _ => {}
        }
    }
    None
}

/// The keyword before the innermost open `{` before `at` (`struct`, ...).
fn enclosing_brace<'a>(toks: &[(usize, Tok<'a>, usize)], at: usize) -> Option<Tok<'a>> {
    let mut depth = 0i32;
    for (i, t) in toks[..at.min(toks.len())].iter().enumerate().rev() {
        match t.1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth -= 1;
                if depth < 0 {
                    return if t.1 == Tok::LBrace && i > 0 { Some(toks[i - 1].1) } else { None };
                }
            }
            _ => {}
        }
    }
    None
}

/// Whether the innermost open `(` before `at` starts a parameter list.
fn in_params(toks: &[(usize, Tok<'_>, usize)], at: usize) -> bool {
    let mut depth = 0i32;
    for (i, t) in toks[..at.min(toks.len())].iter().enumerate().rev() {
        match t.1 {
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth += 1,
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                depth -= 1;
                if depth < 0 {
                    if t.1 != Tok::LParen || i == 0 {
                        return false;
                    }
                    return match toks[i - 1].1 {
                        Tok::Func => true,
                        Tok::Name(_) => i >= 2 && toks[i - 2].1 == Tok::Func,
                        Tok::RBrack => true,
                        _ => false,
                    };
                }
            }
            _ => {}
        }
    }
    false
}

fn pretty(e: &str) -> &str {
    match e {
        "Name" => "name",
        "StrLit" => "literal",
        "\",\"" => "comma",
        _ => e.trim_matches('"'),
    }
}
