//! Byte spans and the map from byte offsets to Go's `line:col` positions.

/// A half-open byte range `[lo, hi)` into one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Span {
        Span { lo: lo as u32, hi: hi as u32 }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

/// Turns byte offsets into 1-based lines and columns, counting columns in
/// bytes as the gc compiler does.
#[derive(Clone, Debug)]
pub struct SourceMap {
    pub name: String,
    line_starts: Vec<u32>,
}

impl SourceMap {
    pub fn new(name: impl Into<String>, src: &str) -> SourceMap {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceMap { name: name.into(), line_starts }
    }

    /// `(line, col)`, both 1-based.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line] + 1)
    }

    pub fn line(&self, offset: u32) -> u32 {
        self.line_col(offset).0
    }

    /// `name:line:col`
    pub fn position(&self, offset: u32) -> String {
        let (l, c) = self.line_col(offset);
        format!("{}:{}:{}", self.name, l, c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn columns_are_bytes() {
        let m = SourceMap::new("a.go", "ab\n\u{e9}x\n");
        assert_eq!(m.line_col(0), (1, 1));
        assert_eq!(m.line_col(3), (2, 1));
        assert_eq!(m.line_col(5), (2, 3));
    }
}
