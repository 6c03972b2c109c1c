//! `gostack test -json`: cmd/test2json's converter (go1.27.3,
//! cmd/internal/test2json/test2json.go), turning a test binary's `-v`
//! output with test2json's markers into go test -json's event stream.
//!
//! Divergence: events carry no `Time` (go test -json stamps each with the
//! clock), and every `Elapsed` is what the output says: tests print
//! `(0.00s)` (docs/divergences.md), so each is 0, and the package's final
//! event says 0 too. The stream is reproducible.

use std::io::Write;

const MARK_FRAMING: u8 = b'V' & !b'@';
const MARK_ERR_BEGIN: u8 = b'O' & !b'@';
const MARK_ERR_END: u8 = b'N' & !b'@';
const MARK_ESCAPE: u8 = b'[' & !b'@';

/// test2json's inBuffer and outBuffer.
const IN_BUFFER: usize = 4096;
const OUT_BUFFER: usize = 1024;

const UPDATES: &[&[u8]] = &[
    b"=== RUN   ",
    b"=== PAUSE ",
    b"=== CONT  ",
    b"=== NAME  ",
    b"=== PASS  ",
    b"=== FAIL  ",
    b"=== SKIP  ",
    b"=== ATTR  ",
    b"=== ARTIFACTS ",
];
const REPORTS: &[&[u8]] = &[b"--- PASS: ", b"--- FAIL: ", b"--- SKIP: ", b"--- BENCH: "];

/// One JSON event (test2json's `event`).
#[derive(Clone, Debug, Default)]
struct Event {
    action: String,
    test: String,
    elapsed: Option<f64>,
    output: Option<Vec<u8>>,
    output_type: &'static str,
    failed_build: String,
    key: String,
    value: String,
    path: String,
}

/// Which callback a line buffer feeds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sink {
    Input,
    Output,
}

/// test2json's lineBuffer: whole lines to `line`, pieces of long lines to
/// `part`.
struct LineBuffer {
    b: Vec<u8>,
    cap: usize,
    mid: bool,
    escaped: bool,
    sink: Sink,
}

/// A converter for one package's test output (test2json's `Converter`).
pub struct Converter<W: Write> {
    w: W,
    pkg: String,
    test_name: String,
    report: Vec<Event>,
    result: String,
    input: Option<LineBuffer>,
    output: Option<LineBuffer>,
    mark_framing: bool,
    mark_err_end: bool,
    mark_escape: bool,
    is_framing: bool,
    failed_build: String,
}

impl<W: Write> Converter<W> {
    /// A converter writing events for package `pkg` to `w`; writes the
    /// `start` event.
    pub fn new(w: W, pkg: &str) -> Converter<W> {
        let mut c = Converter {
            w,
            pkg: pkg.to_string(),
            test_name: String::new(),
            report: Vec::new(),
            result: String::new(),
            input: Some(LineBuffer { b: Vec::new(), cap: IN_BUFFER, mid: false, escaped: false, sink: Sink::Input }),
            output: Some(LineBuffer { b: Vec::new(), cap: OUT_BUFFER, mid: false, escaped: false, sink: Sink::Output }),
            mark_framing: false,
            mark_err_end: false,
            mark_escape: false,
            is_framing: false,
            failed_build: String::new(),
        };
        c.write_event(Event { action: "start".into(), ..Event::default() });
        c
    }

    /// Writes test output in.
    pub fn write(&mut self, b: &[u8]) {
        let mut input = self.input.take().expect("input buffer");
        input.write(b, self);
        self.input = Some(input);
    }

    /// The test process exited (`ok`: with status 0).
    pub fn exited(&mut self, ok: bool) {
        if ok {
            if self.result != "skip" {
                self.result = "pass".into();
            }
        } else {
            self.result = "fail".into();
        }
    }

    /// The package that failed to build (FailedBuild of the final event).
    pub fn set_failed_build(&mut self, id: &str) {
        self.failed_build = id.to_string();
    }

    /// Ends the stream: pending output, then the package's pass/fail.
    pub fn close(mut self) -> W {
        let mut input = self.input.take().expect("input buffer");
        input.flush(&mut self);
        self.input = Some(input);
        self.flush_output();
        if !self.result.is_empty() {
            let fb = if self.result == "fail" { self.failed_build.clone() } else { String::new() };
            let e = Event { action: self.result.clone(), elapsed: Some(0.0), failed_build: fb, ..Event::default() };
            self.write_event(e);
        }
        self.w
    }

    fn output_write(&mut self, b: &[u8]) {
        let mut out = self.output.take().expect("output buffer");
        out.write(b, self);
        self.output = Some(out);
    }

    fn flush_output(&mut self) {
        let mut out = self.output.take().expect("output buffer");
        out.flush(self);
        self.output = Some(out);
    }

    fn callback(&mut self, sink: Sink, whole: bool, b: &[u8]) {
        match (sink, whole) {
            (Sink::Input, true) => self.handle_input_line(b),
            (Sink::Input, false) => self.output_write(b),
            (Sink::Output, _) => self.write_output_event(b.to_vec()),
        }
    }

    /// handleInputLine: one whole line of test output.
    fn handle_input_line(&mut self, line: &[u8]) {
        if line.is_empty() {
            return;
        }
        let mut line = line.to_vec();
        let mut saw_marker = false;
        if self.mark_framing && line[0] != MARK_FRAMING {
            self.output_write(&line);
            return;
        }
        if line[0] == MARK_FRAMING {
            self.flush_output();
            saw_marker = true;
            line.remove(0);
        }
        let mut trim: &[u8] = &line;
        if let Some(t) = trim.strip_suffix(b"\n") {
            trim = t.strip_suffix(b"\r").unwrap_or(t);
        }
        let mut trim = trim.to_vec();
        if trim == b"=== NAME" {
            line = b"=== NAME  \n".to_vec();
            trim = line[..line.len() - 1].to_vec();
        }
        if trim == b"PASS" || trim == b"FAIL" || trim.starts_with(b"FAIL\t") {
            self.flush_report(0);
            self.test_name.clear();
            self.mark_framing = saw_marker;
            self.write_framing(&line);
            self.result = if trim == b"PASS" { "pass" } else { "fail" }.into();
            return;
        }
        if line.starts_with(b"?   \t") && trim.ends_with(b"\t[no test files]") && self.report.is_empty() {
            self.result = "skip".into();
        }
        let orig = line.clone();
        let mut rest: &[u8] = &line;
        let mut ok = UPDATES.iter().any(|m| rest.starts_with(m));
        let mut indent = 0;
        if !ok {
            while rest.starts_with(b"    ") {
                rest = &rest[4..];
                indent += 1;
            }
            ok = REPORTS.iter().any(|m| rest.starts_with(m));
        }
        if !ok {
            if indent > 0 && indent <= self.report.len() {
                self.test_name = self.report[indent - 1].test.clone();
            }
            self.output_write(&orig);
            return;
        }
        let text = String::from_utf8_lossy(&rest[4..]).into_owned();
        let (action, name) = text.split_once(' ').unwrap_or((&text, ""));
        let action = action.trim_end_matches(':').to_lowercase();
        let mut name = name.trim().to_string();
        let mut e = Event { action: action.clone(), ..Event::default() };
        if rest[0] == b'-' {
            if let Some(i) = name.find(" (") {
                if name.ends_with("s)") {
                    e.elapsed = name[i + 2..name.len() - 2].parse::<f64>().ok();
                }
                name.truncate(i);
            }
            if self.report.len() < indent {
                self.output_write(&orig);
                return;
            }
            self.mark_framing = saw_marker;
            self.flush_report(indent);
            e.test = name.clone();
            self.test_name = name;
            self.report.push(e);
            self.write_framing(&orig);
            return;
        }
        match action.as_str() {
            "artifacts" => {
                let (n, p) = name.split_once(' ').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((name.clone(), String::new()));
                name = n;
                e.path = p;
            }
            "attr" => {
                let (n, rest) = name.split_once(' ').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((name.clone(), String::new()));
                let (k, v) = rest.split_once(' ').map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((rest.clone(), String::new()));
                name = n;
                e.key = k;
                e.value = v;
            }
            _ => {}
        }
        self.mark_framing = saw_marker;
        self.flush_report(0);
        self.test_name = name;
        if action == "name" {
            return;
        }
        if action == "pause" {
            self.write_framing(&orig);
        }
        self.write_event(e);
        if action != "pause" {
            self.write_framing(&orig);
        }
    }

    fn write_framing(&mut self, line: &[u8]) {
        self.is_framing = true;
        self.output_write(line);
        self.is_framing = false;
    }

    fn flush_report(&mut self, depth: usize) {
        self.test_name.clear();
        while self.report.len() > depth {
            let e = self.report.pop().expect("a report");
            self.write_event(e);
        }
    }

    /// writeOutputEvent: one output event (or several, split at the error
    /// markers).
    fn write_output_event(&mut self, mut out: Vec<u8>) {
        let mut typ: &'static str = if self.is_framing {
            "frame"
        } else if self.mark_err_end {
            "error-continue"
        } else {
            ""
        };
        let mut i = 0;
        while i < out.len() {
            if self.mark_escape {
                self.mark_escape = false;
                i += 1;
                continue;
            }
            match out[i] {
                MARK_ESCAPE => {
                    out.remove(i);
                    self.mark_escape = true;
                    continue;
                }
                MARK_ERR_BEGIN => {
                    if i > 0 {
                        let before = out[..i].to_vec();
                        self.write_event(Event { action: "output".into(), output: Some(before), output_type: typ, ..Event::default() });
                    }
                    self.mark_err_end = true;
                    typ = "error";
                    out.drain(..=i);
                    i = 0;
                    continue;
                }
                MARK_ERR_END => {
                    out.remove(i);
                    if i < out.len() && out[i] == b'\n' {
                        i += 1;
                    }
                    let err = out[..i].to_vec();
                    self.write_event(Event { action: "output".into(), output: Some(err), output_type: typ, ..Event::default() });
                    self.mark_err_end = false;
                    typ = "";
                    out.drain(..i);
                    i = 0;
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        if !out.is_empty() {
            self.write_event(Event { action: "output".into(), output: Some(out), output_type: typ, ..Event::default() });
        }
    }

    fn write_event(&mut self, mut e: Event) {
        if e.test.is_empty() {
            e.test = self.test_name.clone();
        }
        let mut s = String::from("{");
        s.push_str(&format!("\"Action\":{}", quote(e.action.as_bytes())));
        if !self.pkg.is_empty() {
            s.push_str(&format!(",\"Package\":{}", quote(self.pkg.as_bytes())));
        }
        if !e.test.is_empty() {
            s.push_str(&format!(",\"Test\":{}", quote(e.test.as_bytes())));
        }
        if let Some(x) = e.elapsed {
            s.push_str(&format!(",\"Elapsed\":{x}"));
        }
        if let Some(o) = &e.output {
            s.push_str(&format!(",\"Output\":{}", quote(o)));
        }
        for (k, v) in
            [("OutputType", e.output_type), ("FailedBuild", &e.failed_build), ("Key", &e.key), ("Value", &e.value), ("Path", &e.path)]
        {
            if !v.is_empty() {
                s.push_str(&format!(",\"{k}\":{}", quote(v.as_bytes())));
            }
        }
        s.push_str("}\n");
        let _ = self.w.write_all(s.as_bytes());
    }
}

impl LineBuffer {
    fn write<W: Write>(&mut self, mut b: &[u8], c: &mut Converter<W>) {
        while !b.is_empty() {
            let m = (self.cap - self.b.len()).min(b.len());
            self.b.extend_from_slice(&b[..m]);
            b = &b[m..];
            let mut i = 0;
            while i < self.b.len() {
                let Some((j, w)) = self.index_eol(i) else { break };
                let e = i + j + w;
                let piece = self.b[i..e].to_vec();
                if self.mid {
                    c.callback(self.sink, false, &piece);
                    self.mid = false;
                } else {
                    c.callback(self.sink, true, &piece);
                }
                i = e;
            }
            if i == 0 && self.b.len() == self.cap {
                let t = trim_utf8(&self.b);
                let piece = self.b[..t].to_vec();
                c.callback(self.sink, false, &piece);
                self.b.drain(..t);
                self.mid = true;
            }
            if i > 0 {
                self.b.drain(..i);
            }
        }
    }

    /// indexEOL: a `\n` (width 1), or the place just before a `^V` that
    /// does not begin the line (width 0).
    fn index_eol(&mut self, from: usize) -> Option<(usize, usize)> {
        for (i, &ch) in self.b[from..].iter().enumerate() {
            if ch == b'\n' {
                return Some((i, 1));
            }
            if self.escaped {
                self.escaped = false;
                continue;
            }
            if ch == MARK_ESCAPE {
                self.escaped = true;
                continue;
            }
            if ch == MARK_FRAMING && i > 0 {
                return Some((i, 0));
            }
        }
        None
    }

    fn flush<W: Write>(&mut self, c: &mut Converter<W>) {
        if !self.b.is_empty() {
            let piece = std::mem::take(&mut self.b);
            c.callback(self.sink, false, &piece);
            self.mid = false;
        }
    }
}

/// The longest prefix of `b` that does not end inside a UTF-8 sequence.
fn trim_utf8(b: &[u8]) -> usize {
    for i in 1..4.min(b.len() + 1) {
        let c = b[b.len() - i];
        if c & 0xc0 != 0x80 {
            let need = if c >= 0xf0 {
                4
            } else if c >= 0xe0 {
                3
            } else if c >= 0xc0 {
                2
            } else {
                1
            };
            return if need > i { b.len() - i } else { b.len() };
        }
    }
    b.len()
}

/// A JSON string as Go's encoding/json writes it: HTML-safe (`<`, `>`,
/// `&` escaped), U+2028/U+2029 escaped, invalid UTF-8 as U+FFFD.
fn quote(b: &[u8]) -> String {
    let text = String::from_utf8_lossy(b);
    let mut s = String::with_capacity(text.len() + 2);
    s.push('"');
    for ch in text.chars() {
        match ch {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            '\u{8}' => s.push_str("\\b"),
            '\u{c}' => s.push_str("\\f"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => s.push_str(&format!("\\u{:04x}", ch as u32)),
            c if (c as u32) < 0x20 => s.push_str(&format!("\\u{:04x}", c as u32)),
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert(input: &str, ok: bool) -> String {
        let mut c = Converter::new(Vec::new(), "p");
        c.write(input.as_bytes());
        c.exited(ok);
        String::from_utf8(c.close()).unwrap()
    }

    #[test]
    fn framing_errors_and_reports() {
        let out = convert("\x16=== RUN   TestA\n\x0f    a_test.go:3: <bad>\x0e\n\x16--- FAIL: TestA (0.00s)\n\x16FAIL\n", false);
        let want = [
            r#"{"Action":"start","Package":"p"}"#,
            r#"{"Action":"run","Package":"p","Test":"TestA"}"#,
            r#"{"Action":"output","Package":"p","Test":"TestA","Output":"=== RUN   TestA\n","OutputType":"frame"}"#,
            r#"{"Action":"output","Package":"p","Test":"TestA","Output":"    a_test.go:3: \u003cbad\u003e\n","OutputType":"error"}"#,
            r#"{"Action":"output","Package":"p","Test":"TestA","Output":"--- FAIL: TestA (0.00s)\n","OutputType":"frame"}"#,
            r#"{"Action":"fail","Package":"p","Test":"TestA","Elapsed":0}"#,
            r#"{"Action":"output","Package":"p","Output":"FAIL\n","OutputType":"frame"}"#,
            r#"{"Action":"fail","Package":"p","Elapsed":0}"#,
        ];
        assert_eq!(out.lines().collect::<Vec<_>>(), want);
    }

    #[test]
    fn escaped_markers_are_plain_output() {
        let out = convert("\x16=== RUN   TestA\n    x \x1b\x16 y\n\x16--- PASS: TestA (0.00s)\n\x16PASS\n", true);
        assert!(out.contains(r#""Output":"    x \u0016 y\n"}"#), "{out}");
    }
}
