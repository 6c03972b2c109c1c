//! Parses every `.go` file of the Go standard library sources
//! (`$(go env GOROOT)/src`, skipping `testdata`) and expects no errors.
//!
//! Without a `go` command the test passes with a note, unless
//! `GOSTACK_REQUIRE_GO` is set.

use std::path::{Path, PathBuf};
use std::process::Command;

fn goroot() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).env("GOTOOLCHAIN", "local").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim();
    if s.is_empty() {
        None
    } else {
        Some(PathBuf::from(s))
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if p.is_dir() {
            if name != "testdata" && !name.starts_with('.') {
                walk(&p, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}

#[test]
fn stdlib_parses() {
    let Some(root) = goroot() else {
        let msg = "stdlib: `go env GOROOT` failed; is Go installed?";
        if std::env::var_os("GOSTACK_REQUIRE_GO").is_some() {
            panic!("{msg}");
        }
        eprintln!("{msg} (skipping; set GOSTACK_REQUIRE_GO=1 to fail instead)");
        return;
    };
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    files.sort();
    assert!(!files.is_empty(), "no .go files under {}", root.display());
    let mut failures = Vec::new();
    let mut arena = bumpalo::Bump::new();
    let (mut ids_seen, mut ids_total) = (0usize, 0usize);
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else { continue };
        let src = String::from_utf8_lossy(&bytes);
        arena.reset();
        match syntax::parse_file(&arena, &src) {
            Err(errs) => {
                let map = syntax::SourceMap::new(f.display().to_string(), &src);
                failures.push(errs[0].render(&map));
            }
            Ok(file) => {
                // ExprIds: unique and below expr_count.
                let mut ids = syntax::dump::expr_ids(file);
                let n = ids.len();
                ids.sort_unstable();
                ids.dedup();
                assert_eq!(ids.len(), n, "{}: duplicate ExprIds", f.display());
                assert!(ids.last().is_none_or(|&m| m < file.expr_count), "{}: ExprId >= expr_count", f.display());
                ids_seen += n;
                ids_total += file.expr_count as usize;
            }
        }
    }
    println!("stdlib: {} files parsed, {} failed", files.len(), failures.len());
    println!("stdlib: {ids_seen} of {ids_total} ExprIds used ({:.1}% dense)", 100.0 * ids_seen as f64 / ids_total.max(1) as f64);
    if !failures.is_empty() {
        for f in failures.iter().take(200) {
            println!("{f}");
        }
        panic!("{} of {} stdlib files failed to parse", failures.len(), files.len());
    }
}
