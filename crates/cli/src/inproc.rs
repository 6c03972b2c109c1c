//! Golden cases run inside the `gostack test` process: what `gostack run
//! X.go` does in the case's folder (load, compile, run), on a thread of
//! its own, with the output captured. Starting a process per case costs
//! more than a small case's whole run; `gostack test` runs its cases here
//! in parallel threads (docs/testing.md "Speed").

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::time::Duration;

use golden::{Actual, Inputs};

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

/// Output kept per stream; past it the rest is dropped (the comparison
/// fails on it anyway).
const MAX_CAPTURE: usize = 64 << 20;

#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let mut v = self.0.borrow_mut();
        let room = MAX_CAPTURE.saturating_sub(v.len());
        v.extend_from_slice(&b[..room.min(b.len())]);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs golden case `case` as `gostack run X.go` would in its folder, or
/// `None` when that needs a process of its own (standard input).
pub fn run_case(case: &Path, inputs: &Inputs, timeout: Duration) -> Option<Actual> {
    if inputs.stdin.is_some() {
        return None;
    }
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
    let name = case.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let abs = crate::load::absolute(case);
    let dir = abs.parent().map(Path::to_path_buf).unwrap_or_default();
    let refuse = |msg: String| Actual { stderr: format!("{msg}\n"), exit: Some(1), ..Actual::default() };
    let src = match std::fs::read(&abs) {
        Ok(b) => String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => return refuse(format!("stat {name}: {}", crate::load::io_words(&e))),
    };
    if crate::load::package_clause(&src).is_some_and(|p| p != "main") {
        return refuse("package command-line-arguments is not a main package".into());
    }
    // As `gostack run X.go` with the case's folder as the current one.
    let file = crate::load::LoadedFile { display: format!("./{name}"), path: abs.display().to_string(), src };
    let locals = match crate::load::find_module(&dir) {
        Some(m) => match crate::load::module_packages(&m, &[&file], &[]) {
            Ok(l) => l,
            Err(e) => return refuse(e.0),
        },
        None => Vec::new(),
    };
    let sources = [compiler::Source { name: &file.display, path: &file.path, src: &file.src }];
    let clocals: Vec<compiler::LocalPackage> = locals
        .iter()
        .map(|l| compiler::LocalPackage {
            path: l.path.clone(),
            files: l.files.iter().map(|f| compiler::Source { name: &f.display, path: &f.path, src: &f.src }).collect(),
        })
        .collect();
    let prog = match compiler::compile_module(&sources, "command-line-arguments", &clocals, &compiler::Options::default()) {
        Ok(p) => p,
        Err(errs) => {
            let text: String = errs.iter().map(|e| format!("{}\n", e.rendered)).collect();
            return Actual { stderr: text, exit: Some(1), ..Actual::default() };
        }
    };
    let opts = runtime::Options {
        args: std::iter::once(name.clone()).chain(inputs.args.iter().cloned()).collect(),
        env: inputs.env.clone(),
        max_wall: Some(timeout),
        fs_cwd: Some(dir.display().to_string()),
        ..Default::default()
    };
    let (out, err) = (Capture::default(), Capture::default());
    let code = match runtime::vm::Vm::new(&prog, opts, Box::new(out.clone()), Box::new(err.clone())) {
        Ok(mut vm) => {
            let code = vm.run_main();
            vm.flush();
            if vm.stopped_by == Some(runtime::vm::Limit::Wall) {
                return Actual { timed_out: true, ..Actual::default() };
            }
            code
        }
        Err(e) => {
            let _ = writeln!(err.clone(), "gostack: {e}");
            2
        }
    };
    let stdout = out.0.borrow().clone();
    let stderr = String::from_utf8_lossy(&err.0.borrow()).into_owned();
    // The exit status a process would have (`os.Exit(-1)` is 255).
    Actual { stdout, stderr, exit: Some(i32::from(code as u8)), timed_out: false, error: None }
}
