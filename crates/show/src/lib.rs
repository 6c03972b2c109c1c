//! The classroom view of `gostack show`: one self-contained HTML page that
//! steps through a recorded run, Python-Tutor style.
//!
//! The page is the viewer (HTML, CSS and JavaScript from `assets/`, all
//! inlined) plus the recording, a JSON document in the format of
//! `docs/recording-format.md`, inside
//! `<script type="application/json" id="gostack-recording">`. It fetches
//! nothing: it works from `file://`, offline, on a projector.
//!
//! ```
//! let json = r#"{"format":"gostack-recording","version":1,"steps":[]}"#;
//! let html = show::page("prog.go", json);
//! assert!(html.starts_with("<!DOCTYPE html>"));
//! assert!(html.contains(r#"<script type="application/json" id="gostack-recording">{"format""#));
//! ```
//!
//! The viewer's JavaScript is split by concern, each file one `GS.*`
//! namespace, inlined in this order: `decode.js` (lazy decoding of the
//! hash-consed tables), `layout.js` (heap order, arrow geometry), `render.js`
//! (one step to DOM) and `nav.js` (steps, keys, slider, URL, start-up).

pub mod highlight;
pub mod record;
pub mod svg;

const HTML: &str = include_str!("../assets/viewer.html");
const CSS: &str = include_str!("../assets/viewer.css");
/// The viewer's scripts, in the order they must run.
const SCRIPTS: [(&str, &str); 4] = [
    ("decode.js", include_str!("../assets/decode.js")),
    ("layout.js", include_str!("../assets/layout.js")),
    ("render.js", include_str!("../assets/render.js")),
    ("nav.js", include_str!("../assets/nav.js")),
];

/// page returns the whole HTML document for one recording: `title` goes in
/// the page's `<title>` and header (HTML-escaped), `recording_json` into the
/// recording element with every `<` written `\u003c`, which JSON reads back
/// as `<` and which keeps `</script>` (or `<!--`) inside a Go string literal
/// from ending the element early.
pub fn page(title: &str, recording_json: &str) -> String {
    let mut scripts = String::new();
    for (name, text) in SCRIPTS {
        scripts.push_str("// ---- ");
        scripts.push_str(name);
        scripts.push('\n');
        scripts.push_str(text);
        scripts.push('\n');
    }
    let (kind, recording) = if recording_json.len() > COMPRESS_ABOVE {
        ("application/gzip+base64", std::borrow::Cow::Owned(compress(recording_json)))
    } else if recording_json.contains('<') {
        ("application/json", std::borrow::Cow::Owned(recording_json.replace('<', "\\u003c")))
    } else {
        // The recorder's JSON (every `<` already escaped): no copy.
        ("application/json", std::borrow::Cow::Borrowed(recording_json))
    };
    fill(HTML, &[("title", &escape_html(title)), ("css", CSS), ("kind", kind), ("recording", &recording), ("scripts", &scripts)])
}

/// Recordings larger than this are stored gzipped and base64-encoded (a
/// 20,000-step recording of deep, changing states is ~14 MB of JSON and
/// well under 1 MB this way); the page inflates them with the browser's
/// own `DecompressionStream`. Smaller ones are stored as they are: gzip
/// costs more than recording them (about 35 instructions a byte at the
/// fastest level), and a page of up to 4 MB of JSON is within the 5 MB
/// budget and parses in tens of milliseconds.
const COMPRESS_ABOVE: usize = 4 << 20;

/// `json` gzipped, in base64 (which has no `<`).
fn compress(json: &str) -> String {
    use base64::Engine as _;
    use std::io::Write as _;
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    // Writing to a Vec cannot fail.
    let _ = z.write_all(json.as_bytes());
    let bytes = z.finish().unwrap_or_default();
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The viewer's stylesheet: the two themes, buttons, the header bar and
/// the token colours (`.t-kw`, ...). `gostack serve`'s editor page uses it
/// too, so the editor and the view look alike.
pub fn style() -> &'static str {
    CSS
}

/// fill replaces each `{{name}}` of the template with its text. Only the
/// template is scanned, so a recording that happens to contain `{{css}}`
/// stays as it is. A slot the template names but `parts` lacks is a bug
/// in the caller (it panics).
pub fn fill(template: &str, parts: &[(&str, &str)]) -> String {
    let extra: usize = parts.iter().map(|(_, text)| text.len()).sum();
    let mut out = String::with_capacity(template.len() + extra);
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        let close = rest[open..].find("}}").map(|c| open + c).expect("viewer.html: unclosed {{");
        let name = &rest[open + 2..close];
        let (_, text) = parts.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("viewer.html: unknown slot {{{{{name}}}}}"));
        out.push_str(&rest[..open]);
        out.push_str(text);
        rest = &rest[close + 2..];
    }
    out.push_str(rest);
    out
}

/// escape_html makes text safe inside an element or a quoted attribute.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recording_cannot_end_the_script_element() {
        let html = page("a<b>", r#"{"s":"</script><!-- x"}"#);
        assert!(html.contains(r#"{"s":"\u003c/script>\u003c!-- x"}"#));
        assert!(html.contains("<title>gostack show: a&lt;b&gt;</title>"));
        // The viewer's own text must not end its elements either.
        for (name, text) in SCRIPTS {
            assert!(!text.to_ascii_lowercase().contains("</script"), "{name} contains </script");
        }
        assert!(!CSS.to_ascii_lowercase().contains("</style"));
    }

    #[test]
    fn slots_are_filled_once() {
        let html = page("t", r#"{"x":"{{css}}"}"#);
        assert!(html.contains(r#"{"x":"{{css}}"}"#), "a slot name inside the recording is data");
        assert!(!html.contains("{{title}}") && !html.contains("{{scripts}}"));
        assert!(html.contains("// ---- nav.js"));
    }
}
