//! The pages of `gostack serve`: the editor (assets/editor.*, filled here)
//! and short message pages. Both use the viewer's stylesheet
//! ([`show::style`]), so the editor, the view and a message look alike.
//!
//! The editor works without JavaScript: it is a form that posts the
//! program to `/run` with the view's frame as its target. Its script
//! (assets/editor.js) adds the rest: colours while typing (from
//! `/highlight`, gostack's own lexer), Tab and Enter keeping Go's
//! indentation, Ctrl+Enter to run, and switching between editing and the
//! view.

use crate::lessons::Lesson;
use crate::Config;

const HTML: &str = include_str!("../assets/editor.html");
const CSS: &str = include_str!("../assets/editor.css");
const JS: &str = include_str!("../assets/editor.js");
const MESSAGE: &str = include_str!("../assets/message.html");

/// The program in the editor when no lesson is open.
pub const STARTER: &str = "package main

import \"fmt\"

func main() {
\tdefer fmt.Println(\"deferred: printed last\")
\tfor i := range 3 {
\t\tfmt.Println(\"hello\", i)
\t}
}
";

/// editor is the editor page: the lessons of `lessons`, and `open` (a
/// lesson and its text) in the editor with its view loading beside it, or
/// the starter program.
pub fn editor(cfg: &Config, lessons: &[Lesson], open: Option<(&Lesson, &str)>) -> String {
    let mut list = String::new();
    for l in lessons {
        let cur = open.is_some_and(|(o, _)| o.name == l.name);
        list.push_str(&format!(
            "<li{}><a href=\"/lesson/{}\"{}><span class=\"lname\">{}</span>{}</a></li>\n",
            if cur { " class=\"cur\"" } else { "" },
            percent_encode(&l.name),
            if cur { " aria-current=\"page\"" } else { "" },
            show::escape_html(l.title()),
            if l.about.is_empty() { String::new() } else { format!("<span class=\"about\">{}</span>", show::escape_html(&l.about)) },
        ));
    }
    if lessons.is_empty() {
        list.push_str(if cfg.lessons.is_some() {
            "<li class=\"none\">No <code>*.go</code> files in the lessons folder yet.</li>"
        } else {
            "<li class=\"none\">Start with <code>gostack serve DIR</code> to list the programs of DIR here.</li>"
        });
    }
    let (name, src, view) = match open {
        Some((l, src)) => (l.name.as_str(), src, format!("/lesson/{}/view", percent_encode(&l.name))),
        None => ("prog.go", STARTER, String::new()),
    };
    let lim = &cfg.limits;
    let limits = format!(
        "Each run stops after {} of time, {} steps, {} of heap or {} of output; the view keeps {} steps.",
        secs(lim.max_wall),
        thousands(lim.max_steps),
        bytes(lim.max_heap),
        bytes(lim.max_output),
        thousands(lim.max_record as u64),
    );
    let css = format!("{}\n{}", show::style(), CSS);
    show::fill(
        HTML,
        &[
            ("css", &css),
            ("name", &show::escape_html(name)),
            ("lessons", &list),
            ("source", &show::escape_html(src)),
            ("highlighted", &highlight_html(src)),
            ("view", &if view.is_empty() { String::new() } else { format!(" src=\"{}\"", show::escape_html(&view)) }),
            ("mode", if open.is_some() { "view" } else { "edit" }),
            ("limits", &show::escape_html(&limits)),
            ("max_source", &lim.max_source.to_string()),
            ("script", JS),
        ],
    )
}

/// message is a short page that says why something did not happen (a
/// refused or failed run, in the view's frame; an unknown address).
pub fn message(title: &str, text: &str) -> String {
    let css = show::style();
    show::fill(MESSAGE, &[("css", css), ("title", &show::escape_html(title)), ("text", &show::escape_html(text))])
}

/// highlight_html is `src` coloured by gostack's lexer as the viewer
/// colours source (`<span class="t-kw">func</span>`, spaces and
/// identifiers bare), lines joined by `\n`, for a `<pre>`.
///
/// Invariant: the result has one line per line of `src` (as
/// `src.split('\n')` counts them), which the editor's script relies on to
/// keep the colours of the lines an edit did not touch.
pub fn highlight_html(src: &str) -> String {
    let mut out = String::with_capacity(src.len() * 2);
    let mut lines = show::highlight::lines(src).into_iter();
    for i in 0..src.split('\n').count() {
        if i > 0 {
            out.push('\n');
        }
        for (cls, text) in lines.next().unwrap_or_default() {
            let text = text.replace('\n', " ");
            let text = show::escape_html(&text);
            if cls == "ws" || cls == "id" {
                out.push_str(&text);
            } else {
                out.push_str(&format!("<span class=\"t-{cls}\">{text}</span>"));
            }
        }
    }
    out
}

/// A file name as one segment of an address: everything but ASCII
/// letters, digits and `-._~` written `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The reverse of [`percent_encode`] (any `%XX`; a bad escape is kept as
/// it is).
pub fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (b[i], b.get(i + 1).and_then(|&c| hex(c)), b.get(i + 2).and_then(|&c| hex(c))) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn secs(d: std::time::Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} s", d.as_secs_f64())
    }
}

/// 50000000 as `50,000,000`.
fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A size in the largest binary unit that divides it (`256 MiB`).
fn bytes(n: u64) -> String {
    for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] {
        if n >= 1 << shift && n.is_multiple_of(1 << shift) {
            return format!("{} {unit}", n >> shift);
        }
    }
    format!("{n} bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighting_keeps_the_lines() {
        for src in ["", "\n", "package main", "package main\n\n", "x := `a\nb`\n/* c\nd */\n\"unterminated\n\tz"] {
            assert_eq!(highlight_html(src).split('\n').count(), src.split('\n').count(), "{src:?}");
        }
    }

    #[test]
    fn highlighting_keeps_the_text() {
        let src = "package main\n\nfunc main() { // <hi> & \"x\"\n\tprintln(1)\n}\n";
        let html = highlight_html(src);
        assert!(html.contains("<span class=\"t-kw\">package</span> main"), "{html}");
        assert!(html.contains("<span class=\"t-com\">// &lt;hi&gt; &amp; &quot;x&quot;</span>"), "{html}");
        assert!(html.contains("\t<span class=\"t-fn\">println</span>"), "{html}");
        // Without the tags and escapes, it is the source line for line.
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        assert_eq!(text.lines().collect::<Vec<_>>(), src.lines().collect::<Vec<_>>());
    }

    #[test]
    fn names_round_trip_through_addresses() {
        for name in ["defer.go", "01 hello+world.go", "ünïcode.go", "a%2Fb.go"] {
            let enc = percent_encode(name);
            assert!(enc.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)), "{enc}");
            assert_eq!(percent_decode(&enc), name);
        }
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }

    #[test]
    fn editor_page_is_filled() {
        let cfg = Config::default();
        let html = editor(&cfg, &[], None);
        assert!(html.contains("fmt.Println(&quot;hello&quot;, i)"));
        assert!(!html.contains("{{"), "a slot left unfilled");
        assert!(html.contains("Each run stops after 10 s of time, 50,000,000 steps, 256 MiB of heap or 1 MiB of output"));
        assert!(!JS.to_ascii_lowercase().contains("</script") && !CSS.to_ascii_lowercase().contains("</style"));
        let lesson = Lesson { name: "two words.go".into(), path: "x".into(), about: "About <this>".into() };
        let html = editor(&cfg, std::slice::from_ref(&lesson), Some((&lesson, "package main\n")));
        assert!(html.contains("href=\"/lesson/two%20words.go\" aria-current=\"page\""), "{html}");
        assert!(html.contains("src=\"/lesson/two%20words.go/view\""));
        assert!(html.contains("About &lt;this&gt;"));
        assert!(html.contains("data-mode=\"view\""));
    }
}
