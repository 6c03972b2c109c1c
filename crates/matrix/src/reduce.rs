//! Statement-deletion reducer for generated programs.
//!
//! A candidate deletion is one line with balanced braces, or a line that
//! opens a block together with everything up to the line that closes it
//! (`if ... {` ... `} else {` ... `}` goes as a whole). The caller's
//! predicate decides whether the smaller program still shows the problem;
//! a deletion that breaks compilation simply fails the predicate.

/// `{` minus `}` on a line, ignoring string and rune literals and `//` comments.
pub fn brace_delta(line: &str) -> i64 {
    let mut d = 0;
    let mut in_str: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match in_str {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    in_str = None;
                }
            }
            None => match c {
                '"' | '\'' | '`' => in_str = Some(c),
                '/' if chars.peek() == Some(&'/') => break,
                '{' => d += 1,
                '}' => d -= 1,
                _ => {}
            },
        }
    }
    d
}

/// The last line of the statement starting at `start`: where the brace depth
/// returns to its level before `start`. `None` if it never does.
pub fn statement_end(lines: &[&str], start: usize) -> Option<usize> {
    let mut depth = 0i64;
    for (j, l) in lines.iter().enumerate().skip(start) {
        depth += brace_delta(l);
        if depth < 0 {
            return None;
        }
        if depth == 0 {
            return Some(j);
        }
    }
    None
}

fn deletable(line: &str) -> bool {
    let t = line.trim();
    !(t.is_empty() || t.starts_with('}') || t.starts_with("//"))
}

/// Deletes statements from `body` while `still_bad` holds; returns the
/// smallest body found. `still_bad` is called with candidate bodies.
pub fn reduce(body: &str, mut still_bad: impl FnMut(&str) -> bool) -> String {
    let mut cur: Vec<String> = body.lines().map(str::to_owned).collect();
    loop {
        let mut changed = false;
        let mut i = 0;
        while i < cur.len() {
            let refs: Vec<&str> = cur.iter().map(String::as_str).collect();
            if !deletable(refs[i]) {
                i += 1;
                continue;
            }
            let Some(end) = statement_end(&refs, i) else {
                i += 1;
                continue;
            };
            let mut cand: Vec<&str> = Vec::with_capacity(refs.len());
            cand.extend_from_slice(&refs[..i]);
            cand.extend_from_slice(&refs[end + 1..]);
            let text = join(&cand);
            if still_bad(&text) {
                cur = cand.into_iter().map(str::to_owned).collect();
                changed = true;
            } else {
                i += 1;
            }
        }
        if !changed {
            break;
        }
    }
    tidy(&join_owned(&cur))
}

fn join(lines: &[&str]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

fn join_owned(lines: &[String]) -> String {
    let mut s = lines.join("\n");
    s.push('\n');
    s
}

/// Collapses runs of blank lines and trims blank lines at both ends.
pub fn tidy(body: &str) -> String {
    let mut out = String::new();
    let mut blank = true;
    for l in body.lines() {
        if l.trim().is_empty() {
            if !blank {
                out.push('\n');
            }
            blank = true;
        } else {
            out.push_str(l);
            out.push('\n');
            blank = false;
        }
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delta_ignores_strings() {
        assert_eq!(brace_delta(r#"fmt.Println("{", '}') {"#), 1);
        assert_eq!(brace_delta("} else {"), 0);
        assert_eq!(brace_delta("{ s := []int{1}; f() }"), 0);
    }

    #[test]
    fn reduces_to_the_needed_lines() {
        let body = "func f() {\n\ta()\n\tif x {\n\t\tb()\n\t} else {\n\t\tneedle()\n\t}\n\tc()\n}\n";
        let out = reduce(body, |s| s.contains("needle") && s.contains("func f"));
        assert_eq!(out, "func f() {\n\tif x {\n\t} else {\n\t\tneedle()\n\t}\n}\n");
    }
}
