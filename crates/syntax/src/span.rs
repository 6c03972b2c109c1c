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
    /// `//line file:N` directives (at the start of a line): the first real
    /// line they apply to, the file named, and N. The file is None for
    /// `//line :N:C` (the previous directive's file stays in effect) and
    /// empty for `//line :N` (Go names no file then: `??`).
    directives: Vec<(u32, Option<String>, u32)>,
}

/// A `//line` directive's file and line (`//line foo.y:12`,
/// `//line foo.y:12:3`, `//line :12`); None if malformed. As gc's parser
/// (syntax.updateBase): an empty file keeps the previous one only in the
/// `:line:col` form.
fn parse_line_directive(text: &str) -> Option<(Option<String>, u32)> {
    let rest = text.strip_prefix("//line ")?.trim_end_matches('\r');
    let (head, last) = rest.rsplit_once(':')?;
    let n: u32 = last.parse().ok()?;
    // `file:line:col`: the last number is the column.
    let (file, line, col) = match head.rsplit_once(':') {
        Some((f, l)) if l.parse::<u32>().is_ok() => (f, l.parse().ok()?, true),
        _ => (head, n, false),
    };
    if line == 0 {
        return None;
    }
    Some(((!file.is_empty() || !col).then(|| file.to_string()), line))
}

impl SourceMap {
    pub fn new(name: impl Into<String>, src: &str) -> SourceMap {
        // (memchr's word-at-a-time search: every start-up maps the prelude's
        // files, a byte loop was 5 instructions a byte.)
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', src.as_bytes()).map(|i| i as u32 + 1));
        let mut directives = Vec::new();
        if src.contains("//line ") {
            for (i, l) in src.lines().enumerate() {
                if let Some((f, n)) = parse_line_directive(l) {
                    directives.push((i as u32 + 2, f, n));
                }
            }
        }
        SourceMap { name: name.into(), line_starts, directives }
    }

    /// The line Go reports for `offset` at run time (tracebacks,
    /// runtime.Caller): the real line, or the one a `//line` directive
    /// above it gives (counted on from the line after the directive), with
    /// the directive's file if it names one.
    pub fn go_line(&self, offset: u32) -> (u32, Option<&str>) {
        let line = self.line(offset);
        let i = self.directives.partition_point(|d| d.0 <= line);
        if i == 0 {
            return (line, None);
        }
        let (start, _, n) = &self.directives[i - 1];
        // The file in effect: the newest directive that names one (or
        // names none: `//line :N`).
        let file = self.directives[..i].iter().rev().find_map(|d| d.1.as_deref());
        (n + (line - start), file)
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
