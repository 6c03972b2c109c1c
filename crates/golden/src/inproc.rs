//! Golden cases run inside the `gostack test` process: what `gostack run
//! X.go` does in the case's folder (load, compile, run), on a thread of
//! its own, with the output captured. Starting a process per case costs
//! more than a small case's whole run; `gostack test` runs its cases here
//! in parallel threads (docs/testing.md "Speed").

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::{Actual, Inputs};

thread_local! {
    /// Set on a thread that runs a case: the panic hook then reports a
    /// gostack bug on the case's stderr instead of ending the process.
    static IN_CASE: Cell<bool> = const { Cell::new(false) };
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Whether the current thread runs a case (for the panic hook).
pub fn in_case() -> bool {
    IN_CASE.with(|c| c.get())
}

/// Records a Rust panic's report for the case running on this thread.
pub fn record_panic(report: String) {
    PANIC.with(|p| *p.borrow_mut() = Some(report));
}

/// Output kept per stream (stdout and stderr together); past it the
/// program ends as `gostack run --max-output` ends it.
const MAX_CAPTURE: u64 = 64 << 20;

/// Runs golden case `case` as `gostack run X.go` would in its folder, or
/// `None` when that needs a process of its own (no thread could be made).
pub fn run_case(case: &Path, inputs: &Inputs, timeout: Duration) -> Option<Actual> {
    let (case, inputs) = (case.to_path_buf(), inputs.clone());
    // The compiler recurses over the program: a large (lazily committed)
    // stack, as the binary's main thread has.
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(move || {
        IN_CASE.with(|c| c.set(true));
        let r = std::panic::catch_unwind(|| run_here(&case, &inputs, timeout));
        r.unwrap_or_else(|_| {
            let report = PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
            Actual { stderr: report, exit: Some(2), ..Actual::default() }
        })
    });
    match worker {
        Ok(h) => h.join().ok(),
        Err(_) => None,
    }
}

fn run_here(case: &Path, inputs: &Inputs, timeout: Duration) -> Actual {
    use gostack::load;
    let name = case.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let abs = load::absolute(case);
    let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let refuse = |msg: String| Actual { stderr: msg, exit: Some(1), ..Actual::default() };
    if abs.is_dir() {
        // A folder case: `gostack run .` in the folder.
        let mut pkg = match load::load_dir(&abs.display().to_string()) {
            Ok(p) => p,
            Err(e) => return refuse(format!("{}\n", e.0)),
        };
        for f in pkg.files.iter_mut().chain(pkg.locals.iter_mut().flat_map(|l| l.files.iter_mut())) {
            f.display = load::display_path_from(&abs, Path::new(&f.path));
        }
        let prog = match gostack::Program::compile_module(&pkg.files, &pkg.import_path, &pkg.locals) {
            Ok(p) => p,
            Err(d) => return refuse(d.to_string()),
        };
        return run_program(&prog, pkg.arg0, abs, inputs, timeout);
    }
    let src = match std::fs::read(&abs) {
        Ok(b) => String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => return refuse(format!("stat {name}: {}\n", load::io_words(&e))),
    };
    // As `gostack run X.go` with the case's folder as the current one.
    let file = load::LoadedFile { display: format!("./{name}"), path: abs.display().to_string(), src };
    if load::package_clause(&file.src).is_some_and(|p| p != "main") {
        return refuse("package command-line-arguments is not a main package\n".into());
    }
    let locals = match load::find_module(&dir) {
        Some(m) => match load::module_packages(&m, &[&file], &[]) {
            Ok(l) => l,
            Err(e) => return refuse(format!("{}\n", e.0)),
        },
        None => Vec::new(),
    };
    let prog = match gostack::Program::compile_module(std::slice::from_ref(&file), "command-line-arguments", &locals) {
        Ok(p) => p,
        Err(d) => return refuse(d.to_string()),
    };
    run_program(&prog, name, dir, inputs, timeout)
}

/// Runs a compiled case in folder `dir` with the case's inputs.
fn run_program(prog: &gostack::Program, arg0: String, dir: PathBuf, inputs: &Inputs, timeout: Duration) -> Actual {
    let opts = gostack::RunOptions {
        arg0: Some(arg0),
        args: inputs.args.clone(),
        env: inputs.env.clone(),
        stdin: Some(inputs.stdin.as_deref().unwrap_or_default().into()),
        max_wall: Some(timeout),
        max_output: MAX_CAPTURE,
        cwd: Some(dir.display().to_string()),
        keep_files: false,
        ..Default::default()
    };
    let out = prog.run(&opts);
    if out.stopped_by == Some(gostack::Limit::Wall) {
        return Actual { timed_out: true, ..Actual::default() };
    }
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    Actual { stdout: out.stdout, stderr, exit: Some(out.exit_code), timed_out: false, error: None }
}
