//! One moment of a recording as an SVG drawing (`gostack show --svg --at`),
//! for slides and handouts: the narration, the source around the current
//! line, each goroutine's stack (frames from the top, with their
//! variables), the `_defer` and `_panic` chains with arrows to the frames
//! they belong to, and the output so far. It reads the recording (the
//! same data the page draws) and writes plain SVG 1.1 text with a
//! monospace font: no scripts, no external references.

use serde_json::Value as J;
use std::fmt::Write as _;

const LINE: f64 = 18.0;
const CHAR: f64 = 8.4;
const PAD: f64 = 8.0;

/// The index of the step `at` names: a number counting from 1, an event
/// kind (`panic`, `recover` (accepted), `recover.refuse`, `goexit`,
/// `defer` (a deferred call starts), `unwind`, `fatal`), optionally `:N`
/// for its N-th occurrence, or `end` (the last step).
pub fn find_step(rec: &J, at: &str) -> Result<usize, String> {
    let rec = &expanded(rec);
    let steps = rec["steps"].as_array().ok_or("the recording has no steps")?;
    if steps.is_empty() {
        return Err("the recording has no steps (the program did not compile)".into());
    }
    if at == "end" || at == "last" {
        return Ok(steps.len() - 1);
    }
    if let Ok(n) = at.parse::<usize>() {
        if n == 0 || n > steps.len() {
            return Err(format!("step {n} is not in the recording (1..{})", steps.len()));
        }
        return Ok(n - 1);
    }
    let (kind, nth) = match at.split_once(':') {
        Some((k, n)) => (k, n.parse::<usize>().map_err(|_| format!("bad occurrence in {at:?}"))?),
        None => (at, 1),
    };
    let ev = match kind {
        "panic" => "panic",
        "recover" => "recover.accept",
        "goexit" => "goexit",
        "defer" => "defer.run",
        other => other,
    };
    steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s["ev"].as_str() == Some(ev))
        .nth(nth.saturating_sub(1))
        .map(|(i, _)| i)
        .ok_or_else(|| format!("the run has no {ev} event number {nth}"))
}

/// `text` in lines of at most about `n` characters, broken at spaces.
fn wrap(text: &str, n: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split(' ') {
        let cur = lines.last_mut().expect("a line");
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > n {
            lines.push(word.to_string());
        } else {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(word);
        }
    }
    lines
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The recording's tables, resolving indices.
struct Rec<'a>(&'a J);

impl Rec<'_> {
    fn s(&self, i: &J) -> String {
        i.as_u64().and_then(|i| self.0["strings"].get(i as usize)).and_then(|s| s.as_str()).unwrap_or("").to_string()
    }
    fn t(&self, table: &str, i: &J) -> &J {
        i.as_u64().and_then(|i| self.0[table].get(i as usize)).unwrap_or(&J::Null)
    }
    fn text(&self, v: &J) -> String {
        // A values index, or an inline value (a delta step's integer).
        let v = if v.is_object() { v } else { self.t("values", v) };
        v["text"].as_str().or(v["v"].as_str()).unwrap_or("").to_string()
    }
}

/// A box laid out in the drawing: its text lines and where it is.
struct Boxed {
    x: f64,
    y: f64,
    w: f64,
    lines: Vec<(String, &'static str)>,
}

impl Boxed {
    fn h(&self) -> f64 {
        self.lines.len() as f64 * LINE + PAD
    }
    fn draw(&self, s: &mut String, fill: &str) {
        let _ = writeln!(
            s,
            r##"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="4" fill="{fill}" stroke="#556" stroke-width="1"/>"##,
            self.x,
            self.y,
            self.w,
            self.h()
        );
        for (i, (t, class)) in self.lines.iter().enumerate() {
            let _ = writeln!(
                s,
                r#"<text x="{:.1}" y="{:.1}" class="{class}">{}</text>"#,
                self.x + PAD,
                self.y + LINE * (i as f64 + 1.0),
                esc(t)
            );
        }
    }
}

/// The recording with its compact steps written out as step objects.
fn expanded(rec: &J) -> std::borrow::Cow<'_, J> {
    if rec["steps"].as_array().is_some_and(|s| s.iter().any(|s| s.is_array())) {
        let mut r = rec.clone();
        crate::record::expand_steps(&mut r);
        std::borrow::Cow::Owned(r)
    } else {
        std::borrow::Cow::Borrowed(rec)
    }
}

/// The innermost frame of a delta step (docs/recording-format.md, "Delta
/// steps"): a frames index, or a template frame patched.
fn patched_frame(r: &Rec, top: &J, line: &J) -> J {
    if top.is_u64() {
        return r.t("frames", top).clone();
    }
    let mut f = r.t("frames", &top["f"]).clone();
    f["line"] = line.clone();
    let name = f["pc"].as_str().and_then(|p| p.rsplit_once('+')).map(|(n, _)| n.to_string()).unwrap_or_default();
    f["pc"] = format!("{name}+{:#x}", top["pc"].as_u64().unwrap_or(0)).into();
    if let (Some(vars), Some(vals)) = (f["vars"].as_array_mut(), top["vals"].as_array()) {
        for (v, x) in vars.iter_mut().zip(vals) {
            v["v"] = match x.as_str() {
                // An inline integer: the template variable's type.
                Some(text) => serde_json::json!({ "t": r.t("values", &v["v"])["t"], "v": text, "text": text }),
                None => x.clone(),
            };
        }
    }
    f
}

/// Draws step `at` of the recording `rec` as an SVG document.
pub fn draw(rec: &J, at: &str) -> Result<String, String> {
    let rec = &expanded(rec);
    let k = find_step(rec, at)?;
    let r = Rec(rec);
    let steps = rec["steps"].as_array().ok_or("no steps")?;
    let step = &steps[k];
    let state = r.t("states", &step["state"]);
    let cur_g = step["g"].as_u64().unwrap_or(0);
    let cur_file = step["file"].as_u64().unwrap_or(0) as usize;
    let cur_line = step["line"].as_u64().unwrap_or(0) as usize;
    let say = r.s(&step["say"]);
    let mut body = String::new();
    let mut arrows = String::new();
    let mut width: f64 = 960.0;

    // Header: the step and its narration.
    let head = format!("step {} of {}{}", k + 1, steps.len(), step["ev"].as_str().map(|e| format!(" · {e}")).unwrap_or_default());
    let _ = writeln!(body, r#"<text x="{PAD}" y="22" class="h">{}</text>"#, esc(&head));
    // The narration, wrapped at about 100 characters.
    let mut y0 = 44.0;
    for line in wrap(&say, 100) {
        let _ = writeln!(body, r#"<text x="{PAD}" y="{y0:.1}" class="say">{}</text>"#, esc(&line));
        y0 += LINE;
    }
    y0 += 4.0;

    // Source around the current line.
    let file = &rec["files"][cur_file];
    let lines = file["lines"].as_array().cloned().unwrap_or_default();
    let lo = cur_line.saturating_sub(4).max(1);
    let hi = (cur_line + 4).min(lines.len());
    let mut src = Boxed { x: PAD, y: y0, w: 460.0, lines: vec![(file["name"].as_str().unwrap_or("").to_string(), "dim")] };
    for n in lo..=hi {
        let text: String = lines[n - 1].as_array().map(|runs| runs.iter().filter_map(|r| r[1].as_str()).collect()).unwrap_or_default();
        let mark = if n == cur_line { "→" } else { " " };
        src.lines.push((format!("{mark}{n:>4}  {}", clip(&text.replace('\t', "    "), 44)), if n == cur_line { "cur" } else { "src" }));
    }
    src.draw(&mut body, "#f7f7fb");
    y0 += src.h() + 16.0;

    // One column per goroutine: frames from the top, then its chains
    // (room on the left of each column for the records' arrows).
    let mut x = PAD + 36.0;
    let gs = state["gs"].as_array().cloned().unwrap_or_default();
    let mut bottom: f64 = y0;
    for gix in &gs {
        let g = r.t("goroutines", gix);
        let goid = g["id"].as_u64().unwrap_or(0);
        // A delta step: the running goroutine's innermost frame is `top`.
        let mut top = None;
        if let (Some(t), true) = (step.get("top"), goid == cur_g) {
            top = Some(patched_frame(&r, t, &step["line"]));
        }
        let status = g["wait"].as_str().or(g["status"].as_str()).unwrap_or("");
        let col_w = 330.0;
        let title = format!("goroutine {goid} [{status}]{}", if goid == cur_g { "  ◀ running" } else { "" });
        let _ = writeln!(body, r#"<text x="{x:.1}" y="{:.1}" class="h">{}</text>"#, y0 + 14.0, esc(&title));
        let mut y = y0 + 24.0;
        let mut frame_boxes: Vec<(f64, f64, f64)> = Vec::new();
        for (depth, fix) in g["frames"].as_array().cloned().unwrap_or_default().into_iter().enumerate() {
            let f = match (&top, depth) {
                (Some(t), 0) => t,
                _ => r.t("frames", &fix),
            };
            let name = r.s(&f["fn"]);
            let fname = rec["files"][f["file"].as_u64().unwrap_or(0) as usize]["name"].as_str().unwrap_or("").to_string();
            let mut b = Boxed { x, y, w: col_w, lines: vec![(clip(&format!("{name}  {fname}:{}", f["line"]), 38), "fn")] };
            let ret = f["ret"].as_str().unwrap_or("caller");
            if ret != "caller" && ret != "goexit" {
                b.lines.push((format!("deferred call, run by {ret}"), "dim"));
            }
            b.lines.push((format!("sp={} fp={}", f["sp"].as_str().unwrap_or(""), f["fp"].as_str().unwrap_or("")), "dim"));
            for v in f["vars"].as_array().cloned().unwrap_or_default() {
                b.lines.push((clip(&format!("{} = {}", r.s(&v["name"]), r.text(&v["v"])), 38), "var"));
            }
            if let Some(open) = f.get("open").filter(|o| !o.is_null()) {
                b.lines.push((format!("deferBits={}", open["bits"].as_str().unwrap_or("")), "dim"));
            }
            let fill = if ret.starts_with("panic") {
                "#fde8e8"
            } else if ret != "caller" && ret != "goexit" {
                "#fff4d6"
            } else {
                "#eef3fb"
            };
            b.draw(&mut body, fill);
            frame_boxes.push((b.x, b.y, b.h()));
            y += b.h() + 6.0;
        }
        // The _defer chain, newest first, each with an arrow to its frame.
        let defers = g["defers"].as_array().cloned().unwrap_or_default();
        if !defers.is_empty() {
            y += 8.0;
            let _ = writeln!(body, r#"<text x="{x:.1}" y="{:.1}" class="h2">_defer chain (newest first)</text>"#, y + 12.0);
            y += 18.0;
            for dix in defers {
                let d = r.t("defers", &dix);
                let b = Boxed {
                    x: x + 20.0,
                    y,
                    w: col_w - 20.0,
                    lines: vec![(clip(&format!("{} ({})", r.s(&d["call"]), if d["heap"] == true { "heap" } else { "stack" }), 36), "var")],
                };
                b.draw(&mut body, "#fff4d6");
                if let Some(&(fx, fy, fh)) = d["frame"].as_u64().and_then(|i| frame_boxes.get(i as usize)) {
                    let _ = writeln!(
                        arrows,
                        r#"<path d="M{:.1},{:.1} C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" class="arrow"/>"#,
                        b.x,
                        b.y + 10.0,
                        fx - 14.0,
                        b.y + 10.0,
                        fx - 14.0,
                        fy + fh / 2.0,
                        fx,
                        fy + fh / 2.0
                    );
                }
                y += b.h() + 4.0;
            }
        }
        // The _panic chain, newest first; a Goexit is named as such.
        let panics = g["panics"].as_array().cloned().unwrap_or_default();
        if !panics.is_empty() {
            y += 8.0;
            let _ = writeln!(body, r#"<text x="{x:.1}" y="{:.1}" class="h2">_panic chain (newest first)</text>"#, y + 12.0);
            y += 18.0;
            for pix in panics {
                let p = r.t("panics", &pix);
                let what = if p["kind"] == "goexit" {
                    format!("Goexit {} (not a panic)", p["id"])
                } else {
                    format!("panic {}: {}", p["id"], r.text(&p["value"]))
                };
                let mut flags = Vec::new();
                for f in ["recovered", "aborted", "repanicked"] {
                    if p[f] == true {
                        flags.push(f);
                    }
                }
                let mut b = Boxed { x: x + 20.0, y, w: col_w - 20.0, lines: vec![(clip(&what, 36), "var")] };
                if !flags.is_empty() {
                    b.lines.push((flags.join(", "), "dim"));
                }
                b.draw(&mut body, "#fde8e8");
                if let Some(&(fx, fy, fh)) = p["frame"].as_u64().and_then(|i| frame_boxes.get(i as usize)) {
                    let _ = writeln!(
                        arrows,
                        r#"<path d="M{:.1},{:.1} C{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" class="arrow panic"/>"#,
                        b.x,
                        b.y + 10.0,
                        fx - 24.0,
                        b.y + 10.0,
                        fx - 24.0,
                        fy + fh / 2.0,
                        fx,
                        fy + fh / 2.0
                    );
                }
                y += b.h() + 4.0;
            }
        }
        bottom = bottom.max(y);
        x += col_w + 30.0;
    }
    width = width.max(x);

    // Output so far.
    let out_n = step["out"].as_u64().unwrap_or(0) as usize;
    let last = k + 1 == steps.len();
    let output = rec["output"].as_array().cloned().unwrap_or_default();
    let shown: Vec<&J> = if last { output.iter().collect() } else { output.iter().take(out_n).collect() };
    let mut text = String::new();
    for c in &shown {
        text.push_str(c[1].as_str().unwrap_or(""));
    }
    let mut out_box = Boxed { x: PAD, y: bottom + 16.0, w: width - 2.0 * PAD, lines: vec![("output".into(), "dim")] };
    let out_lines: Vec<&str> = text.lines().collect();
    for l in out_lines.iter().skip(out_lines.len().saturating_sub(12)) {
        out_box.lines.push((clip(l, ((width - 40.0) / CHAR) as usize), "out"));
    }
    if last {
        out_box.lines.push((format!("exit status {} — {}", rec["end"]["code"], rec["end"]["say"].as_str().unwrap_or("")), "dim"));
    }
    out_box.draw(&mut body, "#f4f4f4");
    let height = out_box.y + out_box.h() + PAD;

    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" xml:space="preserve">"##
    );
    s.push_str(
        r##"<style>text{white-space:pre}.h{font-weight:bold;font-size:15px}.h2{font-weight:bold;fill:#555}.say{fill:#224;font-style:italic}.dim{fill:#667}.cur{fill:#000;font-weight:bold}.src{fill:#333}.fn{font-weight:bold;fill:#123}.var{fill:#111}.out{fill:#222}.arrow{fill:none;stroke:#b07a00;stroke-width:1.5}.arrow.panic{stroke:#c0392b}</style>
<rect width="100%" height="100%" fill="#ffffff"/>
"##,
    );
    s.push_str(&body);
    s.push_str(&arrows);
    s.push_str("</svg>\n");
    Ok(s)
}
