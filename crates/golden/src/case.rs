//! Cases, their expectation files, and comparison.

use std::path::{Path, PathBuf};

use crate::exec::Actual;
use crate::normalize::{first_compile_error, split_lines, stderr_head, traceback_frames, traceback_lines, trim_trailing_blank};

/// Suffixes of the expectation files next to `X.go`.
pub const SUFFIXES: [&str; 6] = [".stdout", ".exit", ".stderr_head", ".frames", ".lines", ".compile_error"];

/// One `X.go` file, or one folder `X` holding a `go.mod`: a program of
/// several files or packages, run as `go run .` runs it in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// Display name: the path as given on the command line joined with the
    /// file's path below it (`testdata/run/hello.go`).
    pub name: String,
    /// Path of `X.go`.
    pub path: PathBuf,
}

impl Case {
    pub fn new(path: impl Into<PathBuf>) -> Case {
        let path = path.into();
        Case { name: path.display().to_string(), path }
    }

    /// Path of the expectation file with `suffix` (e.g. `.stdout`).
    pub fn exp_path(&self, suffix: &str) -> PathBuf {
        beside(&self.path, suffix)
    }

    /// Whether the case is a folder (a module) rather than one file.
    pub fn is_folder(&self) -> bool {
        self.path.is_dir()
    }

    /// What the case's traceback lines refer to: the file `X.go`, or for
    /// a folder case `X/` (any file in it, see `normalize::traceback_lines`).
    pub fn lines_file(&self) -> String {
        let name = self.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        if self.is_folder() {
            format!("{name}/")
        } else {
            name
        }
    }
}

/// The file with `suffix` (`.stdout`, `.stdin`, ...) beside case
/// `case_path`: `X.go` → `X.stdout`, folder `X` → `X.stdout`.
pub fn beside(case_path: &Path, suffix: &str) -> PathBuf {
    let suffix = suffix.trim_start_matches('.');
    if case_path.extension().is_some_and(|e| e == "go") {
        case_path.with_extension(suffix)
    } else {
        let mut s = case_path.as_os_str().to_os_string();
        s.push(".");
        s.push(suffix);
        PathBuf::from(s)
    }
}

/// Whether folder `dir` is one golden case: it holds a `go.mod` (and no
/// `_test.go` files, which would make it a Go test package).
pub fn is_folder_case(dir: &Path) -> bool {
    dir.join("go.mod").is_file() && !has_go_tests(dir)
}

/// Finds the cases under `paths`: each folder is searched recursively for
/// `*.go` files (sorted), and a `.go` file is one case, as is a folder
/// holding a `go.mod` (named, or met in the search). `filter` keeps only
/// cases whose name contains it.
pub fn discover(paths: &[PathBuf], filter: Option<&str>) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for p in paths {
        if p.is_file() {
            if p.extension().is_some_and(|e| e == "go") {
                cases.push(Case::new(p.clone()));
            } else {
                return Err(format!("{}: not a .go file", p.display()));
            }
        } else if p.is_dir() && is_folder_case(p) {
            cases.push(Case::new(p.clone()));
        } else if p.is_dir() {
            walk(p, &mut cases).map_err(|e| format!("{}: {e}", p.display()))?;
        } else {
            return Err(format!("{}: no such file or folder", p.display()));
        }
    }
    if let Some(f) = filter {
        cases.retain(|c| c.name.contains(f));
    }
    Ok(cases)
}

/// Whether folder `dir` holds `_test.go` files.
pub fn has_go_tests(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|rd| {
        rd.filter_map(|e| e.ok()).any(|e| e.file_name().to_str().is_some_and(|n| n.ends_with("_test.go") && !n.starts_with(['_', '.'])))
    })
}

fn walk(dir: &Path, out: &mut Vec<Case>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    let (mut files, mut dirs) = (Vec::new(), Vec::new());
    for e in entries {
        let path = e.path();
        let ft = e.file_type()?;
        if ft.is_dir() || (ft.is_symlink() && path.is_dir()) {
            // A folder with `_test.go` files is a Go test package (run by
            // `gostack test FOLDER`), never a folder of golden cases; one
            // with a go.mod is a case of its own.
            if is_folder_case(&path) {
                files.push(path);
            } else if !has_go_tests(&path) {
                dirs.push(path);
            }
        } else if path.extension().is_some_and(|x| x == "go") {
            files.push(path);
        }
    }
    out.extend(files.into_iter().map(Case::new));
    for d in dirs {
        walk(&d, out)?;
    }
    Ok(())
}

/// The expectation of a case, read from its files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub exit: i32,
    /// `None` for compile-error cases.
    pub head: Option<Vec<String>>,
    /// Empty means "not compared".
    pub frames: Vec<String>,
    /// Lines of those frames in the program's own file (`-` elsewhere),
    /// see `normalize::traceback_lines`. Empty means "not compared".
    pub lines: Vec<String>,
    /// The program's file name (`X.go`), which `lines` refer to.
    pub file: String,
    /// `LINE:COL: message` for compile-error cases.
    pub compile_error: Option<String>,
}

fn read_opt(path: &Path) -> Result<Option<Vec<u8>>, String> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Reads the expectation files of `case`. `Ok(None)` when there is no
/// `X.exit` (the case has no expectation yet).
pub fn load_expected(case: &Case) -> Result<Option<Expected>, String> {
    let Some(exit) = read_opt(&case.exp_path(".exit"))? else {
        return Ok(None);
    };
    let exit_text = lossy(&exit);
    let exit: i32 =
        exit_text.trim().parse().map_err(|_| format!("{}: not an integer: {:?}", case.exp_path(".exit").display(), exit_text.trim()))?;
    let stdout = read_opt(&case.exp_path(".stdout"))?.unwrap_or_default();
    if let Some(ce) = read_opt(&case.exp_path(".compile_error"))? {
        let ce = lossy(&ce).trim_matches('\n').to_owned();
        return Ok(Some(Expected {
            stdout,
            exit,
            head: None,
            frames: Vec::new(),
            lines: Vec::new(),
            file: String::new(),
            compile_error: Some(ce),
        }));
    }
    let list = |suffix: &str| -> Result<Vec<String>, String> {
        Ok(read_opt(&case.exp_path(suffix))?
            .map(|b| split_lines(&lossy(&b)).into_iter().filter(|l| !l.is_empty()).collect())
            .unwrap_or_default())
    };
    let frames = list(".frames")?;
    let lines = list(".lines")?;
    let file = case.lines_file();
    let mut head = read_opt(&case.exp_path(".stderr_head"))?.map(|b| split_lines(&lossy(&b))).unwrap_or_default();
    trim_trailing_blank(&mut head);
    Ok(Some(Expected { stdout, exit, head: Some(head), frames, lines, file, compile_error: None }))
}

/// Which part of the output differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The program could not be run, or timed out.
    Run,
    Exit,
    Stdout,
    StderrHead,
    Frames,
    CompileError,
}

/// One difference between expected and actual output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub part: Part,
    /// One line, e.g. `exit: want 2 got 0`.
    pub summary: String,
    /// A unified diff or other detail (may be empty).
    pub detail: String,
}

fn short(s: &str, n: usize) -> String {
    let r = format!("{s:?}");
    if r.chars().count() <= n {
        r
    } else {
        let cut: String = r.chars().take(n - 3).collect();
        format!("{cut}...")
    }
}

fn first_diff(want: &[String], got: &[String]) -> String {
    for i in 0..want.len().max(got.len()) {
        let (w, g) = (want.get(i), got.get(i));
        if w != g {
            let show = |x: Option<&String>| x.map(|s| short(s, 70)).unwrap_or_else(|| "<end>".into());
            return format!("line {}: want {} got {}", i + 1, show(w), show(g));
        }
    }
    "differs".into()
}

/// A unified diff of two texts, labelled `LABEL (expected)` / `LABEL (actual)`.
pub fn unified(label: &str, want: &str, got: &str) -> String {
    unified_as(label, want, got, "(actual)")
}

/// [`unified`] with the actual side called `LABEL WHO` (`stdout go1.27.3`).
pub fn unified_as(label: &str, want: &str, got: &str, who: &str) -> String {
    similar::TextDiff::from_lines(want, got)
        .unified_diff()
        .context_radius(3)
        .header(&format!("{label} (expected)"), &format!("{label} {who}"))
        .to_string()
}

fn joined(lines: &[String]) -> String {
    crate::normalize::lines_text(lines)
}

/// Compares a run with the expectation. Frame differences are reported as
/// a [`Part::Frames`] mismatch; the caller decides whether they fail.
pub fn compare(exp: &Expected, act: &Actual) -> Vec<Mismatch> {
    compare_as(exp, act, "(actual)")
}

/// [`compare`], naming the run's side `who` in diffs (`go1.27.3` when real
/// Go is checked against the expectation files).
pub fn compare_as(exp: &Expected, act: &Actual, who: &str) -> Vec<Mismatch> {
    let unified = |label: &str, want: &str, got: &str| unified_as(label, want, got, who);
    let mut out = Vec::new();
    if let Some(e) = &act.error {
        out.push(Mismatch { part: Part::Run, summary: e.clone(), detail: String::new() });
        return out;
    }
    if act.timed_out {
        let detail = format!("stderr so far:\n{}", act.stderr.trim_end());
        out.push(Mismatch { part: Part::Run, summary: "timeout".into(), detail });
    } else if act.exit != Some(exp.exit) {
        let got = act.exit.map(|c| c.to_string()).unwrap_or_else(|| "none".into());
        // The exit code alone rarely explains a failure: show stderr when no
        // other part will.
        let detail = if exp.head.as_ref().is_some_and(|h| *h == stderr_head(&act.stderr)) {
            format!("stderr {who}:\n{}", act.stderr.trim_end())
        } else {
            String::new()
        };
        out.push(Mismatch { part: Part::Exit, summary: format!("exit: want {} got {got}", exp.exit), detail });
    }
    if act.stdout != exp.stdout {
        let (w, g) = (lossy(&exp.stdout), lossy(&act.stdout));
        let (wl, gl) = (split_lines(&w), split_lines(&g));
        let summary = if wl == gl { "stdout: differs in trailing newline".to_owned() } else { format!("stdout: {}", first_diff(&wl, &gl)) };
        out.push(Mismatch { part: Part::Stdout, summary, detail: unified("stdout", &w, &g) });
    }
    if let Some(want) = &exp.compile_error {
        let got = first_compile_error(&act.stderr);
        if got.as_deref() != Some(want.as_str()) {
            // Whole messages: the difference is often at their end.
            let g = got.as_deref().map(|g| format!("{g:?}")).unwrap_or_else(|| "<none>".into());
            out.push(Mismatch {
                part: Part::CompileError,
                summary: format!("compile error: want {want:?} got {g}"),
                detail: format!(
                    "{}stderr {who}:\n{}",
                    got.as_deref().map(|g| unified("compile_error", &format!("{want}\n"), &format!("{g}\n"))).unwrap_or_default(),
                    act.stderr.trim_end()
                ),
            });
        }
    } else {
        let want = exp.head.as_deref().unwrap_or(&[]);
        let head = stderr_head(&act.stderr);
        if head != want {
            out.push(Mismatch {
                part: Part::StderrHead,
                summary: format!("stderr_head: {}", first_diff(want, &head)),
                detail: unified("stderr_head", &joined(want), &joined(&head)),
            });
        }
        if !exp.frames.is_empty() {
            let got = traceback_frames(&act.stderr);
            if got != exp.frames {
                out.push(Mismatch {
                    part: Part::Frames,
                    summary: format!("frames: {}", first_diff(&exp.frames, &got)),
                    detail: unified("frames", &joined(&exp.frames), &joined(&got)),
                });
            }
        }
        if !exp.lines.is_empty() {
            let got = traceback_lines(&act.stderr, &exp.file);
            if got != exp.lines {
                out.push(Mismatch {
                    part: Part::Frames,
                    summary: format!("lines: {}", first_diff(&exp.lines, &got)),
                    detail: unified("lines", &joined(&exp.lines), &joined(&got)),
                });
            }
        }
    }
    out
}

/// Every golden program under `dir` (recursively, in path order): the
/// `X.go` files that have an `X.exit` expectation. The differential tests
/// (stack models, fast paths, determinism, going back, the debug-info
/// checker, recording) run each of them.
pub fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().and_then(|e| e.to_str()) == Some("go") && p.with_extension("exit").exists() {
            out.push(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exp_run(stdout: &str, exit: i32, head: &[&str], frames: &[&str]) -> Expected {
        Expected {
            stdout: stdout.as_bytes().to_vec(),
            exit,
            head: Some(head.iter().map(|s| s.to_string()).collect()),
            frames: frames.iter().map(|s| s.to_string()).collect(),
            lines: vec![],
            file: "x.go".into(),
            compile_error: None,
        }
    }

    fn act(stdout: &str, stderr: &str, exit: i32) -> Actual {
        Actual { stdout: stdout.into(), stderr: stderr.into(), exit: Some(exit), ..Actual::default() }
    }

    #[test]
    fn exp_path_replaces_go_suffix() {
        let c = Case::new("testdata/run/a.b.go");
        assert_eq!(c.exp_path(".stdout"), PathBuf::from("testdata/run/a.b.stdout"));
    }

    #[test]
    fn matching_panic_passes() {
        let e = exp_run("x\n", 2, &["panic: boom"], &["main.main"]);
        let a = act("x\n", "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/x.go:3 +0x1\n\nexit status 2\n", 2);
        assert_eq!(compare(&e, &a), vec![]);
    }

    #[test]
    fn mismatches_are_reported_per_part() {
        let e = exp_run("a\nb\n", 2, &["panic: boom"], &["main.f", "main.main"]);
        let a = act("a\nc\n", "panic: bam\n\ngoroutine 1 [running]:\nmain.main()\n", 0);
        let parts: Vec<Part> = compare(&e, &a).iter().map(|m| m.part).collect();
        assert_eq!(parts, vec![Part::Exit, Part::Stdout, Part::StderrHead, Part::Frames]);
        let m = compare(&e, &a);
        assert_eq!(m[1].summary, "stdout: line 2: want \"b\" got \"c\"");
        assert!(m[1].detail.contains("-b\n+c\n"), "{}", m[1].detail);
    }

    #[test]
    fn frame_lines_are_compared_when_recorded() {
        let mut e = exp_run("", 2, &["panic: boom"], &["main.f", "main.main"]);
        e.lines = vec!["4".into(), "9".into()];
        let stderr =
            |l: u32| format!("panic: boom\n\ngoroutine 1 [running]:\nmain.f(...)\n\t/t/x.go:{l}\nmain.main()\n\t/t/x.go:9 +0x1d\n");
        assert_eq!(compare(&e, &act("", &stderr(4), 2)), vec![]);
        let m = compare(&e, &act("", &stderr(5), 2));
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].summary, "lines: line 1: want \"4\" got \"5\"");
    }

    #[test]
    fn compile_error_messages_are_shown_whole() {
        let long = "undefined: aVeryLongIdentifierNameThatGoesOnAndOnAndOnPastEightyCharactersOfMessageText_end1";
        let e = Expected {
            stdout: vec![],
            exit: 1,
            head: None,
            frames: vec![],
            lines: vec![],
            file: String::new(),
            compile_error: Some(format!("4:2: {long}")),
        };
        let got = long.replace("end1", "end2");
        let m = compare_as(&e, &act("", &format!("./x.go:4:2: {got}\n"), 1), "go1.27.3");
        assert_eq!(m.len(), 1);
        assert!(
            m[0].summary.ends_with(
                "end1\" got \"4:2: undefined: aVeryLongIdentifierNameThatGoesOnAndOnAndOnPastEightyCharactersOfMessageText_end2\""
            ),
            "{}",
            m[0].summary
        );
        assert!(m[0].detail.contains("+++ compile_error go1.27.3"), "{}", m[0].detail);
    }

    #[test]
    fn the_actual_side_is_named() {
        let e = exp_run("a\n", 0, &[], &[]);
        let m = compare_as(&e, &act("b\n", "", 0), "go1.27.3");
        assert!(m[0].detail.contains("--- stdout (expected)\n+++ stdout go1.27.3\n"), "{}", m[0].detail);
    }

    #[test]
    fn trailing_newline_difference_is_named() {
        let e = exp_run("a\n", 0, &[], &[]);
        let m = compare(&e, &act("a", "", 0));
        assert_eq!(m[0].summary, "stdout: differs in trailing newline");
    }

    #[test]
    fn compile_error_compares_position_and_message_only() {
        let e = Expected {
            stdout: vec![],
            exit: 1,
            head: None,
            frames: vec![],
            lines: vec![],
            file: String::new(),
            compile_error: Some("4:2: declared and not used: x".into()),
        };
        assert_eq!(compare(&e, &act("", "prog.go:4:2: declared and not used: x\n\tmore\n", 1)), vec![]);
        let m = compare(&e, &act("", "gostack: x.go:4:3: declared and not used: x\n", 1));
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].part, Part::CompileError);
    }
}
