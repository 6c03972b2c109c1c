//! Normalisation of a program's output, identical to the shared conformance
//! runner (`conformance/run`): stderr head, traceback frames, first compile
//! error. Both expected and actual output go through these functions.

/// Splits text into lines: `\r\n` becomes `\n`, and a final newline does not
/// start an extra empty line.
pub fn split_lines(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Drops trailing lines that are empty or whitespace-only.
pub fn trim_trailing_blank(lines: &mut Vec<String>) {
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
}

/// The lines of stderr before the first traceback.
///
/// The head ends at the first line starting with `goroutine ` or equal to
/// `runtime stack:`. Lines starting with `[signal ` or `runtime: sp=` carry
/// machine addresses and are dropped. Trailing blank lines are removed.
pub fn stderr_head(stderr: &str) -> Vec<String> {
    let mut head = Vec::new();
    for line in split_lines(stderr) {
        if line.starts_with("goroutine ") || line == "runtime stack:" {
            break;
        }
        if line.starts_with("[signal ") || line.starts_with("runtime: sp=") {
            continue;
        }
        head.push(line);
    }
    trim_trailing_blank(&mut head);
    head
}

/// `main.(*T).M(0x1, ...)` → `main.(*T).M`: drops the final parenthesised
/// group (after trimming trailing whitespace).
pub fn strip_call(line: &str) -> &str {
    let s = line.trim_end();
    if s.ends_with(')') {
        let mut depth = 0i32;
        for (i, c) in s.char_indices().rev() {
            match c {
                ')' => depth += 1,
                '(' => {
                    depth -= 1;
                    if depth == 0 {
                        return &s[..i];
                    }
                }
                _ => {}
            }
        }
    }
    s
}

/// Function names of the first goroutine block of a Go traceback.
///
/// The block starts at the first line beginning with `goroutine ` and ends
/// at the next blank line. Indented (`file:line +0x..`) lines, `created by`
/// lines, `...N frames elided...` lines and `runtime.` frames are skipped.
pub fn traceback_frames(stderr: &str) -> Vec<String> {
    let mut frames = Vec::new();
    let mut in_block = false;
    for line in split_lines(stderr) {
        if !in_block {
            if line.starts_with("goroutine ") {
                in_block = true;
            }
            continue;
        }
        if line.trim().is_empty() {
            break;
        }
        if line.starts_with('\t') || line.starts_with(' ') {
            continue;
        }
        if line.starts_with("created by ") || line.starts_with("...") {
            continue;
        }
        let name = strip_call(&line);
        if name.starts_with("runtime.") {
            continue;
        }
        frames.push(name.to_owned());
    }
    frames
}

/// Matches `<anything>:LINE:COL: MESSAGE` (the shortest `<anything>`) and
/// returns `LINE:COL: MESSAGE`.
fn match_compile_error(line: &str) -> Option<String> {
    let bytes = line.as_bytes();
    for (start, _) in line.match_indices(':') {
        let mut i = start + 1;
        let l0 = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == l0 || i >= bytes.len() || bytes[i] != b':' {
            continue;
        }
        let l1 = i;
        i += 1;
        let c0 = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == c0 || !line[i..].starts_with(": ") {
            continue;
        }
        let (ln, col, msg) = (&line[l0..l1], &line[c0..i], &line[i + 2..]);
        return Some(format!("{ln}:{col}: {msg}"));
    }
    None
}

/// The first `file:line:col: message` line of stderr, as `LINE:COL: message`
/// (the file prefix is dropped; continuation lines are ignored).
pub fn first_compile_error(stderr: &str) -> Option<String> {
    split_lines(stderr)
        .iter()
        .find_map(|l| match_compile_error(l))
}

/// Whether `text` contains something that looks like a machine address
/// (`0x` followed by at least 6 hex digits); such output cannot be blessed.
pub fn find_address(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let mut from = 0;
    while let Some(p) = text[from..].find("0x") {
        let start = from + p;
        let mut i = start + 2;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        if i - start - 2 >= 6 {
            return Some(&text[start..i]);
        }
        from = start + 2;
    }
    None
}

/// Renders lines as file text: each line followed by `\n`.
pub fn lines_text(lines: &[String]) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(lines: &[&str]) -> Vec<String> {
        lines.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn split_lines_handles_crlf_and_final_newline() {
        assert_eq!(split_lines("a\r\nb\n"), v(&["a", "b"]));
        assert_eq!(split_lines("a\n\n"), v(&["a", ""]));
        assert_eq!(split_lines(""), Vec::<String>::new());
        assert_eq!(split_lines("x"), v(&["x"]));
    }

    #[test]
    fn head_of_unrecovered_panic() {
        let stderr = "before\npanic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:5 +0x25\nexit status 2\n";
        assert_eq!(stderr_head(stderr), v(&["before", "panic: boom"]));
    }

    #[test]
    fn head_drops_signal_and_sp_lines_and_stops_at_runtime_stack() {
        let nil = "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48f1a5]\n\ngoroutine 1 [running]:\n";
        assert_eq!(
            stderr_head(nil),
            v(&["panic: runtime error: invalid memory address or nil pointer dereference"])
        );
        let so = "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0xc020160398 stack=[0xc020160000, 0xc040160000]\nfatal error: stack overflow\n\nruntime stack:\nruntime.throw(...)\n";
        assert_eq!(
            stderr_head(so),
            v(&[
                "runtime: goroutine stack exceeds 1000000000-byte limit",
                "fatal error: stack overflow"
            ])
        );
    }

    #[test]
    fn head_keeps_tabs_and_trims_trailing_blank_lines() {
        let s = "panic: first [recovered]\n\tpanic: second\n  \n\n";
        assert_eq!(
            stderr_head(s),
            v(&["panic: first [recovered]", "\tpanic: second"])
        );
        assert_eq!(stderr_head("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"),
            v(&["fatal error: all goroutines are asleep - deadlock!"]));
    }

    #[test]
    fn strip_call_drops_final_argument_list() {
        assert_eq!(
            strip_call("main.(*T).M(0xc000010000, {0x4b, 0x2})"),
            "main.(*T).M"
        );
        assert_eq!(strip_call("main.main()"), "main.main");
        assert_eq!(strip_call("main.G[...](...)"), "main.G[...]");
        assert_eq!(strip_call("panic({0x4a0f40?, 0x4e1c10?})  "), "panic");
        assert_eq!(strip_call("main.f"), "main.f");
    }

    #[test]
    fn frames_of_first_goroutine_block() {
        let s = "panic: boom\n\ngoroutine 1 [running]:\npanic({0x4a0f40?, 0x4e1c10?})\n\t/usr/lib/go/src/runtime/panic.go:792 +0x132\nmain.inner(...)\n\t/tmp/x.go:9\nmain.(*T).M(0xc000010000)\n\t/tmp/x.go:12 +0x25\nruntime.gopanic(0x1)\n\t/x +0x1\nmain.main()\n\t/tmp/x.go:15 +0x1d\ncreated by main.start in goroutine 1\n\t/tmp/x.go:3 +0x1\n...3 frames elided...\n\ngoroutine 2 [chan receive]:\nmain.other()\n";
        assert_eq!(
            traceback_frames(s),
            v(&["panic", "main.inner", "main.(*T).M", "main.main"])
        );
        assert_eq!(traceback_frames("panic: x\n"), Vec::<String>::new());
    }

    #[test]
    fn compile_error_extraction() {
        let s =
            "# command-line-arguments\n./x.go:5:2: declared and not used: x\n./x.go:6:2: other\n";
        assert_eq!(
            first_compile_error(s).as_deref(),
            Some("5:2: declared and not used: x")
        );
        // The shortest file prefix wins, and the message may contain colons.
        assert_eq!(
            first_compile_error("a:b.go:3:14: cannot use \"s\" (untyped string constant) as int value in assignment: x\n").as_deref(),
            Some("3:14: cannot use \"s\" (untyped string constant) as int value in assignment: x")
        );
        assert_eq!(
            first_compile_error("C:12:x: no\nfoo.go:1:1: yes: it is\n").as_deref(),
            Some("1:1: yes: it is")
        );
        assert_eq!(first_compile_error("x.go:12: no column\n"), None);
        assert_eq!(first_compile_error("x.go:1:2:no space\n"), None);
        assert_eq!(
            first_compile_error("x.go:1:2: \n").as_deref(),
            Some("1:2: ")
        );
    }

    #[test]
    fn address_detection() {
        assert_eq!(find_address("(main.T) 0xc000012345"), Some("0xc000012345"));
        assert_eq!(find_address("code=0x1 addr=0x0"), None);
        assert_eq!(find_address("0x12345 0xabcdef"), Some("0xabcdef"));
    }
}
