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
    execute_with_stdin(program, args, cwd, timeout, extra_env, None)
}

/// [`execute`] with `stdin` fed to the program (None: `/dev/null`).
pub fn execute_with_stdin(
    program: &Path,
    args: &[OsString],
    cwd: &Path,
    timeout: Duration,
    extra_env: &[(&str, &str)],
    stdin: Option<&[u8]>,
) -> Actual {
    let mut cmd = Command::new(program);
    let input = if stdin.is_some() { Stdio::piped() } else { Stdio::null() };
    cmd.args(args).current_dir(cwd).stdin(input).stdout(Stdio::piped()).stderr(Stdio::piped());
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
    if let (Some(data), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // From a thread: a program that does not read its input must not
        // block the run (the pipe closes when the thread ends).
        let data = data.to_vec();
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&data);
        });
    }
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

/// What a case gives its program besides the source: the files
/// `X.stdin` (its standard input, else none), `X.args` (its arguments,
/// one per line), `X.env` (`KEY=VALUE` lines: variables set for it) and
/// `X.timeout` (seconds, instead of the default timeout).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inputs {
    pub stdin: Option<Vec<u8>>,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
    pub timeout: Option<Duration>,
}

impl Inputs {
    /// Reads the input files beside the case at `case_path`.
    pub fn of(case_path: &Path) -> Result<Inputs, String> {
        let read = |suffix: &str| -> Result<Option<Vec<u8>>, String> {
            let p = crate::case::beside(case_path, suffix);
            match std::fs::read(&p) {
                Ok(b) => Ok(Some(b)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(format!("{}: {e}", p.display())),
            }
        };
        let lines = |b: Vec<u8>| -> Vec<String> {
            let text = String::from_utf8_lossy(&b).into_owned();
            let text = text.strip_suffix('\n').unwrap_or(&text);
            if text.is_empty() {
                return Vec::new();
            }
            text.split('\n').map(str::to_owned).collect()
        };
        let args = read("args")?.map(lines).unwrap_or_default();
        let mut env = Vec::new();
        for l in read("env")?.map(lines).unwrap_or_default() {
            match l.split_once('=') {
                Some((k, v)) if !k.is_empty() => env.push((k.to_owned(), v.to_owned())),
                _ => return Err(format!("{}: want KEY=VALUE lines, got {l:?}", crate::case::beside(case_path, "env").display())),
            }
        }
        let timeout = match read("timeout")? {
            None => None,
            Some(b) => {
                let t = String::from_utf8_lossy(&b).trim().to_owned();
                match t.parse::<f64>() {
                    Ok(x) if x > 0.0 && x.is_finite() => Some(Duration::from_secs_f64(x)),
                    _ => {
                        return Err(format!("{}: want a number of seconds, got {t:?}", crate::case::beside(case_path, "timeout").display()))
                    }
                }
            }
        };
        Ok(Inputs { stdin: read("stdin")?, args, env, timeout })
    }
}

/// Runs `gostack run NAME.go` for the case at `case_path` (cwd = its folder).
pub fn run_gostack(bin: &Path, case_path: &Path, timeout: Duration) -> Actual {
    run_gostack_with(bin, case_path, &Inputs::default(), timeout)
}

/// Runs `gostack run [--env K=V]... NAME.go [-- ARGS...]` with the case's
/// inputs (its variables as `--env` flags: gostack never reads the host's).
pub fn run_gostack_with(bin: &Path, case_path: &Path, inputs: &Inputs, timeout: Duration) -> Actual {
    let (dir, file) = split_case_path(case_path);
    let mut args: Vec<OsString> = vec!["run".into()];
    for (k, v) in &inputs.env {
        args.push(format!("--env={k}={v}").into());
    }
    args.push(file);
    if !inputs.args.is_empty() {
        // `gostack run` drops one `--` after the file: the arguments then
        // reach the program whatever they look like.
        args.push("--".into());
        args.extend(inputs.args.iter().map(OsString::from));
    }
    execute_with_stdin(bin, &args, &dir, timeout, &[], inputs.stdin.as_deref())
}

/// The folder a case runs in and what `go run`/`gostack run` are given
/// there: `X.go` in its folder, or `.` in a folder case's own folder.
fn split_case_path(case_path: &Path) -> (PathBuf, OsString) {
    if case_path.is_dir() {
        return (case_path.to_path_buf(), ".".into());
    }
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
/// there, outside any module (a folder case: `go build -o prog .` in its
/// own module), with [`GO_BUILD_ENV`].
pub fn go_build(go: &Path, case_path: &Path, timeout: Duration) -> Built {
    let dir = match TempDir::new() {
        Ok(d) => d,
        Err(e) => return Built::Error(format!("cannot create a temp folder: {e}")),
    };
    let (_, file) = split_case_path(case_path);
    // A folder case is copied under its own name, so that tracebacks name
    // its files as `.../X/main.go` with either tool.
    let work = match case_path.file_name() {
        Some(name) if case_path.is_dir() => dir.path().join(name),
        _ => dir.path().to_path_buf(),
    };
    let copied = if case_path.is_dir() {
        std::fs::create_dir_all(&work).and_then(|()| copy_tree(case_path, &work))
    } else {
        std::fs::copy(case_path, work.join(&file)).map(drop)
    };
    if let Err(e) = copied {
        return Built::Error(format!("cannot copy {}: {e}", case_path.display()));
    }
    let binary = dir.path().join("prog");
    let args = ["build".into(), "-o".into(), binary.clone().into_os_string(), file];
    let build_timeout = timeout.max(Duration::from_secs(120));
    let a = execute(go, &args, &work, build_timeout, &GO_BUILD_ENV);
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

/// Copies folder `from`'s files and folders into `to`.
fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if src.is_dir() {
            std::fs::create_dir_all(&dst)?;
            copy_tree(&src, &dst)?;
        } else {
            std::fs::copy(&src, &dst)?;
        }
    }
    Ok(())
}

impl GoBuild {
    /// Runs the built program with cwd = the case's folder.
    pub fn run(&self, case_path: &Path, timeout: Duration) -> Actual {
        self.run_with(case_path, &Inputs::default(), timeout)
    }

    /// Runs the built program with the case's inputs.
    pub fn run_with(&self, case_path: &Path, inputs: &Inputs, timeout: Duration) -> Actual {
        let (dir, _) = split_case_path(case_path);
        let args: Vec<OsString> = inputs.args.iter().map(OsString::from).collect();
        let env: Vec<(&str, &str)> = inputs.env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        execute_with_stdin(&self.binary, &args, &dir, timeout, &env, inputs.stdin.as_deref())
    }
}

/// Builds with real Go and runs once; a build failure is reported as a run
/// with exit code 1 and the compiler's stderr, as `go run` would.
pub fn run_go(go: &Path, case_path: &Path, timeout: Duration) -> Actual {
    run_go_with(go, case_path, &Inputs::default(), timeout)
}

/// [`run_go`] with the case's inputs.
pub fn run_go_with(go: &Path, case_path: &Path, inputs: &Inputs, timeout: Duration) -> Actual {
    match go_build(go, case_path, timeout) {
        Built::Ok(b) => b.run_with(case_path, inputs, timeout),
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
    fn execute_feeds_stdin() {
        let a = execute_with_stdin(Path::new("/bin/cat"), &[], Path::new("."), Duration::from_secs(10), &[], Some(b"line\n"));
        assert_eq!((a.stdout.as_slice(), a.exit), (&b"line\n"[..], Some(0)));
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
