//! `gostack parse`: a fast syntax check over files and folders.

use std::path::{Path, PathBuf};

/// Parses every `.go` file under `paths`; prints errors and a summary.
///
/// Folders are walked recursively, skipping `testdata` and hidden folders.
/// Each syntax error prints as `path:LINE:COL: message` on stderr; the
/// summary `N files parsed, M failed` goes to stdout, last. Without `quiet`
/// a throughput line (bytes, time) precedes the summary. Returns the exit
/// code: 0 when every file parsed, 1 otherwise.
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
    let mut bytes = 0usize;
    let mut parse_time = std::time::Duration::ZERO;
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
        bytes += src.len();
        let start = std::time::Instant::now();
        let res = syntax::parse_file(&arena, &src);
        parse_time += start.elapsed();
        if let Err(errs) = res {
            failed += 1;
            let map = syntax::SourceMap::new(f.display().to_string(), &src);
            for e in &errs {
                eprintln!("{}", e.render(&map));
            }
        }
    }
    if !quiet {
        let secs = parse_time.as_secs_f64();
        let mbs = if secs > 0.0 { bytes as f64 / secs / 1e6 } else { 0.0 };
        println!("{:.1} MB in {:.3}s ({mbs:.1} MB/s)", bytes as f64 / 1e6, secs);
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
