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
        Err(e) => {
            let first = convert(e, src, &toks);
            Err(later_errors(arena, src, &toks, first))
        }
    }
}

/// How many syntax errors gc reports before `too many errors`.
const MAX_ERRORS: usize = 10;

/// The syntax errors after `first`, as gc's parser goes on past an error:
/// here it resumes at the next top-level declaration (a `func`, `type`,
/// `var`, `const` or `import` at the start of a line), the rest of the
/// broken one skipped, and the file is parsed again from there. gc reports
/// one syntax error per line, at most ten and then `too many errors`.
///
/// Divergence: gc also recovers inside a declaration (at the next
/// statement), so it may report more errors of one function; here only
/// the first error of each declaration is.
fn later_errors<'a>(arena: &'a bumpalo::Bump, src: &'a str, toks: &[(usize, Tok<'a>, usize)], first: Diagnostic) -> Vec<Diagnostic> {
    let line = |pos: u32| src.as_bytes()[..(pos as usize).min(src.len())].iter().filter(|&&b| b == b'\n').count();
    // The package clause, which every reparse starts with.
    let Some(clause) = toks.iter().position(|t| matches!(t.1, Tok::Semi(_))) else { return vec![first] };
    let mut at = first.span.lo as usize;
    let mut errors = vec![first];
    loop {
        let next = toks.iter().position(|&(lo, tok, _)| {
            lo > at
                && matches!(tok, Tok::Func | Tok::Type | Tok::Var | Tok::Const | Tok::Import)
                && (lo == 0 || src.as_bytes()[lo - 1] == b'\n')
        });
        let Some(next) = next else { break };
        let rest = toks[..=clause].iter().chain(&toks[next..]).copied().map(Ok::<_, UserError>);
        let cx = Cx::new(arena, src);
        let Err(e) = crate::go::FileParser::new().parse(&cx, rest) else { break };
        let d = convert(e, src, toks);
        if (d.span.lo as usize) < toks[next].0 {
            break;
        }
        at = d.span.lo as usize;
        // (One syntax error per line.)
        if errors.last().is_some_and(|p| line(p.span.lo) == line(d.span.lo)) {
            continue;
        }
        errors.push(d);
        if errors.len() == MAX_ERRORS {
            let lo = errors[MAX_ERRORS - 1].span.lo as usize;
            errors.push(Diagnostic::new(Span::new(lo, lo + 1), "too many errors"));
            break;
        }
    }
    errors
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
    // `[]` where an index or type arguments must be: gc's pexpr and
    // typeInstance complain before the `]`.
    if tok == Tok::RBrack && at > 0 {
        match toks[at - 1].1 {
            Tok::TParamLBrack => return "syntax error: empty type parameter list".into(),
            Tok::LBrack if at > 2 && matches!(toks[at - 2].1, Tok::Name(_)) => {
                // (`func f[]`; a type after a declared name, `var x T[]`;
                // else an index expression.)
                return match toks[at - 3].1 {
                    Tok::Func => "syntax error: empty type parameter list".into(),
                    Tok::Name(_) => format!("syntax error: unexpected {what}, expected type argument list"),
                    _ if expr_start => format!("syntax error: unexpected {what}, expected operand"),
                    _ => format!("syntax error: unexpected {what}, expected type argument list"),
                };
            }
            Tok::LBrack if expr_start => return format!("syntax error: unexpected {what}, expected operand"),
            _ => {}
        }
    }
    // `type T` and no type: gc's typeDecl.
    if at > 1 && toks[at - 2].1 == Tok::Type && matches!(toks[at - 1].1, Tok::Name(_)) && !matches!(tok, Tok::Semi(_)) {
        return format!("syntax error: unexpected {what} in type declaration");
    }
    let only = |set: &[&str]| expected.len() == set.len() && set.iter().all(|e| has(e));
    if only(&["\",\"", "\":\""]) {
        return format!("syntax error: unexpected {what}, expected :");
    }
    if only(&["\",\"", "\"]\"", "\":\""]) {
        return format!("syntax error: unexpected {what}, expected comma, : or ]");
    }
    if only(&["Name", "\"(\""]) {
        // (After var, const or type: gc's declaration wants a name.)
        if at > 0 && matches!(toks[at - 1].1, Tok::Var | Tok::Const | Tok::Type) {
            return format!("syntax error: unexpected {what}, expected name");
        }
        return format!("syntax error: unexpected {what}, expected name or (");
    }
    // At the start of an interface element: gc's embeddedTerm.
    if !expr_start && at > 0 && matches!(toks[at - 1].1, Tok::LBrace | Tok::Semi(_)) && enclosing_brace(toks, at) == Some(Tok::Interface) {
        return format!("syntax error: unexpected {what}, expected ~ term or type");
    }
    // A complete top-level declaration followed by more: gc's
    // `after top level declaration` (where a `;` is all it takes).
    if has("\";\"") && !has("\"}\"") && tok != Tok::LBrace && open_brackets(toks, at) == 0 {
        return format!("syntax error: unexpected {what} after top level declaration");
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

/// How many brackets (`(`, `[`, `{`) are open before token `at`.
fn open_brackets(toks: &[(usize, Tok<'_>, usize)], at: usize) -> i32 {
    let mut depth = 0i32;
    for t in &toks[..at.min(toks.len())] {
        match t.1 {
            Tok::LParen | Tok::LBrack | Tok::TParamLBrack | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
            _ => {}
        }
    }
    depth
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
            Tok::LParen | Tok::LBrack | Tok::TParamLBrack | Tok::LBrace => {
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
            Tok::LParen | Tok::LBrack | Tok::TParamLBrack | Tok::LBrace => {
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
            Tok::LParen | Tok::LBrack | Tok::TParamLBrack | Tok::LBrace => {
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
