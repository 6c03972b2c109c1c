//! Go front end: tokens (logos), grammar (LALRPOP, in `grammar/`), AST in a
//! bumpalo arena, spans and diagnostics.
//!
//! ```
//! let arena = bumpalo::Bump::new();
//! let src = "package main\nfunc main() {}\n";
//! let file = syntax::parse_file(&arena, src).unwrap();
//! assert_eq!(file.package.name, "main");
//! ```

pub mod ast;
mod builder;
pub mod diag;
pub mod dump;
pub mod lexer;
mod parse;
pub mod serial;
pub mod span;

// The parser LALRPOP generates from grammar/go.lalrpop: not ours to lint.
#[allow(clippy::all, unused_parens, unused_imports, dead_code, unused_mut, unused_variables)]
mod go {
    include!(concat!(env!("OUT_DIR"), "/go.rs"));
}

pub use diag::Diagnostic;
pub use span::{SourceMap, Span};

/// Parses one Go source file into an AST allocated in `arena`.
///
/// On failure returns the syntax errors in source order (Go reports at most
/// a few; the first is the one users see first).
pub fn parse_file<'a>(arena: &'a bumpalo::Bump, src: &'a str) -> Result<&'a ast::File<'a>, Vec<Diagnostic>> {
    parse::parse_file(arena, src)
}
