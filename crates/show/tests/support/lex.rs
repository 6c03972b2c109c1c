//! A Go lexer good enough to classify fixture source into the recording's
//! token classes (kw, id, ty, fn, lit, num, str, com, op, ws); the real
//! recorder uses gostack's own lexer.

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];
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
const BUILTINS: &[&str] = &[
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min", "new", "panic", "print",
    "println", "real", "recover",
];
const LITERALS: &[&str] = &["true", "false", "nil", "iota"];

/// lex splits each line into (class, text) runs whose texts concatenate to
/// the line. Block comments spanning lines are classed line by line.
pub fn lex(src: &str) -> Vec<Vec<(&'static str, String)>> {
    let mut out = vec![];
    let mut in_block = false;
    for line in src.lines() {
        let mut runs: Vec<(&'static str, String)> = vec![];
        let b: Vec<char> = line.chars().collect();
        let mut i = 0;
        let mut push = |cls: &'static str, s: String| match runs.last_mut() {
            Some(last) if last.0 == cls && (cls == "ws" || cls == "op") => last.1.push_str(&s),
            _ => runs.push((cls, s)),
        };
        while i < b.len() {
            let start = i;
            let c = b[i];
            if in_block {
                while i < b.len() && !(b[i] == '*' && i + 1 < b.len() && b[i + 1] == '/') {
                    i += 1;
                }
                if i < b.len() {
                    i += 2;
                    in_block = false;
                }
                push("com", b[start..i].iter().collect());
                continue;
            }
            let cls = if c == ' ' || c == '\t' {
                while i < b.len() && (b[i] == ' ' || b[i] == '\t') {
                    i += 1;
                }
                "ws"
            } else if c == '/' && b.get(i + 1) == Some(&'/') {
                i = b.len();
                "com"
            } else if c == '/' && b.get(i + 1) == Some(&'*') {
                in_block = true;
                continue;
            } else if c == '"' || c == '\'' || c == '`' {
                i += 1;
                while i < b.len() && b[i] != c {
                    if b[i] == '\\' && c != '`' {
                        i += 1;
                    }
                    i += 1;
                }
                i = (i + 1).min(b.len());
                "str"
            } else if c.is_ascii_digit() {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '.' || b[i] == '_') {
                    i += 1;
                }
                "num"
            } else if c.is_alphabetic() || c == '_' {
                while i < b.len() && (b[i].is_alphanumeric() || b[i] == '_') {
                    i += 1;
                }
                let w: String = b[start..i].iter().collect();
                if KEYWORDS.contains(&w.as_str()) {
                    "kw"
                } else if TYPES.contains(&w.as_str()) {
                    "ty"
                } else if BUILTINS.contains(&w.as_str()) {
                    "fn"
                } else if LITERALS.contains(&w.as_str()) {
                    "lit"
                } else {
                    "id"
                }
            } else {
                i += 1;
                "op"
            };
            push(cls, b[start..i].iter().collect());
        }
        out.push(runs);
    }
    out
}

#[test]
fn runs_concatenate_to_the_line() {
    let src = "func main() {\n\tx := \"a\\\"b\" // c\n\t/* d */ y := 0x1F + len(s)\n}";
    for (runs, line) in lex(src).iter().zip(src.lines()) {
        assert_eq!(runs.iter().map(|r| r.1.as_str()).collect::<String>(), line);
    }
    assert!(lex(src)[2].contains(&("fn", "len".to_string())));
}
