//! Debian's chromium, headless, over the DevTools protocol: one browser
//! per test binary, with the launch settings every browser test uses.
//! `crates/show/tests/browser.rs` (the viewer) and
//! `crates/cli/tests/serve_browser.rs` (the editor of `gostack serve`,
//! which includes this file by path) share it.
//!
//! Without /usr/bin/chromium (or $GOSTACK_CHROMIUM) the tests report
//! themselves ignored, unless GOSTACK_REQUIRE_BROWSER=1.

#![allow(dead_code)] // each test binary uses part of it

use headless_chrome::{Browser, LaunchOptions};
use libtest_mimic::Failed;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

pub fn chromium() -> PathBuf {
    std::env::var_os("GOSTACK_CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"))
}

pub fn shots_dir() -> PathBuf {
    let d = target_dir().join("screenshots");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// One browser for the whole run, started on first use and ended by
/// `shutdown` (a static is never dropped, and a browser left running would
/// outlive the test process).
static BROWSER: Mutex<Option<Result<Browser, String>>> = Mutex::new(None);

pub fn browser() -> Result<Browser, Failed> {
    let mut slot = BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    slot.get_or_insert_with(launch).clone().map_err(Failed::from)
}

pub fn shutdown() {
    let taken = BROWSER.lock().unwrap_or_else(|e| e.into_inner()).take();
    drop(taken); // Browser's drop kills chromium and waits for it
}

fn launch() -> Result<Browser, String> {
    let profile = target_dir().join("show-test").join(concat!("profile-", env!("CARGO_CRATE_NAME")));
    let _ = std::fs::remove_dir_all(&profile); // a fresh --user-data-dir each run
    std::fs::create_dir_all(&profile).map_err(|e| e.to_string())?;
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let opts = LaunchOptions::default_builder()
        .path(Some(chromium()))
        .headless(true)
        .sandbox(false)
        .window_size(Some((1600, 900)))
        .user_data_dir(Some(profile))
        .idle_browser_timeout(Duration::from_secs(600))
        .args(args)
        .build()
        .map_err(|e| e.to_string())?;
    Browser::new(opts).map_err(|e| format!("starting {}: {e}", chromium().display()))
}

/// Whether the tests can run, and whether a missing browser fails them.
pub fn available() -> (bool, bool) {
    (chromium().exists(), std::env::var("GOSTACK_REQUIRE_BROWSER").is_ok_and(|v| v == "1"))
}
