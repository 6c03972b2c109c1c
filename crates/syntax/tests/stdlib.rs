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
    for f in &files {
        let Ok(bytes) = std::fs::read(f) else { continue };
        let src = String::from_utf8_lossy(&bytes);
        arena.reset();
        if let Err(errs) = syntax::parse_file(&arena, &src) {
            let map = syntax::SourceMap::new(f.display().to_string(), &src);
            failures.push(errs[0].render(&map));
        }
    }
    println!("stdlib: {} files parsed, {} failed", files.len(), failures.len());
    if !failures.is_empty() {
        for f in failures.iter().take(200) {
            println!("{f}");
        }
        panic!("{} of {} stdlib files failed to parse", failures.len(), files.len());
    }
}
