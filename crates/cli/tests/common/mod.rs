//! Helpers shared by the CLI tests that write small programs to disk.

use std::path::PathBuf;

/// A fresh folder under the temporary directory holding `files` (path,
/// text), named after the test file (`tag`), the process and the case.
pub fn tree(tag: &str, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gostack-{tag}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    for (p, text) in files {
        let p = d.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    d.canonicalize().unwrap()
}
