//! The classroom lessons (`docs/lessons/`): each `NAME.go` is a short
//! program whose output is checked against real Go by the golden suite
//! (`NAME.stdout`, `NAME.exit`, ... beside it), and `NAME.html` is its
//! `gostack show` page, generated from the program. This test rebuilds
//! every page and compares it byte for byte with the committed one, so a
//! page can never drift from its program or from the recorder.
//!
//! `BLESS=1 cargo test -p cli --test lessons` rewrites the pages. Programs
//! are recorded under the name `/lessons/NAME.go` (what their tracebacks
//! print), so the pages do not depend on where the checkout is.

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

fn lessons_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/lessons")
}

/// The page of lesson `go` (a path to its program).
pub fn build(go: &Path) -> Result<String, String> {
    let src = std::fs::read_to_string(go).map_err(|e| e.to_string())?;
    let file = go.file_name().and_then(|n| n.to_str()).unwrap_or("prog.go");
    let name = format!("/lessons/{file}");
    let opts = runtime::Options { args: vec![name.clone()], max_steps: 50_000_000, ..Default::default() };
    let rec = gostack_cli::show_cmd::record_source(&name, &src, opts, Default::default());
    Ok(show::page(file, &rec.json))
}

fn check(go: &Path) -> Result<(), Failed> {
    let page = build(go)?;
    let html = go.with_extension("html");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&html, &page)?;
        return Ok(());
    }
    let old = std::fs::read_to_string(&html)
        .map_err(|e| format!("{}: {e} (BLESS=1 cargo test -p cli --test lessons writes it)", html.display()))?;
    if old != page {
        return Err(format!(
            "{} differs from the page its program records now; regenerate: BLESS=1 cargo test -p cli --test lessons",
            html.display()
        )
        .into());
    }
    Ok(())
}

/// `gostack show --svg --at EVENT` draws the moment of the event: the
/// narration, the frames and the chains, as well-formed SVG.
fn svg() -> Result<(), Failed> {
    let go = lessons_dir().join("02-recover-helper.go");
    let src = std::fs::read_to_string(&go)?;
    let opts = runtime::Options { args: vec!["prog".into()], ..Default::default() };
    let rec = gostack_cli::show_cmd::record_source("/lessons/02-recover-helper.go", &src, opts, Default::default());
    let doc: serde_json::Value = serde_json::from_str(&rec.json)?;
    let svg = show::svg::draw(&doc, "recover.refuse")?;
    for want in ["recover.refuse", "main.helper", "main.safe.func2", "panic 1: &quot;boom&quot;", "deferred call, run by panic:1"] {
        if !svg.contains(want) {
            return Err(format!("the SVG lacks {want:?}").into());
        }
    }
    if !(svg.starts_with("<svg ") && svg.trim_end().ends_with("</svg>")) || svg.matches("<text").count() != svg.matches("</text>").count() {
        return Err("not well-formed SVG".into());
    }
    let end = show::svg::draw(&doc, "end")?;
    if !end.contains("safe returned: recovered: boom") || !end.contains("exit status 0") {
        return Err("the last step shows the output and the exit".into());
    }
    if show::svg::draw(&doc, "goexit").is_ok() {
        return Err("--at goexit names no step of this program".into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut files: Vec<PathBuf> = std::fs::read_dir(lessons_dir())
        .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().and_then(|e| e.to_str()) == Some("go")).collect())
        .unwrap_or_default();
    files.sort();
    assert!(!files.is_empty(), "no lessons in docs/lessons");
    let trials: Vec<Trial> = files
        .into_iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
            Trial::test(name, move || check(&p))
        })
        .chain(std::iter::once(Trial::test("svg", svg)))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
