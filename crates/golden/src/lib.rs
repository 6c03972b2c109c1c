//! Golden-file test engine behind `gostack test` and the project's own suite
//! (`crates/cli/tests/golden.rs`).
//!
//! A case is `X.go` with expectation files beside it, in the layout of the
//! shared conformance corpus: `X.stdout` (exact bytes), `X.exit` (integer),
//! `X.stderr_head` (stderr before the traceback, normalised), `X.frames`
//! (function names of the first goroutine block; compared when non-empty)
//! and, for programs that must not compile, `X.compile_error`
//! (`LINE:COL: message`, instead of `X.stderr_head`). See `docs/testing.md`.

pub mod case;
pub mod exec;
pub mod inproc;
pub mod normalize;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Duration;

pub use case::{compare, compare_as, discover, load_expected, Case, Expected, Mismatch, Part};
pub use exec::{find_go, go_required, Actual, Inputs};

/// The timeout of one run, for `gostack test` and the cargo harness alike,
/// unless the case has an `X.timeout` file: generous, since cases run in
/// parallel on a loaded machine (a stack overflow alone takes ~5 s and
/// ~2 GB; those cases have `X.timeout`).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

/// Where actual output comes from (or, with `--bless`, expectations).
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Oracle {
    /// `gostack run X.go`.
    #[default]
    Gostack,
    /// Real Go: `go build` in a temp folder, then run the binary.
    Go,
}

/// Arguments of `gostack test`.
#[derive(clap::Args, Debug, Default, Clone)]
pub struct TestArgs {
    /// Case files or folders (folders are searched recursively for *.go).
    #[arg(default_value = "testdata")]
    pub paths: Vec<PathBuf>,
    /// Write the expectation files from a run instead of comparing with them.
    #[arg(long)]
    pub bless: bool,
    /// Who runs the cases: gostack, or real Go (with --bless: record real Go's
    /// output; without: check the expectation files against real Go).
    #[arg(long, value_enum, default_value_t = Oracle::Gostack)]
    pub oracle: Oracle,
    /// The gostack binary to test (default: this executable).
    #[arg(long, value_name = "PATH")]
    pub bin: Option<PathBuf>,
    /// The Go toolchain for --oracle go (default: `go` on PATH).
    #[arg(long, value_name = "PATH")]
    pub go: Option<PathBuf>,
    /// Only the cases whose path contains this text.
    #[arg(long, value_name = "TEXT")]
    pub filter: Option<String>,
    /// Cases run in parallel (default: the number of cores).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// Per-run timeout in seconds, for cases without an `X.timeout` file
    /// (default: 20); a timeout fails the case.
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<f64>,
    /// Report traceback-frame differences without failing the case (as the
    /// conformance runner scores them).
    #[arg(long)]
    pub lenient_frames: bool,
    /// Also list passing cases (Go test packages: go test's -v).
    #[arg(long, short)]
    pub verbose: bool,
    /// Go test packages only: run only the tests and examples matching
    /// this regular expression (go test's -run; `-run` works too).
    #[arg(long, value_name = "REGEX")]
    pub run: Option<String>,
    /// Also write a JUnit XML report of the cases to FILE (the format CI
    /// systems read).
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Print one JSON object per case (then one summary object) instead
    /// of text lines.
    #[arg(long)]
    pub json: bool,
    /// Check only shard K of N (1 ≤ K ≤ N): the cases whose path hashes to
    /// K-1 modulo N, a split that stays put as cases come and go, for CI
    /// matrices.
    #[arg(long, value_name = "K/N", value_parser = parse_shard)]
    pub shard: Option<(u64, u64)>,
    /// Go test packages: map host directory HOST into the sandbox's file
    /// system at GUEST, as `gostack run --mount` does (read-only, or `:rw`
    /// with the changes written back). May be repeated.
    #[arg(long, value_name = "HOST:GUEST[:ro|:rw]")]
    pub mount: Vec<String>,
    /// Go test packages: as `go test -trimpath`, tracebacks and
    /// runtime.Caller name files without the host's folders: a module's
    /// by import path (`example.com/m/lib/lib_test.go`), files named on
    /// the command line as `./x_test.go`, GOROOT's as `testing/testing.go`.
    /// `-trimpath` is accepted too.
    #[arg(long)]
    pub trimpath: bool,
}

/// `K/N` for `--shard`.
fn parse_shard(text: &str) -> Result<(u64, u64), String> {
    let bad = || format!("invalid shard {text:?} (want K/N with 1 <= K <= N, e.g. 2/4)");
    let (k, n) = text.split_once('/').ok_or_else(bad)?;
    let (k, n): (u64, u64) = (k.trim().parse().map_err(|_| bad())?, n.trim().parse().map_err(|_| bad())?);
    if n == 0 || k == 0 || k > n {
        return Err(bad());
    }
    Ok((k, n))
}

/// Whether case `name` is in shard `k` of `n` (FNV-1a of its path).
pub fn in_shard(name: &str, (k, n): (u64, u64)) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h % n == k - 1
}

/// Runs a case inside this process instead of as `gostack run X.go`
/// (supplied by the gostack binary; see [`test_command_with`]). `None`
/// when it cannot (a case with standard input): the case then runs as a
/// separate process.
pub type InProcess = fn(case: &Path, inputs: &Inputs, timeout: Duration) -> Option<Actual>;

/// A program that produces the actual output of a case.
#[derive(Clone, Debug)]
pub enum Runner {
    /// `BIN run X.go`, cwd = the case's folder.
    Gostack(PathBuf),
    /// Real Go: `GO build` in a temp folder, run with cwd = the case's folder.
    Go(PathBuf),
    /// In this process (falling back to `BIN run X.go`).
    InProcess(InProcess, PathBuf),
}

impl Runner {
    pub fn run(&self, case: &Case, timeout: Duration) -> Actual {
        self.run_with(case, &Inputs::default(), timeout)
    }

    /// Runs the case with its inputs (`X.stdin`, `X.args`, `X.env`).
    pub fn run_with(&self, case: &Case, inputs: &Inputs, timeout: Duration) -> Actual {
        match self {
            Runner::Gostack(bin) => exec::run_gostack_with(bin, &case.path, inputs, timeout),
            Runner::Go(go) => exec::run_go_with(go, &case.path, inputs, timeout),
            Runner::InProcess(f, bin) => {
                f(&case.path, inputs, timeout).unwrap_or_else(|| exec::run_gostack_with(bin, &case.path, inputs, timeout))
            }
        }
    }

    /// What diffs call this runner's output: `(actual)` for gostack, Go's
    /// version (`go1.27.3`) for real Go.
    pub fn label(&self) -> String {
        match self {
            Runner::Gostack(_) | Runner::InProcess(..) => "(actual)".into(),
            Runner::Go(go) => go_version(go),
        }
    }
}

/// `go env GOVERSION` of toolchain `go` (asked once per toolchain).
fn go_version(go: &Path) -> String {
    static SEEN: std::sync::Mutex<Vec<(PathBuf, String)>> = std::sync::Mutex::new(Vec::new());
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, v)) = seen.iter().find(|(p, _)| p == go) {
        return v.clone();
    }
    let out = std::process::Command::new(go).args(["env", "GOVERSION"]).envs(exec::GO_BUILD_ENV).output();
    let v = match out {
        Ok(o) if o.status.success() && !o.stdout.is_empty() => String::from_utf8_lossy(&o.stdout).trim().to_owned(),
        _ => "(go)".into(),
    };
    seen.push((go.to_path_buf(), v.clone()));
    v
}

/// How cases are checked.
#[derive(Clone, Debug)]
pub struct Config {
    pub runner: Runner,
    pub timeout: Duration,
    /// Whether a traceback-frame mismatch fails the case.
    pub strict_frames: bool,
}

impl Config {
    /// Checks with the given gostack binary, [`DEFAULT_TIMEOUT`], strict
    /// frames.
    pub fn gostack(bin: impl Into<PathBuf>) -> Config {
        Config { runner: Runner::Gostack(bin.into()), timeout: DEFAULT_TIMEOUT, strict_frames: true }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Pass,
    Fail,
    /// No `X.exit` beside the case.
    NoExpectation,
}

/// The outcome of checking one case.
#[derive(Debug, Clone)]
pub struct CaseResult {
    pub status: Status,
    /// Every difference found (with lenient frames, a passing case may still
    /// list a [`Part::Frames`] mismatch).
    pub mismatches: Vec<Mismatch>,
}

impl CaseResult {
    /// One line naming what failed: `exit: want 2 got 1; stdout: ...`.
    pub fn summary(&self) -> String {
        match self.status {
            Status::NoExpectation => "no expectation (run with --bless)".into(),
            _ => self.mismatches.iter().map(|m| m.summary.as_str()).collect::<Vec<_>>().join("; "),
        }
    }

    /// One summary line per failing part, then a diff per failing part.
    pub fn report(&self) -> String {
        let mut s = match self.status {
            Status::NoExpectation => self.summary(),
            _ => self.mismatches.iter().map(|m| m.summary.as_str()).collect::<Vec<_>>().join("\n"),
        };
        for m in &self.mismatches {
            if !m.detail.is_empty() {
                s.push('\n');
                s.push_str(m.detail.trim_end());
            }
        }
        s
    }
}

/// Runs one case and compares it with its expectation files.
pub fn check(case: &Case, cfg: &Config) -> CaseResult {
    check_keeping_output(case, cfg).0
}

/// [`check`], also returning what the run printed (`None` when the case
/// did not run: no expectation, or unreadable expectation or input files).
pub fn check_keeping_output(case: &Case, cfg: &Config) -> (CaseResult, Option<Actual>) {
    let exp = match load_expected(case) {
        Ok(Some(e)) => e,
        Ok(None) => return (CaseResult { status: Status::NoExpectation, mismatches: Vec::new() }, None),
        Err(e) => {
            let m = Mismatch { part: Part::Run, summary: format!("bad expectation: {e}"), detail: String::new() };
            return (CaseResult { status: Status::Fail, mismatches: vec![m] }, None);
        }
    };
    let inputs = match Inputs::of(&case.path) {
        Ok(i) => i,
        Err(e) => {
            let m = Mismatch { part: Part::Run, summary: format!("bad input: {e}"), detail: String::new() };
            return (CaseResult { status: Status::Fail, mismatches: vec![m] }, None);
        }
    };
    let actual = cfg.runner.run_with(case, &inputs, inputs.timeout.unwrap_or(cfg.timeout));
    let mismatches = compare_as(&exp, &actual, &cfg.runner.label());
    let fails = mismatches.iter().any(|m| cfg.strict_frames || m.part != Part::Frames);
    (CaseResult { status: if fails { Status::Fail } else { Status::Pass }, mismatches }, Some(actual))
}

/// What blessing one case did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Blessed {
    /// Expectations of a program that runs; `changed` if any file changed.
    Run { changed: bool },
    /// Expectations of a program that does not compile.
    CompileError { changed: bool },
    /// Nothing was written: the reason.
    Problem(String),
}

fn write_if_changed(path: &Path, data: &[u8]) -> std::io::Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == data) {
        return Ok(false);
    }
    std::fs::write(path, data)?;
    Ok(true)
}

fn remove_if_exists(path: &Path) -> std::io::Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Writes `data` to `path`, or removes `path` when `data` is empty: a case
/// has files only for what its program does (a missing file reads as
/// empty, here and in the conformance runner).
fn write_nonempty(path: &Path, data: &[u8]) -> std::io::Result<bool> {
    if data.is_empty() {
        remove_if_exists(path)
    } else {
        write_if_changed(path, data)
    }
}

fn write_compile_error(case: &Case, ce: &str) -> std::io::Result<bool> {
    let mut changed = remove_if_exists(&case.exp_path(".stdout"))?;
    changed |= write_if_changed(&case.exp_path(".exit"), b"1\n")?;
    changed |= remove_if_exists(&case.exp_path(".frames"))?;
    changed |= remove_if_exists(&case.exp_path(".lines"))?;
    changed |= write_if_changed(&case.exp_path(".compile_error"), format!("{ce}\n").as_bytes())?;
    changed |= remove_if_exists(&case.exp_path(".stderr_head"))?;
    Ok(changed)
}

/// The recorded parts of a run: stdout, exit status, stderr head, frames
/// and their lines.
type Record = (Vec<u8>, i32, Vec<String>, Vec<String>, Vec<String>);

fn record(case: &Case, a: &Actual, timeout: Duration) -> Result<Record, String> {
    if let Some(e) = &a.error {
        return Err(e.clone());
    }
    if a.timed_out {
        return Err(format!("timed out after {}s", timeout.as_secs_f64()));
    }
    let exit = a.exit.ok_or("no exit status")?;
    Ok((
        a.stdout.clone(),
        exit,
        normalize::stderr_head(&a.stderr),
        normalize::traceback_frames(&a.stderr),
        normalize::traceback_lines(&a.stderr, &case.lines_file()),
    ))
}

fn write_run(case: &Case, r: &Record) -> Result<Blessed, String> {
    let (stdout, exit, head, frames, lines) = r;
    let text = format!("{}\n{}", String::from_utf8_lossy(stdout), head.join("\n"));
    if let Some(addr) = normalize::find_address(&text) {
        return Err(format!("output contains an address-like value {addr}"));
    }
    let io = |e: std::io::Error| e.to_string();
    let mut changed = write_nonempty(&case.exp_path(".stdout"), stdout).map_err(io)?;
    changed |= write_if_changed(&case.exp_path(".exit"), format!("{exit}\n").as_bytes()).map_err(io)?;
    changed |= write_nonempty(&case.exp_path(".stderr_head"), normalize::lines_text(head).as_bytes()).map_err(io)?;
    changed |= write_nonempty(&case.exp_path(".frames"), normalize::lines_text(frames).as_bytes()).map_err(io)?;
    // Frame lines only where there is a traceback.
    changed |= if frames.is_empty() {
        remove_if_exists(&case.exp_path(".lines")).map_err(io)?
    } else {
        write_if_changed(&case.exp_path(".lines"), normalize::lines_text(lines).as_bytes()).map_err(io)?
    };
    changed |= remove_if_exists(&case.exp_path(".compile_error")).map_err(io)?;
    Ok(Blessed::Run { changed })
}

/// Writes the expectation files of `case` from `runner`'s output.
///
/// With real Go, the program is built once and run twice; differing runs
/// are refused as nondeterministic, and a build failure with a
/// `file:line:col: message` line makes a compile-error case. With gostack,
/// a run that exits 1 with empty stdout and a positioned error on the first
/// stderr line makes a compile-error case. Output with address-like values
/// (`0x` and 6+ hex digits) is refused.
pub fn bless(case: &Case, runner: &Runner, timeout: Duration) -> Blessed {
    let inputs = match Inputs::of(&case.path) {
        Ok(i) => i,
        Err(e) => return Blessed::Problem(format!("bad input: {e}")),
    };
    let timeout = inputs.timeout.unwrap_or(timeout);
    let result = match runner {
        Runner::Go(go) => match exec::go_build(go, &case.path, timeout) {
            exec::Built::Error(e) => Err(e),
            exec::Built::Failed { stderr, .. } => match normalize::first_compile_error(&stderr) {
                Some(ce) => write_compile_error(case, &ce).map(|changed| Blessed::CompileError { changed }).map_err(|e| e.to_string()),
                None => Err(format!("go build failed without a file:line:col error: {}", stderr.trim_end())),
            },
            exec::Built::Ok(build) => {
                let first = record(case, &build.run_with(&case.path, &inputs, timeout), timeout);
                let second = record(case, &build.run_with(&case.path, &inputs, timeout), timeout);
                match (first, second) {
                    (Ok(a), Ok(b)) if a == b => write_run(case, &a),
                    (Ok(_), Ok(_)) => Err("nondeterministic: two runs differ".into()),
                    (Err(e), _) | (_, Err(e)) => Err(e),
                }
            }
        },
        Runner::Gostack(bin) | Runner::InProcess(_, bin) => {
            let a = exec::run_gostack_with(bin, &case.path, &inputs, timeout);
            let first_line = normalize::split_lines(&a.stderr).into_iter().next().unwrap_or_default();
            match normalize::first_compile_error(&first_line) {
                Some(ce) if a.exit == Some(1) && a.stdout.is_empty() && !a.timed_out && a.error.is_none() => {
                    write_compile_error(case, &ce).map(|changed| Blessed::CompileError { changed }).map_err(|e| e.to_string())
                }
                _ => record(case, &a, timeout).and_then(|r| write_run(case, &r)),
            }
        }
    };
    result.unwrap_or_else(Blessed::Problem)
}

/// Applies `f` to every item on `jobs` threads; `emit` sees the results in
/// item order, each as soon as it and all earlier ones are done.
pub fn par_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync, mut emit: impl FnMut(&T, R)) {
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, R)>();
    std::thread::scope(|s| {
        for _ in 0..jobs.clamp(1, items.len().max(1)) {
            let tx = tx.clone();
            let (next, f) = (&next, &f);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= items.len() || tx.send((i, f(&items[i]))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        let mut pending: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
        let mut shown = 0;
        for (i, r) in rx {
            pending[i] = Some(r);
            while shown < items.len() {
                let Some(r) = pending[shown].take() else {
                    break;
                };
                emit(&items[shown], r);
                shown += 1;
            }
        }
    });
}

fn indent(s: &str) -> String {
    s.lines().map(|l| format!("    {l}\n")).collect()
}

/// `gostack test`: returns the process exit code (0 iff nothing failed).
pub fn test_command(args: TestArgs) -> i32 {
    test_command_with(args, None)
}

/// [`test_command`], running cases in this process with `in_process`
/// when given (the gostack binary's own test command does).
pub fn test_command_with(args: TestArgs, in_process: Option<InProcess>) -> i32 {
    match test_command_inner(&args, in_process) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gostack test: {e}");
            2
        }
    }
}

fn test_command_inner(args: &TestArgs, in_process: Option<InProcess>) -> Result<i32, String> {
    let timeout = match args.timeout {
        None => DEFAULT_TIMEOUT,
        Some(t) if t > 0.0 && t.is_finite() => Duration::from_secs_f64(t),
        Some(_) => return Err("--timeout must be a positive number of seconds".into()),
    };
    let mut cases = discover(&args.paths, args.filter.as_deref())?;
    if let Some(shard) = args.shard {
        cases.retain(|c| in_shard(&c.name, shard));
    }
    if cases.is_empty() && args.shard.is_some() {
        // A shard may be empty for a small suite: nothing failed.
        println!("0 passed, 0 failed (shard {}/{} holds no case)", args.shard.unwrap_or_default().0, args.shard.unwrap_or_default().1);
        return Ok(0);
    }
    if cases.is_empty() {
        let filter = args.filter.as_ref().map(|f| format!(" matching --filter {f:?}")).unwrap_or_default();
        return Err(format!("no cases{filter} under {}", args.paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" ")));
    }
    let runner = match args.oracle {
        Oracle::Go => {
            let go = match &args.go {
                Some(g) => g.clone(),
                None => find_go().ok_or(
                    "--oracle go needs a Go toolchain, and `go` is not on PATH \
                     (install Go, run `bash .ci/run` once, or pass --go PATH)",
                )?,
            };
            Runner::Go(go)
        }
        Oracle::Gostack => {
            let bin = match &args.bin {
                Some(b) => b.clone(),
                None => std::env::current_exe().map_err(|e| format!("cannot find the gostack binary: {e}"))?,
            };
            // Cases run in their own folders: make a relative path absolute.
            let bin = std::fs::canonicalize(&bin).map_err(|e| format!("{}: {e}", bin.display()))?;
            match in_process {
                // --bin names another binary: run that one.
                Some(f) if args.bin.is_none() => Runner::InProcess(f, bin),
                _ => Runner::Gostack(bin),
            }
        }
    };
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let mut out = std::io::stdout().lock();
    if args.bless {
        let (mut ok, mut compile, mut updated, mut problems) = (0, 0, 0, 0);
        par_map(
            &cases,
            jobs,
            |c| bless(c, &runner, timeout),
            |c, b| {
                let line = match b {
                    Blessed::Run { changed } | Blessed::CompileError { changed } => {
                        ok += 1;
                        let is_compile = matches!(b, Blessed::CompileError { .. });
                        compile += usize::from(is_compile);
                        updated += usize::from(changed);
                        let kind = if is_compile { " (compile error)" } else { "" };
                        (changed || args.verbose).then(|| format!("{} {}{kind}\n", if changed { "updated  " } else { "unchanged" }, c.name))
                    }
                    Blessed::Problem(p) => {
                        problems += 1;
                        Some(format!("PROBLEM {}: {p}\n", c.name))
                    }
                };
                if let Some(line) = line {
                    let _ = out.write_all(line.as_bytes());
                    let _ = out.flush();
                }
            },
        );
        let _ = writeln!(out, "blessed {ok} cases ({compile} compile-error, {updated} updated), {problems} problems");
        return Ok(i32::from(problems > 0));
    }
    let cfg = Config { runner, timeout, strict_frames: !args.lenient_frames };
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let start = std::time::Instant::now();
    let mut report: Vec<(String, CaseResult, Duration)> = Vec::new();
    par_map(
        &cases,
        jobs,
        |c| {
            let t = std::time::Instant::now();
            let r = check(c, &cfg);
            (r, t.elapsed())
        },
        |c, (r, took)| {
            if args.json {
                match r.status {
                    Status::Pass => passed += 1,
                    Status::Fail => failed += 1,
                    Status::NoExpectation => skipped += 1,
                }
                let _ = writeln!(out, "{}", json_case(&c.name, &r, took));
                let _ = out.flush();
                if args.junit.is_some() {
                    report.push((c.name.clone(), r, took));
                }
                return;
            }
            let text = match r.status {
                Status::Pass => {
                    passed += 1;
                    let frames = r.mismatches.iter().find(|m| m.part == Part::Frames);
                    match frames {
                        Some(m) if args.verbose => {
                            format!("ok   {} ({})\n{}", c.name, m.summary, indent(&m.detail))
                        }
                        _ if args.verbose => format!("ok   {}\n", c.name),
                        _ => String::new(),
                    }
                }
                Status::NoExpectation => {
                    skipped += 1;
                    format!("SKIP {}: {}\n", c.name, r.summary())
                }
                Status::Fail => {
                    failed += 1;
                    let mut s = format!("FAIL {}: {}\n", c.name, r.summary());
                    for m in &r.mismatches {
                        if !m.detail.is_empty() {
                            s.push_str(&indent(&m.detail));
                        }
                    }
                    s
                }
            };
            let _ = out.write_all(text.as_bytes());
            let _ = out.flush();
            if args.junit.is_some() {
                report.push((c.name.clone(), r, took));
            }
        },
    );
    let elapsed = start.elapsed();
    if let Some(path) = &args.junit {
        std::fs::write(path, junit_xml(&report, elapsed)).map_err(|e| format!("write {}: {e}", path.display()))?;
    }
    if args.json {
        let _ = writeln!(
            out,
            "{{\"type\":\"summary\",\"passed\":{passed},\"failed\":{failed},\"skipped\":{skipped},\"seconds\":{:.3}}}",
            elapsed.as_secs_f64()
        );
        return Ok(if passed + failed == 0 { 1 } else { i32::from(failed > 0) });
    }
    let mut summary = format!("{passed} passed, {failed} failed");
    if skipped > 0 {
        summary.push_str(&format!(", {skipped} skipped"));
    }
    let _ = writeln!(out, "{summary}");
    if passed + failed == 0 {
        // Nothing was checked: a suite that tests nothing must not pass.
        let _ = writeln!(out, "no case ran: every case lacks an expectation (bless them with --bless --oracle go)");
        return Ok(1);
    }
    Ok(i32::from(failed > 0))
}

/// `s` as a JSON string literal.
fn json_str(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if (c as u32) < 0x20 => q.push_str(&format!("\\u{:04x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

fn status_word(s: Status) -> &'static str {
    match s {
        Status::Pass => "pass",
        Status::Fail => "fail",
        Status::NoExpectation => "skip",
    }
}

/// One case as a JSON object (`--json`).
fn json_case(name: &str, r: &CaseResult, took: Duration) -> String {
    let parts: Vec<String> = r
        .mismatches
        .iter()
        .map(|m| {
            format!(
                "{{\"part\":{},\"summary\":{},\"detail\":{}}}",
                json_str(&format!("{:?}", m.part).to_lowercase()),
                json_str(&m.summary),
                json_str(&m.detail)
            )
        })
        .collect();
    format!(
        "{{\"type\":\"case\",\"case\":{},\"status\":\"{}\",\"summary\":{},\"seconds\":{:.3},\"mismatches\":[{}]}}",
        json_str(name),
        status_word(r.status),
        json_str(&r.summary()),
        took.as_secs_f64(),
        parts.join(",")
    )
}

fn xml_escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            // XML 1.0 has no other control characters.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => o.push_str(&format!("\\x{:02x}", c as u32)),
            c => o.push(c),
        }
    }
    o
}

/// The JUnit XML report of `--junit`: one testsuite, a testcase per case
/// (classname: its folder, name: its file), `failure` with the summary and
/// the diffs, `skipped` for cases without expectations.
pub fn junit_xml(cases: &[(String, CaseResult, Duration)], elapsed: Duration) -> String {
    let count = |s: Status| cases.iter().filter(|c| c.1.status == s).count();
    let (failures, skipped) = (count(Status::Fail), count(Status::NoExpectation));
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str(&format!(
        "<testsuites tests=\"{}\" failures=\"{failures}\" skipped=\"{skipped}\" time=\"{:.3}\">\n",
        cases.len(),
        elapsed.as_secs_f64()
    ));
    x.push_str(&format!(
        "  <testsuite name=\"gostack\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\" time=\"{:.3}\">\n",
        cases.len(),
        elapsed.as_secs_f64()
    ));
    for (name, r, took) in cases {
        let (dir, file) = name.rsplit_once('/').unwrap_or(("", name));
        let open = format!(
            "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" time=\"{:.3}\"",
            xml_escape(&dir.replace('/', ".")),
            xml_escape(file),
            xml_escape(name),
            took.as_secs_f64()
        );
        match r.status {
            Status::Pass => x.push_str(&format!("{open}/>\n")),
            Status::Fail => x.push_str(&format!(
                "{open}>\n      <failure message=\"{}\">{}</failure>\n    </testcase>\n",
                xml_escape(&r.summary()),
                xml_escape(&r.report())
            )),
            Status::NoExpectation => {
                x.push_str(&format!("{open}>\n      <skipped message=\"{}\"/>\n    </testcase>\n", xml_escape(&r.summary())))
            }
        }
    }
    x.push_str("  </testsuite>\n</testsuites>\n");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_split_every_case_once() {
        let names: Vec<String> = (0..200).map(|i| format!("testdata/run/case{i}.go")).collect();
        for n in 1..5 {
            for name in &names {
                assert_eq!((1..=n).filter(|&k| in_shard(name, (k, n))).count(), 1);
            }
        }
        let in_first = names.iter().filter(|c| in_shard(c, (1, 4))).count();
        assert!((30..70).contains(&in_first), "{in_first}");
        assert_eq!(parse_shard("2/4"), Ok((2, 4)));
        assert!(parse_shard("0/4").is_err() && parse_shard("5/4").is_err() && parse_shard("x").is_err());
    }

    #[test]
    fn json_and_junit_escape() {
        assert_eq!(json_str("a\"b\\\n\u{1}"), "\"a\\\"b\\\\\\n\\u0001\"");
        let fail = CaseResult {
            status: Status::Fail,
            mismatches: vec![Mismatch { part: Part::Exit, summary: "exit: want 2 got <1>".into(), detail: String::new() }],
        };
        let x = junit_xml(&[("testdata/run/a.go".into(), fail, Duration::from_millis(5))], Duration::from_millis(7));
        assert!(x.contains("<testcase classname=\"testdata.run\" name=\"a.go\" file=\"testdata/run/a.go\" time=\"0.005\">"), "{x}");
        assert!(x.contains("<failure message=\"exit: want 2 got &lt;1&gt;\">"), "{x}");
    }

    #[test]
    fn par_map_keeps_order() {
        let items: Vec<u32> = (0..50).collect();
        let mut seen = Vec::new();
        par_map(&items, 4, |x| x * 2, |x, r| seen.push((*x, r)));
        assert_eq!(seen, items.iter().map(|x| (*x, x * 2)).collect::<Vec<_>>());
        par_map(&[] as &[u32], 4, |x| *x, |_, _| panic!("no items"));
    }

    #[test]
    fn report_lists_summary_then_diffs() {
        let r = CaseResult {
            status: Status::Fail,
            mismatches: vec![
                Mismatch { part: Part::Exit, summary: "exit: want 2 got 1".into(), detail: String::new() },
                Mismatch { part: Part::Stdout, summary: "stdout: x".into(), detail: "--- a\n+++ b\n".into() },
            ],
        };
        assert_eq!(r.report(), "exit: want 2 got 1\nstdout: x\n--- a\n+++ b");
        assert_eq!(r.summary(), "exit: want 2 got 1; stdout: x");
    }
}
