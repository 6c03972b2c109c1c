//! Go tokens: a logos scanner plus the glue that applies Go's automatic
//! semicolon insertion and resolves the `type T[` ambiguity.
//!
//! [`tokenize`] turns a whole file into a token vector up front; the LALRPOP
//! parser then walks that vector. Lexical errors become diagnostics; the
//! scanner never panics.

use crate::diag::Diagnostic;
use crate::span::Span;
use logos::{Lexer, Logos};

/// How a `;` token came to be; gc names them differently in errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// Written in the source.
    Explicit,
    /// Inserted at a newline (or a general comment spanning lines).
    Newline,
    /// Inserted at end of file.
    Eof,
}

/// A Go token as the parser sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'a> {
    Name(&'a str),
    Int(&'a str),
    Float(&'a str),
    Imag(&'a str),
    Char(&'a str),
    Str(&'a str),

    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,

    Add,
    Sub,
    Mul,
    Quo,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    AddAssign,
    SubAssign,
    MulAssign,
    QuoAssign,
    RemAssign,
    AndAssign,
    OrAssign,
    XorAssign,
    ShlAssign,
    ShrAssign,
    AndNotAssign,
    LAnd,
    LOr,
    Arrow,
    Inc,
    Dec,
    Eql,
    Lss,
    Gtr,
    Assign,
    Not,
    Neq,
    Leq,
    Geq,
    Define,
    Ellipsis,
    LParen,
    LBrack,
    /// A `[` that opens the type parameter list of a type declaration
    /// (`type T[P any] ...`), as opposed to an array length.
    TParamLBrack,
    LBrace,
    Comma,
    Period,
    RParen,
    RBrack,
    RBrace,
    Semi(SemiKind),
    Colon,
    Tilde,
}

impl Tok<'_> {
    /// The token as gc's syntax errors name it (`name x`, `literal 5`,
    /// `keyword func`, `newline`, `comma`, `)`).
    pub fn describe(&self) -> String {
        use Tok::*;
        match *self {
            Name(s) => format!("name {s}"),
            Int(s) | Float(s) | Imag(s) | Char(s) | Str(s) => format!("literal {s}"),
            Semi(SemiKind::Explicit) => "semicolon".into(),
            Semi(SemiKind::Newline) => "newline".into(),
            Semi(SemiKind::Eof) => "EOF".into(),
            Comma => "comma".into(),
            t => {
                let s = t.text();
                if s.as_bytes()[0].is_ascii_lowercase() {
                    format!("keyword {s}")
                } else {
                    s.into()
                }
            }
        }
    }

    /// Source text of fixed tokens.
    pub fn text(&self) -> &str {
        use Tok::*;
        match *self {
            Name(s) | Int(s) | Float(s) | Imag(s) | Char(s) | Str(s) => s,
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack | TParamLBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semi(_) => ";",
            Colon => ":",
            Tilde => "~",
        }
    }

    /// Whether a newline after this token becomes a `;`.
    fn inserts_semi(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Name(_)
                | Int(_)
                | Float(_)
                | Imag(_)
                | Char(_)
                | Str(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumKind {
    Int,
    Float,
    Imag,
}

/// Raw scanner output, before semicolon insertion.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(extras = Vec<Diagnostic>)]
#[logos(skip r"[ \t\r]+")]
enum Raw {
    #[token("\n")]
    Newline,
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    /// The bool: whether the comment contains a newline.
    #[token("/*", block_comment)]
    BlockComment(bool),

    #[regex(r"[a-zA-Z_][a-zA-Z0-9_]*", priority = 3)]
    #[regex(r"(?:[a-zA-Z_]|[^\x00-\x7F])(?:[a-zA-Z0-9_]|[^\x00-\x7F])*", ident)]
    Name,
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(NumKind),
    #[token("'", rune_lit)]
    Char,
    #[token("\"", string_lit)]
    Str,
    #[token("`", raw_string_lit)]
    BackquoteStr,

    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("~")]
    Tilde,
}

fn err(lex: &mut Lexer<Raw>, at: usize, msg: impl Into<String>) {
    lex.extras.push(Diagnostic::new(Span::new(at, at + 1), msg));
}

fn block_comment(lex: &mut Lexer<Raw>) -> bool {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(i) => {
            let nl = rest[..i].contains('\n');
            lex.bump(i + 2);
            nl
        }
        None => {
            let start = lex.span().start;
            err(lex, start, "comment not terminated");
            let n = rest.len();
            lex.bump(n);
            rest.contains('\n')
        }
    }
}

fn ident(lex: &mut Lexer<Raw>) {
    let s = lex.slice();
    if s.is_ascii() {
        return;
    }
    let start = lex.span().start;
    for (i, c) in s.char_indices() {
        let ok = c == '_' || c.is_alphabetic() || (i > 0 && c.is_numeric());
        if !ok {
            let msg = if i == 0 && c.is_numeric() {
                format!("identifier cannot begin with digit {}", unicode_name(c))
            } else {
                format!("invalid character {} in identifier", unicode_name(c))
            };
            err(lex, start + i, msg);
            return;
        }
    }
}

fn unicode_name(c: char) -> String {
    format!("U+{:04X} '{}'", c as u32, c)
}

fn lit_name(prefix: u8) -> &'static str {
    match prefix {
        b'x' => "hexadecimal literal",
        b'o' | b'0' => "octal literal",
        b'b' => "binary literal",
        _ => "decimal literal",
    }
}

/// Go's `scanNumber`: the whole literal starting at the token start.
fn number(lex: &mut Lexer<Raw>) -> NumKind {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut i = start;
    let at = |i: usize| -> u8 { src.get(i).copied().unwrap_or(0) };
    let mut base = 10u32;
    let mut prefix = 0u8;
    let mut digsep = 0u32;
    let mut invalid: Option<usize> = None;
    let mut kind = NumKind::Int;
    let mut errors: Vec<(usize, String)> = Vec::new();

    let digits = |i: &mut usize, base: u32, invalid: &mut Option<usize>| -> u32 {
        let mut ds = 0u32;
        if base <= 10 {
            let max = b'0' + base as u8;
            loop {
                let c = at(*i);
                if c.is_ascii_digit() || c == b'_' {
                    let mut d = 1;
                    if c == b'_' {
                        d = 2;
                    } else if c >= max && invalid.is_none() {
                        *invalid = Some(*i);
                    }
                    ds |= d;
                    *i += 1;
                } else {
                    break;
                }
            }
        } else {
            loop {
                let c = at(*i);
                if c.is_ascii_hexdigit() || c == b'_' {
                    ds |= if c == b'_' { 2 } else { 1 };
                    *i += 1;
                } else {
                    break;
                }
            }
        }
        ds
    };

    if at(i) != b'.' {
        if at(i) == b'0' {
            i += 1;
            match at(i).to_ascii_lowercase() {
                b'x' => {
                    i += 1;
                    base = 16;
                    prefix = b'x';
                }
                b'o' => {
                    i += 1;
                    base = 8;
                    prefix = b'o';
                }
                b'b' => {
                    i += 1;
                    base = 2;
                    prefix = b'b';
                }
                _ => {
                    base = 8;
                    prefix = b'0';
                    digsep = 1;
                }
            }
        }
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if at(i) == b'.' {
        kind = NumKind::Float;
        if prefix == b'o' || prefix == b'b' {
            errors.push((i, format!("invalid radix point in {}", lit_name(prefix))));
        }
        i += 1;
        digsep |= digits(&mut i, base, &mut invalid);
    }
    if digsep & 1 == 0 {
        errors.push((start, format!("{} has no digits", lit_name(prefix))));
    }
    let e = at(i).to_ascii_lowercase();
    if e == b'e' || e == b'p' {
        if e == b'e' && prefix != 0 && prefix != b'0' {
            errors.push((i, format!("'{}' exponent requires decimal mantissa", at(i) as char)));
        } else if e == b'p' && prefix != b'x' {
            errors.push((i, format!("'{}' exponent requires hexadecimal mantissa", at(i) as char)));
        }
        i += 1;
        kind = NumKind::Float;
        if at(i) == b'+' || at(i) == b'-' {
            i += 1;
        }
        let mut inv = None;
        let ds = digits(&mut i, 10, &mut inv);
        digsep |= ds;
        if ds & 1 == 0 {
            errors.push((i, "exponent has no digits".into()));
        }
    } else if prefix == b'x' && kind == NumKind::Float {
        errors.push((i, "hexadecimal mantissa requires a 'p' exponent".into()));
    }
    if at(i) == b'i' {
        kind = NumKind::Imag;
        i += 1;
    }
    if kind == NumKind::Int {
        if let Some(p) = invalid {
            errors.push((p, format!("invalid digit '{}' in {}", at(p) as char, lit_name(prefix))));
        }
    }
    if digsep & 2 != 0 && errors.is_empty() {
        if let Some(p) = invalid_sep(&src[start..i]) {
            errors.push((start + p, "'_' must separate successive digits".into()));
        }
    }
    let consumed = lex.span().end;
    lex.bump(i - consumed);
    for (p, m) in errors {
        err(lex, p, m);
    }
    kind
}

/// Go's `invalidSep`: index of the first misplaced `_`, if any.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// Scans one escape after a backslash at `i` (pointing after the `\`).
/// Returns the index after the escape.
fn escape(src: &[u8], mut i: usize, quote: u8, errs: &mut Vec<(usize, String)>) -> usize {
    let c = src.get(i).copied().unwrap_or(0);
    let (n, base, max): (usize, u32, u32) = match c {
        b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => return i + 1,
        _ if c == quote => return i + 1,
        b'0'..=b'7' => (3, 8, 255),
        b'x' => {
            i += 1;
            (2, 16, 255)
        }
        b'u' => {
            i += 1;
            (4, 16, 0x10FFFF)
        }
        b'U' => {
            i += 1;
            (8, 16, 0x10FFFF)
        }
        _ => {
            if c == 0 && i >= src.len() {
                errs.push((i, "escape sequence not terminated".into()));
            } else {
                errs.push((i - 1, "unknown escape sequence".into()));
            }
            return i;
        }
    };
    let mut x: u32 = 0;
    for _ in 0..n {
        let d = match src.get(i).copied().map(|b| (b as char).to_digit(base)) {
            Some(Some(d)) => d,
            _ => {
                if i >= src.len() {
                    errs.push((i, "escape sequence not terminated".into()));
                } else {
                    errs.push((i, format!("invalid character {:?} in escape sequence", src[i] as char)));
                }
                return i;
            }
        };
        x = x.wrapping_mul(base).wrapping_add(d);
        i += 1;
    }
    if x > max || (0xD800..0xE000).contains(&x) && max > 255 {
        errs.push((i, "escape sequence is invalid Unicode code point".into()));
    }
    i
}

fn string_lit(lex: &mut Lexer<Raw>) {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut i = start + 1;
    let mut errs = Vec::new();
    loop {
        match src.get(i) {
            None => {
                errs.push((start, "string literal not terminated".into()));
                break;
            }
            Some(b'\n') => {
                errs.push((i, "newline in string".into()));
                break;
            }
            Some(b'"') => {
                i += 1;
                break;
            }
            Some(b'\\') => i = escape(src, i + 1, b'"', &mut errs),
            Some(_) => i += 1,
        }
    }
    finish(lex, start, i, errs);
}

fn finish(lex: &mut Lexer<Raw>, start: usize, mut end: usize, errs: Vec<(usize, String)>) {
    let src = lex.source();
    while end < src.len() && !src.is_char_boundary(end) {
        end += 1;
    }
    let _ = start;
    let consumed = lex.span().end;
    lex.bump(end.max(consumed) - consumed);
    for (p, m) in errs {
        err(lex, p, m);
    }
}

fn raw_string_lit(lex: &mut Lexer<Raw>) {
    let start = lex.span().start;
    let rest = lex.remainder();
    match rest.find('`') {
        Some(i) => lex.bump(i + 1),
        None => {
            let n = rest.len();
            lex.bump(n);
            err(lex, start, "raw string literal not terminated");
        }
    }
}

fn rune_lit(lex: &mut Lexer<Raw>) {
    let start = lex.span().start;
    let src = lex.source().as_bytes();
    let mut i = start + 1;
    let mut errs = Vec::new();
    let mut n = 0;
    loop {
        match src.get(i) {
            None => {
                errs.push((start, "rune literal not terminated".into()));
                break;
            }
            Some(b'\n') => {
                errs.push((start, "newline in rune literal".into()));
                break;
            }
            Some(b'\'') => {
                i += 1;
                if n == 0 {
                    errs.push((i - 1, "empty rune literal or unescaped '".into()));
                } else if n != 1 {
                    errs.push((start, "more than one character in rune literal".into()));
                }
                break;
            }
            Some(b'\\') => {
                i = escape(src, i + 1, b'\'', &mut errs);
                n += 1;
            }
            Some(&b) => {
                // advance one UTF-8 character
                i += match b {
                    0..=0x7F => 1,
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                n += 1;
            }
        }
    }
    let end = i.min(src.len());
    finish(lex, start, end, errs);
}

/// Maximum bracket nesting the parser accepts; deeper input is an error so
/// that recursive passes over the AST stay within the stack.
pub const MAX_NESTING: usize = 1000;

/// The longest run of prefix operators and `[]`s (`!!!...x`,
/// `[][]...int`, `***T`) scanning accepts: one more nests an expression or
/// type deeper than the parser's limit (`builder::MAX_EXPR_DEPTH`) in any
/// program, so scanning stops there with the parser's error.
pub const MAX_PREFIX_RUN: usize = crate::builder::MAX_EXPR_DEPTH as usize + 1;

/// A token with its byte span.
pub type Spanned<'a> = (usize, Tok<'a>, usize);

/// Scans `src` into tokens with semicolons inserted. Lexical errors are
/// returned alongside the tokens (scanning continues to the end, but for a
/// chain of prefix operators longer than `MAX_PREFIX_RUN`).
pub fn tokenize(src: &str) -> (Vec<Spanned<'_>>, Vec<Diagnostic>) {
    let mut toks: Vec<Spanned<'_>> = Vec::with_capacity(src.len() / 3 + 16);
    let mut lex = Raw::lexer(src);
    // A byte order mark is allowed as the very first character.
    if src.starts_with('\u{feff}') {
        lex.bump(3);
    }
    let mut nlsemi = false;
    let mut depth = 0usize;
    let mut depth_err = false;
    let mut errors = Vec::new();
    let mut type_kws: Vec<usize> = Vec::new();
    // Consecutive prefix operators and `[]`s: each nests the operand or
    // type after it one level deeper (all but the first, which may be a
    // binary operator).
    let mut prefix_run = 0usize;
    while let Some(r) = lex.next() {
        let span = lex.span();
        let (lo, hi) = (span.start, span.end);
        let raw = match r {
            Ok(raw) => raw,
            Err(()) => {
                let c = src[lo..].chars().next().unwrap_or('\0');
                let msg = if c == '\0' { "invalid NUL character".to_string() } else { format!("invalid character {}", unicode_name(c)) };
                errors.push(Diagnostic::new(Span::new(lo, hi), msg));
                continue;
            }
        };
        let s = lex.slice();
        let tok = match raw {
            Raw::Newline => {
                if nlsemi {
                    toks.push((lo, Tok::Semi(SemiKind::Newline), hi));
                    nlsemi = false;
                }
                continue;
            }
            Raw::LineComment => continue,
            Raw::BlockComment(nl) => {
                if nl && nlsemi {
                    toks.push((lo, Tok::Semi(SemiKind::Newline), lo + 1));
                    nlsemi = false;
                }
                continue;
            }
            Raw::Name => Tok::Name(s),
            Raw::Number(NumKind::Int) => Tok::Int(s),
            Raw::Number(NumKind::Float) => Tok::Float(s),
            Raw::Number(NumKind::Imag) => Tok::Imag(s),
            Raw::Char => Tok::Char(s),
            Raw::Str | Raw::BackquoteStr => Tok::Str(s),
            Raw::Break => Tok::Break,
            Raw::Case => Tok::Case,
            Raw::Chan => Tok::Chan,
            Raw::Const => Tok::Const,
            Raw::Continue => Tok::Continue,
            Raw::Default => Tok::Default,
            Raw::Defer => Tok::Defer,
            Raw::Else => Tok::Else,
            Raw::Fallthrough => Tok::Fallthrough,
            Raw::For => Tok::For,
            Raw::Func => Tok::Func,
            Raw::Go => Tok::Go,
            Raw::Goto => Tok::Goto,
            Raw::If => Tok::If,
            Raw::Import => Tok::Import,
            Raw::Interface => Tok::Interface,
            Raw::Map => Tok::Map,
            Raw::Package => Tok::Package,
            Raw::Range => Tok::Range,
            Raw::Return => Tok::Return,
            Raw::Select => Tok::Select,
            Raw::Struct => Tok::Struct,
            Raw::Switch => Tok::Switch,
            Raw::Type => {
                type_kws.push(toks.len());
                Tok::Type
            }
            Raw::Var => Tok::Var,
            Raw::Add => Tok::Add,
            Raw::Sub => Tok::Sub,
            Raw::Mul => Tok::Mul,
            Raw::Quo => Tok::Quo,
            Raw::Rem => Tok::Rem,
            Raw::And => Tok::And,
            Raw::Or => Tok::Or,
            Raw::Xor => Tok::Xor,
            Raw::Shl => Tok::Shl,
            Raw::Shr => Tok::Shr,
            Raw::AndNot => Tok::AndNot,
            Raw::AddAssign => Tok::AddAssign,
            Raw::SubAssign => Tok::SubAssign,
            Raw::MulAssign => Tok::MulAssign,
            Raw::QuoAssign => Tok::QuoAssign,
            Raw::RemAssign => Tok::RemAssign,
            Raw::AndAssign => Tok::AndAssign,
            Raw::OrAssign => Tok::OrAssign,
            Raw::XorAssign => Tok::XorAssign,
            Raw::ShlAssign => Tok::ShlAssign,
            Raw::ShrAssign => Tok::ShrAssign,
            Raw::AndNotAssign => Tok::AndNotAssign,
            Raw::LAnd => Tok::LAnd,
            Raw::LOr => Tok::LOr,
            Raw::Arrow => Tok::Arrow,
            Raw::Inc => Tok::Inc,
            Raw::Dec => Tok::Dec,
            Raw::Eql => Tok::Eql,
            Raw::Lss => Tok::Lss,
            Raw::Gtr => Tok::Gtr,
            Raw::Assign => Tok::Assign,
            Raw::Not => Tok::Not,
            Raw::Neq => Tok::Neq,
            Raw::Leq => Tok::Leq,
            Raw::Geq => Tok::Geq,
            Raw::Define => Tok::Define,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::LParen | Raw::LBrack | Raw::LBrace => {
                depth += 1;
                if depth > MAX_NESTING && !depth_err {
                    depth_err = true;
                    errors.push(Diagnostic::new(Span::new(lo, hi), "syntax error: nesting too deep"));
                }
                match raw {
                    Raw::LParen => Tok::LParen,
                    Raw::LBrack => Tok::LBrack,
                    _ => Tok::LBrace,
                }
            }
            Raw::RParen | Raw::RBrack | Raw::RBrace => {
                depth = depth.saturating_sub(1);
                match raw {
                    Raw::RParen => Tok::RParen,
                    Raw::RBrack => Tok::RBrack,
                    _ => Tok::RBrace,
                }
            }
            Raw::Comma => Tok::Comma,
            Raw::Period => Tok::Period,
            Raw::Semi => Tok::Semi(SemiKind::Explicit),
            Raw::Colon => Tok::Colon,
            Raw::Tilde => Tok::Tilde,
        };
        nlsemi = tok.inserts_semi();
        prefix_run = match tok {
            Tok::Not | Tok::Xor | Tok::Sub | Tok::Add | Tok::Mul | Tok::And | Tok::Arrow => prefix_run + 1,
            // `[]` (the `]` right after its `[`): one slice type more.
            Tok::RBrack if matches!(toks.last(), Some((_, Tok::LBrack, _))) => prefix_run + 1,
            Tok::LBrack => prefix_run,
            _ => 0,
        };
        toks.push((lo, tok, hi));
        if prefix_run > MAX_PREFIX_RUN {
            // The parser would reject this chain only after building it,
            // holding a symbol (~100 bytes) for each of its tokens and all
            // the tokens after it: a 1.8M-level `[]...int` took 631 MB.
            // Its error, here and at once.
            errors.push(Diagnostic::new(Span::new(lo, hi), "syntax error: nesting too deep"));
            break;
        }
    }
    if nlsemi {
        toks.push((src.len(), Tok::Semi(SemiKind::Eof), src.len()));
    }
    errors.extend(std::mem::take(&mut lex.extras));
    // Go's scanner rejects a NUL byte inside string literals too (it skips
    // comments without looking).
    for &(lo, _, hi) in toks.iter().filter(|t| matches!(t.1, Tok::Str(_))) {
        for (i, _) in src.as_bytes()[lo..hi].iter().enumerate().filter(|&(_, &b)| b == 0) {
            errors.push(Diagnostic::new(Span::new(lo + i, lo + i + 1), "invalid NUL character"));
        }
    }
    errors.sort_by_key(|d| d.span.lo);
    mark_type_params(&mut toks, &type_kws);
    (toks, errors)
}

/// Rewrites the `[` of `type T[P C] ...` into [`Tok::TParamLBrack`],
/// deciding between a type parameter list and an array length as go/parser
/// does (`type A [N]int` is an array, `type T[P any]` generic; `type T[P *C]`
/// is an array unless a comma or a type literal makes it a parameter list).
fn mark_type_params(toks: &mut [Spanned<'_>], type_kws: &[usize]) {
    for &i in type_kws {
        match toks.get(i + 1).map(|t| t.1) {
            Some(Tok::Name(_)) => mark_spec(toks, i + 1),
            Some(Tok::LParen) => {
                // A group: a spec starts after `(` and after each `;` at depth 1.
                let mut depth = 0usize;
                let mut k = i + 1;
                let mut spec_start = false;
                while k < toks.len() {
                    match toks[k].1 {
                        Tok::LParen | Tok::LBrack | Tok::LBrace | Tok::TParamLBrack => {
                            depth += 1;
                            spec_start = depth == 1 && k == i + 1;
                            k += 1;
                            continue;
                        }
                        Tok::RParen | Tok::RBrack | Tok::RBrace => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        Tok::Semi(_) if depth == 1 => {
                            spec_start = true;
                            k += 1;
                            continue;
                        }
                        Tok::Name(_) if spec_start => mark_spec(toks, k),
                        _ => {}
                    }
                    spec_start = false;
                    k += 1;
                }
            }
            _ => {}
        }
    }
}

/// `i` indexes the name of a type spec.
fn mark_spec(toks: &mut [Spanned<'_>], i: usize) {
    if matches!(toks.get(i + 1), Some((_, Tok::LBrack, _))) && is_type_param_list(toks, i + 2) {
        toks[i + 1].1 = Tok::TParamLBrack;
    }
}

/// `j` indexes the token after `type Name [`.
fn is_type_param_list(toks: &[Spanned<'_>], j: usize) -> bool {
    let tok = |k: usize| toks.get(k).map(|t| t.1);
    if !matches!(tok(j), Some(Tok::Name(_))) {
        return false;
    }
    match tok(j + 1) {
        None | Some(Tok::RBrack) => false,
        Some(
            Tok::LBrack
            | Tok::Name(_)
            | Tok::Tilde
            | Tok::Interface
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Func
            | Tok::Arrow
            | Tok::Comma,
        ) => true,
        Some(Tok::Mul | Tok::LParen) => {
            // `P *C` / `P (C)`: a parameter list only if followed by a comma
            // or if the rest is clearly a type (contains a type literal).
            let mut depth = 0i32;
            let mut k = j + 1;
            let mut prev = Tok::Mul;
            while let Some(t) = tok(k) {
                match t {
                    Tok::LParen | Tok::LBrace => depth += 1,
                    Tok::LBrack => {
                        if depth == 0 && !matches!(prev, Tok::Name(_) | Tok::RBrack | Tok::RParen) {
                            return true;
                        }
                        depth += 1;
                    }
                    Tok::RParen | Tok::RBrace => depth -= 1,
                    Tok::RBrack => {
                        if depth == 0 {
                            return false;
                        }
                        depth -= 1;
                    }
                    Tok::Comma if depth == 0 => return true,
                    Tok::Tilde | Tok::Interface | Tok::Struct | Tok::Map | Tok::Chan | Tok::Func => return true,
                    Tok::Semi(_) if depth == 0 => return false,
                    _ => {}
                }
                if depth < 0 {
                    return false;
                }
                prev = t;
                k += 1;
            }
            false
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        let (t, e) = tokenize(src);
        assert!(e.is_empty(), "{e:?}");
        t.into_iter().map(|t| t.1).collect()
    }

    #[test]
    fn semicolons() {
        use Tok::*;
        assert_eq!(toks("x\ny"), vec![Name("x"), Semi(SemiKind::Newline), Name("y"), Semi(SemiKind::Eof)]);
        assert_eq!(toks("f(\n)"), vec![Name("f"), LParen, RParen, Semi(SemiKind::Eof)]);
        assert_eq!(toks("return /*\n*/ x"), vec![Return, Semi(SemiKind::Newline), Name("x"), Semi(SemiKind::Eof)]);
        assert_eq!(toks("a /* */ b // c\n"), vec![Name("a"), Name("b"), Semi(SemiKind::Newline)]);
    }

    #[test]
    fn numbers() {
        use Tok::*;
        for (s, t) in [
            ("42", Int("42")),
            ("0x_1F", Int("0x_1F")),
            ("0o17", Int("0o17")),
            ("0b1010", Int("0b1010")),
            ("0755", Int("0755")),
            ("1_000_000", Int("1_000_000")),
            ("1.5", Float("1.5")),
            (".5e-3", Float(".5e-3")),
            ("1e9", Float("1e9")),
            ("0x1p-2", Float("0x1p-2")),
            ("0x1.8p1", Float("0x1.8p1")),
            ("2i", Imag("2i")),
            ("1.5i", Imag("1.5i")),
            ("0i", Imag("0i")),
            ("089i", Imag("089i")),
        ] {
            assert_eq!(toks(s)[0], t, "{s}");
        }
        assert!(!tokenize("09").1.is_empty());
        assert!(!tokenize("1__0").1.is_empty());
        assert!(!tokenize("0x").1.is_empty());
    }

    #[test]
    fn strings_and_runes() {
        use Tok::*;
        assert_eq!(toks(r#""a\n\x41\u00e9\U0001F600\101""#)[0], Str(r#""a\n\x41\u00e9\U0001F600\101""#));
        assert_eq!(toks("`a\nb`")[0], Str("`a\nb`"));
        assert_eq!(toks(r"'\''")[0], Char(r"'\''"));
        assert_eq!(toks("'é'")[0], Char("'é'"));
        assert!(!tokenize("\"abc\n").1.is_empty());
        assert!(!tokenize("'ab'").1.is_empty());
        assert!(!tokenize(r#""\q""#).1.is_empty());
        assert!(!tokenize("/* x").1.is_empty());
    }

    #[test]
    fn unicode_idents() {
        assert_eq!(toks("héllo")[0], Tok::Name("héllo"));
        assert_eq!(toks("日本語")[0], Tok::Name("日本語"));
    }

    #[test]
    fn type_params() {
        let has = |s: &str| toks(s).contains(&Tok::TParamLBrack);
        assert!(has("type T[P any] int"));
        assert!(has("type T[K comparable, V any] int"));
        assert!(has("type T[P *C,] int"));
        assert!(has("type T[P *[]int] int"));
        assert!(has("type ( A int; T[P any] int )"));
        assert!(!has("type A [N]int"));
        assert!(!has("type A [N*2]int"));
        assert!(!has("type T[P *C] int"));
        assert!(!has("type A []int"));
    }
}
