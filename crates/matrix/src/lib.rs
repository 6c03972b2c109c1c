//! Differential panic matrix: generate random defer/panic/recover/Goexit
//! programs from seeds ([`gen`]), run each under gostack and under real Go,
//! compare stdout, exit code and the stderr head (normalised exactly like the
//! conformance runner), and reduce each disagreement to a small reproducer
//! ([`reduce`]).

pub mod gen;
pub mod inproc;
pub mod reduce;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use golden::exec::{execute, GO_BUILD_ENV};
use golden::normalize::{stderr_head, traceback_frames, traceback_lines};

pub use gen::{generate, generate_with, Params};

/// What one run produced, normalised for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    /// `None` after a timeout or when the program could not be started.
    pub exit: Option<i32>,
    pub head: Vec<String>,
    /// Full stderr (compared through its traceback's frames and lines).
    pub stderr: String,
    pub timed_out: bool,
}

/// A part in which gostack and Go differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    Stdout,
    Exit,
    StderrHead,
    /// The function names of the first goroutine block.
    Frames,
    /// Their lines in the program (`golden::normalize::traceback_lines`).
    Lines,
}

impl Part {
    pub fn name(self) -> &'static str {
        match self {
            Part::Stdout => "stdout",
            Part::Exit => "exit",
            Part::StderrHead => "stderr_head",
            Part::Frames => "frames",
            Part::Lines => "lines",
        }
    }
}

/// The parts that differ (empty when the runs agree).
pub fn diff(want: &Outcome, got: &Outcome) -> Vec<Part> {
    let mut v = Vec::new();
    if want.stdout != got.stdout {
        v.push(Part::Stdout);
    }
    if want.exit != got.exit || want.timed_out != got.timed_out {
        v.push(Part::Exit);
    }
    if want.head != got.head {
        v.push(Part::StderrHead);
    }
    let (wf, gf) = (traceback_frames(&want.stderr), traceback_frames(&got.stderr));
    if wf != gf {
        v.push(Part::Frames);
    } else if traceback_lines(&want.stderr, PROG) != traceback_lines(&got.stderr, PROG) {
        v.push(Part::Lines);
    }
    v
}

/// The program's file name in both runs.
const PROG: &str = "prog.go";

/// The first differing line of two texts, for one-line reports.
pub fn first_diff_line(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    for i in 0..w.len().max(g.len()) {
        let (a, b) = (w.get(i), g.get(i));
        if a != b {
            let show = |x: Option<&&str>| x.map(|s| format!("{s:?}")).unwrap_or_else(|| "<end>".into());
            return format!("line {}: want {} got {}", i + 1, show(a), show(b));
        }
    }
    "same lines (trailing newline differs)".into()
}

/// A batch run's traceback as the program's own run prints it: `Main`
/// (the renamed `main`) is `main` again, and the driver's `main.main()`
/// frame (in the batch's `main.go`) goes.
fn unbatch_traceback(stderr: &str) -> String {
    let s = stderr.replace("main.Main", "main.main");
    let lines: Vec<&str> = s.split_inclusive('\n').collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < lines.len() {
        let driver = lines[i].starts_with("main.main(") && lines.get(i + 1).is_some_and(|l| l.starts_with('\t') && l.contains("/main.go:"));
        if driver {
            i += 2;
            continue;
        }
        out.push_str(lines[i]);
        i += 1;
    }
    out
}

/// A one-line description of a disagreement.
pub fn describe(want: &Outcome, got: &Outcome) -> String {
    let mut parts = Vec::new();
    for p in diff(want, got) {
        parts.push(match p {
            Part::Stdout => {
                format!("stdout {}", first_diff_line(&String::from_utf8_lossy(&want.stdout), &String::from_utf8_lossy(&got.stdout)))
            }
            Part::Exit => format!(
                "exit want {:?}{} got {:?}{}",
                want.exit,
                if want.timed_out { " (timeout)" } else { "" },
                got.exit,
                if got.timed_out { " (timeout)" } else { "" }
            ),
            Part::StderrHead => format!("stderr_head {}", first_diff_line(&want.head.join("\n"), &got.head.join("\n"))),
            Part::Frames => {
                format!("frames {}", first_diff_line(&traceback_frames(&want.stderr).join("\n"), &traceback_frames(&got.stderr).join("\n")))
            }
            Part::Lines => format!(
                "lines {}",
                first_diff_line(&traceback_lines(&want.stderr, PROG).join("\n"), &traceback_lines(&got.stderr, PROG).join("\n"))
            ),
        });
    }
    parts.join("; ")
}

fn outcome(a: golden::Actual) -> Result<Outcome, String> {
    if let Some(e) = a.error {
        return Err(e);
    }
    Ok(Outcome { head: stderr_head(&a.stderr), stdout: a.stdout, exit: a.exit, stderr: a.stderr, timed_out: a.timed_out })
}

/// Runs programs in one scratch folder (one per worker).
pub struct Runner {
    pub bin: PathBuf,
    pub go: Option<PathBuf>,
    pub dir: PathBuf,
    pub timeout: Duration,
    /// Real Go's outcome per program text (reduction asks for the same
    /// program more than once).
    go_cache: HashMap<String, Result<Outcome, String>>,
}

/// Real Go could not build the program: a generator (or reducer) problem,
/// not a disagreement.
pub const BUILD_FAILED: &str = "go build failed";

impl Runner {
    pub fn new(bin: PathBuf, go: Option<PathBuf>, dir: PathBuf, timeout: Duration) -> std::io::Result<Runner> {
        std::fs::create_dir_all(&dir)?;
        Ok(Runner { bin, go, dir, timeout, go_cache: HashMap::new() })
    }

    fn write(&self, src: &str) -> Result<PathBuf, String> {
        let p = self.dir.join("prog.go");
        std::fs::write(&p, src).map_err(|e| format!("{}: {e}", p.display()))?;
        Ok(p)
    }

    /// `gostack run prog.go`.
    pub fn gostack(&self, src: &str) -> Result<Outcome, String> {
        self.write(src)?;
        outcome(execute(&self.bin, &["run".into(), "prog.go".into()], &self.dir, self.timeout, &[]))
    }

    /// `go build` then run; `Err` starting with [`BUILD_FAILED`] if it does not build.
    pub fn go(&mut self, src: &str) -> Result<Outcome, String> {
        if let Some(r) = self.go_cache.get(src) {
            return r.clone();
        }
        let r = self.go_uncached(src);
        if self.go_cache.len() > 4096 {
            self.go_cache.clear();
        }
        self.go_cache.insert(src.to_owned(), r.clone());
        r
    }

    fn go_uncached(&self, src: &str) -> Result<Outcome, String> {
        let go = self.go.as_ref().ok_or("no Go toolchain")?;
        self.write(src)?;
        let bin = self.dir.join("prog");
        let _ = std::fs::remove_file(&bin);
        let b = execute(
            go,
            &["build".into(), "-o".into(), "prog".into(), "prog.go".into()],
            &self.dir,
            Duration::from_secs(120),
            &GO_BUILD_ENV,
        );
        if let Some(e) = b.error {
            return Err(e);
        }
        if b.exit != Some(0) {
            return Err(format!("{BUILD_FAILED}: {}", b.stderr.trim_end()));
        }
        outcome(execute(&bin, &[], &self.dir, self.timeout, &[]))
    }

    /// Real Go's outcomes for many programs from one `go build`: each
    /// program becomes package `pI` (its `main` renamed `Main`) of one
    /// module whose `main` runs `pI.Main()` for argument `I`; `pI.` in the
    /// output is turned back into `main.`. A screen only: confirm any
    /// disagreement with [`Runner::go`]. `Err` if the batch does not build.
    pub fn go_batch(&self, srcs: &[String]) -> Result<Vec<Result<Outcome, String>>, String> {
        let go = self.go.as_ref().ok_or("no Go toolchain")?;
        let dir = self.dir.join("batch");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let w = |p: PathBuf, text: &str| std::fs::write(&p, text).map_err(|e| format!("{}: {e}", p.display()));
        w(dir.join("go.mod"), "module mx\n\ngo 1.27\n")?;
        let mut main = String::from("package main\n\nimport (\n\t\"os\"\n");
        let mut cases = String::new();
        for (i, src) in srcs.iter().enumerate() {
            let pkg = format!("p{i}");
            std::fs::create_dir_all(dir.join(&pkg)).map_err(|e| e.to_string())?;
            let text = src.replacen("package main\n", &format!("package {pkg}\n"), 1).replacen("\nfunc main() {\n", "\nfunc Main() {\n", 1);
            w(dir.join(&pkg).join("prog.go"), &text)?;
            main.push_str(&format!("\t\"mx/{pkg}\"\n"));
            cases.push_str(&format!("\tcase \"{i}\":\n\t\t{pkg}.Main()\n"));
        }
        main.push_str(")\n\nfunc main() {\n\tswitch os.Args[1] {\n");
        main.push_str(&cases);
        main.push_str("\t}\n}\n");
        w(dir.join("main.go"), &main)?;
        let b = execute(go, &["build".into(), "-o".into(), "prog".into(), ".".into()], &dir, Duration::from_secs(600), &GO_BUILD_ENV);
        if let Some(e) = b.error {
            return Err(e);
        }
        if b.exit != Some(0) {
            return Err(format!("{BUILD_FAILED}: {}", b.stderr.trim_end()));
        }
        let bin = dir.join("prog");
        let mut out = Vec::new();
        for i in 0..srcs.len() {
            let a = execute(&bin, &[i.to_string().into()], &self.dir, self.timeout, &[]);
            let pfx = format!("p{i}.");
            let a = golden::Actual {
                stdout: String::from_utf8_lossy(&a.stdout).replace(&pfx, "main.").into_bytes(),
                stderr: unbatch_traceback(&a.stderr.replace(&pfx, "main.")),
                ..a
            };
            out.push(outcome(a));
        }
        let _ = std::fs::remove_dir_all(&dir);
        Ok(out)
    }

    /// Runs `src` both ways: `Ok((go, gostack))`, or `Err` when Go cannot
    /// build it or a run could not start.
    pub fn both(&mut self, src: &str) -> Result<(Outcome, Outcome), String> {
        let want = self.go(src)?;
        let got = self.gostack(src)?;
        Ok((want, got))
    }

    /// Reduces a disagreeing program: deletes statements while the same
    /// parts still differ (and Go still builds it).
    pub fn reduce(&mut self, src: &str) -> String {
        let Ok((w, g)) = self.both(src) else {
            return src.to_owned();
        };
        let parts = diff(&w, &g);
        if parts.is_empty() {
            return src.to_owned();
        }
        let (comment, body) = split_header(src);
        let gostack_compiles = !is_compile_failure(&g);
        let body = reduce::reduce(&body, |cand| {
            let prog = gen::assemble(&comment, cand);
            // Cheap filter first: gostack must still compile it if it did.
            let Ok(g2) = self.gostack(&prog) else { return false };
            if gostack_compiles && is_compile_failure(&g2) {
                return false;
            }
            match self.go(&prog) {
                // An address in Go's output (a value without Error/String
                // method) makes the case unusable as a golden test.
                Ok(w2) => diff(&w2, &g2) == parts && !has_address(&w2) && !has_address(&g2),
                Err(_) => false,
            }
        });
        gen::assemble(&comment, &body)
    }
}

/// Output that contains an address-like value (`0x` and 6+ hex digits).
pub fn has_address(o: &Outcome) -> bool {
    golden::normalize::find_address(&String::from_utf8_lossy(&o.stdout)).is_some()
        || golden::normalize::find_address(&o.head.join("\n")).is_some()
}

/// gostack rejected the program at compile time (exit 1, positioned error).
pub fn is_compile_failure(o: &Outcome) -> bool {
    o.exit == Some(1) && o.stdout.is_empty() && golden::normalize::first_compile_error(&o.stderr).is_some()
}

/// Splits a generated program into its `// ...` header comment (without the
/// slashes) and the body after the import block.
pub fn split_header(src: &str) -> (String, String) {
    let comment = src.lines().next().and_then(|l| l.strip_prefix("// ")).unwrap_or("").to_owned();
    let body = match src.find("\n)\n") {
        Some(i) => src[i + 3..].trim_start_matches('\n').to_owned(),
        None => src.to_owned(),
    };
    (comment, body)
}

/// Parses `A..B` (exclusive end) or `A..=B` or a single number.
pub fn parse_range(s: &str) -> Result<std::ops::Range<u64>, String> {
    let bad = || format!("bad seed range {s:?} (want A..B, A..=B or N)");
    if let Some((a, b)) = s.split_once("..=") {
        let (a, b): (u64, u64) = (a.parse().map_err(|_| bad())?, b.parse().map_err(|_| bad())?);
        return Ok(a..b + 1);
    }
    if let Some((a, b)) = s.split_once("..") {
        return Ok(a.parse().map_err(|_| bad())?..b.parse().map_err(|_| bad())?);
    }
    let a: u64 = s.parse().map_err(|_| bad())?;
    Ok(a..a + 1)
}

/// A scratch folder unique to this process and `label`.
pub fn scratch(label: &str) -> PathBuf {
    std::env::temp_dir().join(format!("gostack-matrix-{}-{label}", std::process::id()))
}

/// Makes `p` absolute (cases run in their own folders).
pub fn absolute(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}
