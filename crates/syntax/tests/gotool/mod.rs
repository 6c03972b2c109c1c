//! What the tests that read Go's own sources share: finding GOROOT, and
//! reporting a missing `go` as an ignored trial (a failure under
//! `GOSTACK_REQUIRE_GO=1`, as `.ci/run` sets it).

use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Completion, Failed};

/// `go env GOROOT`, or None when `go` cannot be run.
pub fn goroot() -> Option<PathBuf> {
    let out = Command::new("go").args(["env", "GOROOT"]).env("GOTOOLCHAIN", "local").output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim();
    (!s.is_empty()).then(|| PathBuf::from(s))
}

/// How a trial that needs real Go ends when `go` is missing.
pub fn without_go() -> Result<Completion, Failed> {
    if std::env::var("GOSTACK_REQUIRE_GO").is_ok_and(|v| v == "1") {
        Err("GOSTACK_REQUIRE_GO=1 but `go env GOROOT` failed".into())
    } else {
        Ok(Completion::ignored_with("`go` not on PATH (`bash .ci/run` installs it)"))
    }
}

/// Every `.go` file under `dir`, skipping hidden folders, and `testdata`
/// folders unless `testdata` is set.
pub fn go_files(dir: &Path, testdata: bool, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if (testdata || name != "testdata") && !name.starts_with('.') {
                go_files(&p, testdata, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}
