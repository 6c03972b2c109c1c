//! One run: the program in a fresh temporary folder, recorded by a child
//! `gostack show -o - NAME` with the run's limits, its page read from the
//! child's standard output.
//!
//! The child gets nothing of the server's: `env_clear` (no variables),
//! the temporary folder as its working directory (holding only the
//! program), standard input closed, and no arguments but the program's
//! name (so `os.Args` is `[/tmp/go-build/b001/exe/prog]`). `show` itself
//! has `run`'s sandbox (no file, network or process functions; the
//! virtual clock), and its limits end the program with a message in the
//! view. The worker's own deadline, the wall-time limit plus [`GRACE`],
//! only matters when the child hangs outside the VM (the compiler).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use crate::Limits;

/// How long past `--max-wall` a child may take (compiling, writing the
/// page) before the worker kills it.
pub const GRACE: Duration = Duration::from_secs(10);

/// The most of the child's stdout kept (a 20,000-step page is under 1 MB;
/// the recording is gzipped in the page past 256 KB of JSON).
const MAX_PAGE: u64 = 64 << 20;

/// Runs of this process so far (names the temporary folders).
static RUNS: AtomicU64 = AtomicU64::new(0);

/// A temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> std::io::Result<TempDir> {
        let n = RUNS.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("gostack-serve-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir)?;
        Ok(TempDir(dir))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// record runs `src` as the file `name` and returns the recorded page, or
/// why there is none (in words for the browser).
pub fn record(gostack: &Path, name: &str, src: &str, limits: &Limits) -> Result<Vec<u8>, String> {
    let dir = TempDir::new().map_err(|e| format!("cannot make a temporary folder: {e}"))?;
    std::fs::write(dir.0.join(name), src).map_err(|e| format!("cannot write the program to a temporary folder: {e}"))?;
    let wall = limits.max_wall;
    let mut child = Command::new(gostack)
        .arg("show")
        .args(["-o", "-"])
        .args(["--max-steps", &limits.max_steps.to_string()])
        .args(["--max-heap", &limits.max_heap.to_string()])
        .args(["--max-output", &limits.max_output.to_string()])
        .args(["--max-record", &limits.max_record.to_string()])
        .args(["--max-wall", &format!("{}ms", wall.as_millis().max(1))])
        .arg(name)
        .env_clear()
        .current_dir(&dir.0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", gostack.display()))?;
    // Both pipes are read on threads of their own (a child blocked on a
    // full stderr pipe would never finish its stdout); the page's reader
    // reports when the child has closed its stdout, that is has ended.
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || {
        let mut page = Vec::new();
        if let Some(s) = stdout {
            let _ = s.take(MAX_PAGE).read_to_end(&mut page);
        }
        let _ = tx.send(());
        page
    });
    let err_reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        if let Some(s) = stderr {
            let _ = s.take(64 << 10).read_to_end(&mut text);
        }
        String::from_utf8_lossy(&text).into_owned()
    });
    let deadline = wall + GRACE;
    let killed = rx.recv_timeout(deadline).is_err();
    if killed {
        // Our own child, by its handle.
        let _ = child.kill();
    }
    let status = child.wait();
    let page = out_reader.join().unwrap_or_default();
    let errors = err_reader.join().unwrap_or_default();
    if killed {
        return Err(format!(
            "The run took longer than {} s and was stopped (the time limit is {} plus {} s to compile and draw the view).",
            deadline.as_secs(),
            show_secs(wall),
            GRACE.as_secs()
        ));
    }
    match status {
        Ok(s) if s.success() && !page.is_empty() => Ok(page),
        Ok(s) => {
            let how = match s.code() {
                Some(c) => format!("exit status {c}"),
                None => "killed by a signal".to_string(),
            };
            Err(format!("gostack show ended without a page ({how}). {}", errors.trim()))
        }
        Err(e) => Err(format!("waiting for gostack show: {e}")),
    }
}

fn show_secs(d: Duration) -> String {
    if d.subsec_millis() == 0 {
        format!("{} s", d.as_secs())
    } else {
        format!("{} s", d.as_secs_f64())
    }
}
