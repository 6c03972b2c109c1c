//! `gostack parse`: a fast syntax check over files and folders.

use std::path::{Path, PathBuf};

/// Parses every `.go` file under `paths`; prints errors and a summary.
///
/// Folders are walked recursively, skipping `testdata` and hidden folders.
/// Each syntax error prints as `path:LINE:COL: message` on stderr; the
/// summary `N files parsed, M failed` goes to stdout. Returns the exit code.
pub fn run(paths: &[PathBuf], quiet: bool) -> i32 {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files);
        } else {
            files.push(p.clone());
        }
    }
    let mut failed = 0usize;
    let mut arena = bumpalo::Bump::new();
    for f in &files {
        let src = match std::fs::read(f) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("{}: {e}", f.display());
                failed += 1;
                continue;
            }
        };
        arena.reset();
        if let Err(errs) = syntax::parse_file(&arena, &src) {
            failed += 1;
            if !quiet {
                let map = syntax::SourceMap::new(f.display().to_string(), &src);
                for e in &errs {
                    eprintln!("{}", e.render(&map));
                }
            }
        }
    }
    println!("{} files parsed, {} failed", files.len(), failed);
    if failed == 0 {
        0
    } else {
        1
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            if name == "testdata" || name.starts_with('.') {
                continue;
            }
            walk(&p, out);
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}
