//! Running a case: the gostack binary, or real Go (build, then run).

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Environment variables that change what a Go program prints when it
/// crashes; they are removed for every child process.
pub const SCRUB_ENV: [&str; 2] = ["GOTRACEBACK", "GODEBUG"];

/// Environment for `go build`, so that it never touches the network or
/// switches toolchains.
pub const GO_BUILD_ENV: [(&str, &str); 4] = [("GOTOOLCHAIN", "local"), ("GOPROXY", "off"), ("GOFLAGS", "-mod=mod"), ("GOWORK", "off")];

/// What one run of a program produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Actual {
    pub stdout: Vec<u8>,
    /// Decoded lossily as UTF-8.
    pub stderr: String,
    /// The exit code; `-N` when killed by signal N; `None` after a timeout
    /// or when the program could not be started.
    pub exit: Option<i32>,
    pub timed_out: bool,
    /// The program could not be run at all (or could not be built without a
    /// positioned compile error).
    pub error: Option<String>,
}

impl Actual {
    pub fn failed_to_start(msg: String) -> Actual {
        Actual { error: Some(msg), ..Actual::default() }
    }
}

fn drain(mut r: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        buf
    })
}

/// Runs `program args...` in `cwd` with stdin null, a scrubbed environment
/// plus `extra_env`, and a timeout; collects stdout, stderr and exit status.
pub fn execute(program: &Path, args: &[OsString], cwd: &Path, timeout: Duration, extra_env: &[(&str, &str)]) -> Actual {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(cwd).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for k in SCRUB_ENV {
        cmd.env_remove(k);
    }
    for (k, v) in extra_env {
        cmd.env(k, v);
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return Actual::failed_to_start(format!("cannot execute {}: {e}", program.display())),
    };
    let out = drain(child.stdout.take().expect("piped stdout"));
    let err = drain(child.stderr.take().expect("piped stderr"));
    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(e) => return Actual::failed_to_start(format!("waiting for {}: {e}", program.display())),
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            timed_out = true;
            break None;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = String::from_utf8_lossy(&err.join().unwrap_or_default()).into_owned();
    let exit = status.map(|s| {
        use std::os::unix::process::ExitStatusExt;
        s.code().unwrap_or_else(|| -s.signal().unwrap_or(0))
    });
    Actual { stdout, stderr, exit, timed_out, error: None }
}

/// Runs `gostack run NAME.go` for the case at `case_path` (cwd = its folder).
pub fn run_gostack(bin: &Path, case_path: &Path, timeout: Duration) -> Actual {
    let (dir, file) = split_case_path(case_path);
    execute(bin, &["run".into(), file], &dir, timeout, &[])
}

fn split_case_path(case_path: &Path) -> (PathBuf, OsString) {
    let dir = case_path.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    let dir = if dir.as_os_str().is_empty() { PathBuf::from(".") } else { dir };
    let file = case_path.file_name().map(|f| f.to_os_string()).unwrap_or_default();
    (dir, file)
}

/// A scratch folder removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> std::io::Result<TempDir> {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("gostack-golden-{}-{nanos}-{n}", std::process::id()));
        std::fs::create_dir_all(&path)?;
        Ok(TempDir(path))
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Whether a check that needs real Go must fail, rather than be reported
/// as ignored, when `go` is missing: `GOSTACK_REQUIRE_GO=1` (set by
/// `.ci/run`).
pub fn go_required() -> bool {
    std::env::var("GOSTACK_REQUIRE_GO").is_ok_and(|v| v == "1")
}

/// Finds `go` on PATH.
pub fn find_go() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join("go")).find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// A program built by real Go, ready to run (the temp folder lives as long
/// as this value).
pub struct GoBuild {
    _dir: TempDir,
    binary: PathBuf,
}

/// The result of `go build`.
pub enum Built {
    Ok(GoBuild),
    /// The build failed; `stderr` holds the compiler's messages.
    Failed {
        stdout: Vec<u8>,
        stderr: String,
    },
    /// Could not even try (toolchain missing, timeout, ...).
    Error(String),
}

/// Copies the case into a temp folder and runs `go build -o prog NAME.go`
/// there, outside any module, with [`GO_BUILD_ENV`].
pub fn go_build(go: &Path, case_path: &Path, timeout: Duration) -> Built {
    let dir = match TempDir::new() {
        Ok(d) => d,
        Err(e) => return Built::Error(format!("cannot create a temp folder: {e}")),
    };
    let (_, file) = split_case_path(case_path);
    if let Err(e) = std::fs::copy(case_path, dir.path().join(&file)) {
        return Built::Error(format!("cannot copy {}: {e}", case_path.display()));
    }
    let binary = dir.path().join("prog");
    let args = ["build".into(), "-o".into(), binary.clone().into_os_string(), file];
    let build_timeout = timeout.max(Duration::from_secs(120));
    let a = execute(go, &args, dir.path(), build_timeout, &GO_BUILD_ENV);
    if let Some(e) = a.error {
        return Built::Error(e);
    }
    if a.timed_out {
        return Built::Error("go build timed out".into());
    }
    if a.exit != Some(0) {
        return Built::Failed { stdout: a.stdout, stderr: a.stderr };
    }
    Built::Ok(GoBuild { _dir: dir, binary })
}

impl GoBuild {
    /// Runs the built program with cwd = the case's folder.
    pub fn run(&self, case_path: &Path, timeout: Duration) -> Actual {
        let (dir, _) = split_case_path(case_path);
        execute(&self.binary, &[], &dir, timeout, &[])
    }
}

/// Builds with real Go and runs once; a build failure is reported as a run
/// with exit code 1 and the compiler's stderr, as `go run` would.
pub fn run_go(go: &Path, case_path: &Path, timeout: Duration) -> Actual {
    match go_build(go, case_path, timeout) {
        Built::Ok(b) => b.run(case_path, timeout),
        Built::Failed { stdout, stderr } => Actual { stdout, stderr, exit: Some(1), ..Actual::default() },
        Built::Error(e) => Actual::failed_to_start(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn execute_collects_output_and_exit_code() {
        let a = execute(
            Path::new("/bin/sh"),
            &["-c".into(), "printf out; printf err >&2; exit 3".into()],
            Path::new("."),
            Duration::from_secs(10),
            &[],
        );
        assert_eq!((a.stdout.as_slice(), a.stderr.as_str(), a.exit, a.timed_out), (&b"out"[..], "err", Some(3), false));
    }

    #[test]
    fn execute_times_out() {
        let a = execute(Path::new("/bin/sh"), &["-c".into(), "exec sleep 5".into()], Path::new("."), Duration::from_millis(100), &[]);
        assert!(a.timed_out);
        assert_eq!(a.exit, None);
    }

    #[test]
    fn execute_reports_missing_program() {
        let a = execute(Path::new("/nonexistent/prog"), &[], Path::new("."), Duration::from_secs(1), &[]);
        assert!(a.error.is_some());
    }
}
