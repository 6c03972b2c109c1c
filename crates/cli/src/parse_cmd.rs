//! `gostack parse`: a fast syntax check over files and folders.

use std::path::{Path, PathBuf};

/// Parses every `.go` file under `paths`; prints errors and a summary.
///
/// Folders are walked recursively, skipping `testdata` and hidden folders.
/// Each syntax error prints as `path:LINE:COL: message` on stderr; the
/// summary `N files parsed, M failed` goes to stdout, last. Without `quiet`
/// a throughput line (bytes, time) precedes the summary. Files are parsed
/// on all cores; output order follows the (sorted) file order. Returns the
/// exit code: 0 when every file parsed, 1 otherwise.
pub fn run(paths: &[PathBuf], quiet: bool) -> i32 {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut files);
        } else {
            files.push(p.clone());
        }
    }
    // Parse on all cores; each worker takes every n-th file and keeps its
    // own arena. Errors are printed afterwards in file order.
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(files.len().max(1));
    let start = std::time::Instant::now();
    let mut results: Vec<(usize, usize, Option<Vec<String>>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|w| {
                let files = &files;
                scope.spawn(move || {
                    let mut out = Vec::new();
                    let mut arena = bumpalo::Bump::new();
                    for (i, f) in files.iter().enumerate().skip(w).step_by(workers) {
                        out.push((i, parse_one(f, &mut arena)));
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).map(|(i, (bytes, errs))| (i, bytes, errs)).collect()
    });
    let elapsed = start.elapsed();
    results.sort_by_key(|r| r.0);
    let mut failed = 0usize;
    let mut bytes = 0usize;
    for (_, b, errs) in &results {
        bytes += b;
        if let Some(errs) = errs {
            failed += 1;
            for e in errs {
                eprintln!("{e}");
            }
        }
    }
    // A worker that panicked lost its files: count them as failed.
    failed += files.len() - results.len();
    if !quiet {
        let secs = elapsed.as_secs_f64();
        let mbs = if secs > 0.0 { bytes as f64 / secs / 1e6 } else { 0.0 };
        println!("{:.1} MB in {:.3}s ({mbs:.1} MB/s, {workers} threads)", bytes as f64 / 1e6, secs);
    }
    println!("{} files parsed, {} failed", files.len(), failed);
    if failed == 0 {
        0
    } else {
        1
    }
}

/// Parses one file: its size and, if it failed, the rendered errors.
fn parse_one(f: &Path, arena: &mut bumpalo::Bump) -> (usize, Option<Vec<String>>) {
    let src = match std::fs::read(f) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return (0, Some(vec![format!("{}: {e}", f.display())])),
    };
    arena.reset();
    match syntax::parse_file(arena, &src) {
        Ok(_) => (src.len(), None),
        Err(errs) => {
            let map = syntax::SourceMap::new(f.display().to_string(), &src);
            (src.len(), Some(errs.iter().map(|e| e.render(&map)).collect()))
        }
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
