//! `gostack parse`: a fast syntax check over files and folders.

use std::path::PathBuf;

/// Parses every `.go` file under `paths`; prints errors and a summary.
pub fn run(paths: &[PathBuf], quiet: bool) -> i32 {
    let _ = (paths, quiet);
    eprintln!("gostack parse: not implemented yet");
    1
}
