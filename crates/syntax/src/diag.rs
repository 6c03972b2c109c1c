//! Compile-time diagnostics, rendered `file.go:line:col: message` like gc.

use crate::span::{SourceMap, Span};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub span: Span,
    pub message: String,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { span, message: message.into() }
    }

    /// `file:line:col: message`
    pub fn render(&self, map: &SourceMap) -> String {
        format!("{}: {}", map.position(self.span.lo), self.message)
    }
}
