//! Parses every `.go` file of the Go standard library sources
//! (`$(go env GOROOT)/src`, skipping `testdata`) and expects no errors.
//! Needs `go`: without it the trial is reported as ignored, unless
//! `GOSTACK_REQUIRE_GO=1`, which makes it fail.

mod gotool;

use std::path::Path;

use libtest_mimic::{Arguments, Completion, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let trial = Trial::ignorable_test("stdlib_parses", || match gotool::goroot() {
        Some(root) => stdlib_parses(&root).map(|()| Completion::Completed),
        None => gotool::without_go(),
    });
    libtest_mimic::run(&args, vec![trial]).exit();
}

fn stdlib_parses(root: &Path) -> Result<(), Failed> {
    let mut files = Vec::new();
    gotool::go_files(&root.join("src"), false, &mut files);
    files.sort();
    if files.is_empty() {
        return Err(format!("no .go files under {}", root.display()).into());
    }
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
                if ids.len() != n {
                    return Err(format!("{}: duplicate ExprIds", f.display()).into());
                }
                if ids.last().is_some_and(|&m| m >= file.expr_count) {
                    return Err(format!("{}: ExprId >= expr_count", f.display()).into());
                }
                ids_seen += n;
                ids_total += file.expr_count as usize;
            }
        }
    }
    println!("stdlib: {} files parsed, {} failed", files.len(), failures.len());
    println!("stdlib: {ids_seen} of {ids_total} ExprIds used ({:.1}% dense)", 100.0 * ids_seen as f64 / ids_total.max(1) as f64);
    if !failures.is_empty() {
        let shown: Vec<&str> = failures.iter().take(200).map(String::as_str).collect();
        return Err(format!("{} of {} stdlib files failed to parse:\n{}", failures.len(), files.len(), shown.join("\n")).into());
    }
    Ok(())
}
