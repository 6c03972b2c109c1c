//! Embed gostack, a Go interpreter whose runtime models Go's own
//! goroutine stacks, `defer`, `panic` and `recover`: compile a Go program
//! once, run it as many times as you like in a sandbox with limits, and
//! read back what it printed, its exit status and the files it wrote.
//!
//! This crate is the one facade the `gostack` command line, its golden-test
//! engine and its web view run programs through; the pipeline crates
//! behind it (`compiler`, `runtime`, `debug`) stay available for tools that
//! need more.
//!
//! ```
//! use gostack::{Program, RunOptions};
//!
//! let program = Program::compile(
//!     "hello.go",
//!     r#"package main
//!
//! import (
//!     "bufio"
//!     "fmt"
//!     "os"
//! )
//!
//! func main() {
//!     in := bufio.NewScanner(os.Stdin)
//!     for in.Scan() {
//!         fmt.Printf("hello, %s (%s)\n", in.Text(), os.Getenv("GREETER"))
//!     }
//!     os.WriteFile("done.txt", []byte(os.Args[1]), 0o644)
//!     if len(os.Args) > 2 {
//!         panic("too many arguments")
//!     }
//! }
//! "#,
//! )
//! .expect("the program compiles");
//!
//! // Run it once...
//! let opts = RunOptions::new().arg("first").env("GREETER", "gostack").stdin("gopher\nworld\n").cwd("/work");
//! let out = program.run(&opts);
//! assert_eq!(out.stdout_text(), "hello, gopher (gostack)\nhello, world (gostack)\n");
//! assert_eq!(out.exit_code, 0);
//! assert_eq!(out.file("/work/done.txt"), Some(&b"first"[..]));
//!
//! // ...and again, with other input: each run starts from a fresh machine.
//! let out = program.run(&RunOptions::new().arg("a").arg("b"));
//! assert_eq!(out.exit_code, 2);
//! assert!(out.stderr_text().starts_with("panic: too many arguments\n\ngoroutine 1 [running]:\nmain.main()\n"));
//!
//! // Limits end a run the way Go's fatal errors end a program.
//! let spin = Program::compile("spin.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n").unwrap();
//! let out = spin.run(&RunOptions::new().max_steps(1_000_000));
//! assert_eq!(out.stopped_by, Some(gostack::Limit::Steps));
//! assert_eq!(out.exit_code, 2);
//!
//! // A program that does not compile gives go's diagnostics.
//! let err = Program::compile("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n").unwrap_err();
//! assert_eq!(err.to_string(), "# command-line-arguments\n./bad.go:4:2: declared and not used: x\n");
//! ```
//!
//! Inspection: [`Program::run_inspected`] installs a [`Hook`] that sees
//! every runtime event (calls, returns, defers, panics, recovers, goroutine
//! switches) and, on request, every instruction, with read-only access to
//! the machine ([`Vm`]: goroutines, frames, the `_defer` and `_panic`
//! chains). [`OnEvent`] turns a closure into one:
//!
//! ```
//! use gostack::{Event, OnEvent, Program, RunOptions};
//!
//! let program = Program::compile(
//!     "p.go",
//!     "package main\n\nfunc main() {\n\tdefer func() { recover() }()\n\tpanic(1)\n}\n",
//! )
//! .unwrap();
//! let (mut panics, mut recovered) = (0, 0);
//! let mut hook = OnEvent(|_vm: &gostack::Vm, _g: usize, ev: &Event| {
//!     match ev {
//!         Event::Panic { .. } => panics += 1,
//!         Event::Recover { accepted: true } => recovered += 1,
//!         _ => {}
//!     }
//!     gostack::Control::Continue
//! });
//! let out = program.run_inspected(&RunOptions::new(), &mut hook);
//! assert_eq!((out.exit_code, panics, recovered), (0, 1, 1));
//! ```
//!
//! Sandbox: a run never reads or writes the host's files, environment or
//! clock. Its file system is in memory, empty but for `/tmp`, the working
//! directory ([`RunOptions::cwd`]) and the files given
//! ([`RunOptions::file`]); its environment holds only the variables given.
//! Without [`RunOptions::stdin`] the program reads the host process's
//! standard input.

pub mod load;

use std::cell::RefCell;
use std::fmt;
use std::io::Write;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

pub use runtime::hook::{Control, Event, Hook};
pub use runtime::stack::StackMode;
pub use runtime::vm::Limit;
pub use runtime::Vm;

/// A compiled Go program (package `main` and what it imports), ready to be
/// run any number of times. Compiling is the expensive part; every run
/// starts a fresh machine from it.
pub struct Program {
    code: bytecode::Program,
    /// `os.Args[0]`.
    arg0: String,
}

impl fmt::Debug for Program {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Program").field("arg0", &self.arg0).field("funcs", &self.code.funcs.len()).finish_non_exhaustive()
    }
}

/// Why a program did not compile, or was refused before compiling: the
/// messages `go run` / `go build` print, in their order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostics {
    /// The lines go prints, each a `file:line:col: message` diagnostic
    /// (gc's wording), a `# import/path` header that names the package the
    /// diagnostics below it belong to, or a go command refusal
    /// (`stat x.go: directory not found`).
    pub lines: Vec<String>,
    /// A refusal of the go command (missing files, a non-main package):
    /// nothing was compiled.
    pub refused: bool,
}

impl Diagnostics {
    fn refusal(msg: String) -> Diagnostics {
        Diagnostics { lines: vec![msg], refused: true }
    }

    /// The compiler's messages alone, without the `# package` headers.
    pub fn messages(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().map(String::as_str).filter(|l| !l.starts_with("# "))
    }
}

impl fmt::Display for Diagnostics {
    /// What go prints on stderr: every line, each ended by a newline.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for l in &self.lines {
            writeln!(f, "{l}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<load::LoadError> for Diagnostics {
    fn from(e: load::LoadError) -> Diagnostics {
        Diagnostics::refusal(e.0)
    }
}

impl Program {
    /// Compiles one file of package main. `name` is the file's name as
    /// diagnostics print it (`hello.go` prints as `./hello.go`, as `go run
    /// hello.go` does) and `os.Args[0]`.
    pub fn compile(name: &str, src: &str) -> Result<Program, Diagnostics> {
        if load::package_clause(src).is_some_and(|p| p != "main") {
            return Err(Diagnostics::refusal("package command-line-arguments is not a main package".into()));
        }
        let shown = display_name(name);
        match compiler::compile(name, src) {
            Ok(code) => Ok(Program { code, arg0: name.to_string() }),
            Err(errs) => {
                let mut lines = Vec::new();
                for d in errs {
                    if !is_import_error(&d.rendered) && lines.is_empty() {
                        lines.push("# command-line-arguments".to_string());
                    }
                    let d = d.rendered.strip_prefix(name).map(|rest| format!("{shown}{rest}")).unwrap_or(d.rendered);
                    // Continuation lines (`\tfile:line:col: A refers to B`) name the file too.
                    lines.push(d.replace(&format!("\n\t{name}:"), &format!("\n\t{shown}:")));
                }
                Err(Diagnostics { lines, refused: false })
            }
        }
    }

    /// Loads and compiles what `go run` would for these words (flags
    /// already removed): `.go` files of package main (`["a.go", "b.go"]`)
    /// or one folder (`["."]`, `["./cmd/tool"]`), with the packages of the
    /// module whose `go.mod` is in or above it. Paths are the host's;
    /// refusals and diagnostics use the go command's words.
    pub fn load(targets: &[String]) -> Result<Program, Diagnostics> {
        Program::compile_package(&Program::find_package(targets)?)
    }

    /// [`Program::load`] as `go run -trimpath` builds: tracebacks and
    /// runtime.Caller name the program's files without the host's folders
    /// (`./p.go`; `example.com/m/cmd/tool/main.go` in a module), see
    /// [`load::trim_paths`]. Run it with [`RunOptions::trimpath`].
    pub fn load_trimmed(targets: &[String]) -> Result<Program, Diagnostics> {
        let mut pkg = Program::find_package(targets)?;
        load::trim_paths(&mut pkg);
        Program::compile_package(&pkg)
    }

    /// The package `gostack run TARGETS` names: `.go` files or a folder.
    fn find_package(targets: &[String]) -> Result<load::Package, Diagnostics> {
        Ok(if load::names_files(targets) {
            load::load_files(targets)?
        } else {
            match targets {
                [dir] => load::load_dir(dir)?,
                _ => return Err(Diagnostics::refusal("go: no go files listed".into())),
            }
        })
    }

    /// Compiles a package [`load`] found (or one assembled by hand): its
    /// files make the main package, `locals` are the module's packages it
    /// may import.
    pub fn compile_package(pkg: &load::Package) -> Result<Program, Diagnostics> {
        let code = Program::compile_module(&pkg.files, &pkg.import_path, &pkg.locals)?;
        Ok(Program { arg0: pkg.arg0.clone(), ..code })
    }

    /// Compiles main package `files` (import path `import_path`) with the
    /// local packages it may import. Diagnostics carry go's `# import/path`
    /// header before each package's messages.
    pub fn compile_module(files: &[load::LoadedFile], import_path: &str, locals: &[load::LocalPackage]) -> Result<Program, Diagnostics> {
        fn source(f: &load::LoadedFile) -> compiler::Source<'_> {
            compiler::Source { name: &f.display, path: &f.path, src: &f.src }
        }
        let sources: Vec<compiler::Source> = files.iter().map(source).collect();
        let clocals: Vec<compiler::LocalPackage> =
            locals.iter().map(|l| compiler::LocalPackage { path: l.path.clone(), files: l.files.iter().map(source).collect() }).collect();
        match compiler::compile_module(&sources, import_path, &clocals, &compiler::Options::default()) {
            Ok(code) => Ok(Program { code, arg0: files.first().map(|f| f.display.clone()).unwrap_or_default() }),
            Err(errs) => {
                // The package each message is about, by the file it names.
                let owner = |msg: &str| -> Option<&str> {
                    let named = |f: &load::LoadedFile| msg.strip_prefix(f.display.as_str()).is_some_and(|r| r.starts_with(':'));
                    if files.iter().any(named) {
                        return Some(import_path);
                    }
                    locals.iter().find(|l| l.files.iter().any(named)).map(|l| l.path.as_str())
                };
                let mut lines = Vec::new();
                let mut current: Option<&str> = None;
                for e in &errs {
                    match owner(&e.rendered) {
                        // The go command refuses an import it cannot resolve
                        // before compiling: no `# package` line.
                        _ if is_import_error(&e.rendered) => current = None,
                        Some(p) if current != Some(p) => {
                            lines.push(format!("# {p}"));
                            current = Some(p);
                        }
                        // The link error of a missing main names no file
                        // and is the command's package's (a package
                        // loading error such as an import cycle has no
                        // `# package` line).
                        None if current.is_none() && e.rendered.starts_with("runtime.main_main") => {
                            lines.push(format!("# {import_path}"));
                            current = Some(import_path);
                        }
                        _ => {}
                    }
                    lines.push(e.rendered.clone());
                }
                Err(Diagnostics { lines, refused: false })
            }
        }
    }

    /// The compiled bytecode (for the `compiler`/`runtime`/`debug` crates'
    /// own entry points: the recorder of the web view, the debugger).
    pub fn bytecode(&self) -> &bytecode::Program {
        &self.code
    }

    /// `os.Args[0]` of every run (the first file's name, or the folder's).
    pub fn arg0(&self) -> &str {
        &self.arg0
    }

    /// The program's bytecode as text, function by function.
    pub fn disassemble(&self) -> String {
        // (A standard-library function no code reaches is never compiled:
        // it has no code to list.)
        (0..self.code.funcs.len()).filter(|&i| !self.code.funcs[i].code.is_empty()).map(|i| self.code.disassemble(i as u32)).collect()
    }

    /// The options of the runtime for one run with `opts`.
    pub fn runtime_options(&self, opts: &RunOptions) -> runtime::Options {
        runtime::Options {
            max_stack: opts.max_stack,
            max_steps: opts.max_steps,
            max_heap: opts.max_heap,
            max_goroutines: opts.max_goroutines,
            max_wall: opts.max_wall,
            max_output: opts.max_output,
            sched_seed: opts.sched_seed,
            rand_seed: opts.rand_seed,
            args: std::iter::once(opts.arg0.clone().unwrap_or_else(|| self.arg0.clone())).chain(opts.args.iter().cloned()).collect(),
            env: opts.env.clone(),
            stdin: opts.stdin.clone(),
            stack_mode: opts.stack,
            heap_in_use: opts.heap_in_use,
            fast_exit: opts.fast_exit,
            fs_seed: opts.files.clone(),
            fs_cwd: opts.cwd.clone(),
            mounts: opts.mounts.clone(),
            trimpath: opts.trimpath,
            gotraceback: opts.gotraceback.clone(),
            ..Default::default()
        }
    }

    /// Runs the program once with its output captured.
    pub fn run(&self, opts: &RunOptions) -> Output {
        self.run_captured(opts, None)
    }

    /// [`Program::run`] with `hook` observing the run (see [`Hook`]; a
    /// closure: [`OnEvent`]). The hook's `finish` is called at the end.
    pub fn run_inspected<'a>(&'a self, opts: &RunOptions, hook: &'a mut dyn Hook) -> Output {
        self.run_captured(opts, Some(hook))
    }

    fn run_captured<'a>(&'a self, opts: &RunOptions, hook: Option<&'a mut dyn Hook>) -> Output {
        let (out, err) = (Capture::default(), Capture::default());
        let ended = self.run_streaming(opts, Box::new(out.clone()), Box::new(err.clone()), hook);
        if let Some(e) = &ended.error {
            err.0.borrow_mut().extend_from_slice(format!("gostack: {e}\n").as_bytes());
        }
        Output { stdout: out.0.take(), stderr: err.0.take(), exit_code: ended.exit_code, stopped_by: ended.stopped_by, files: ended.files }
    }

    /// Runs the program once, writing its output to `stdout` and `stderr`
    /// as it goes (the command line's `gostack run`), with an optional hook.
    pub fn run_streaming<'a>(
        &'a self,
        opts: &RunOptions,
        stdout: Box<dyn Write + 'a>,
        stderr: Box<dyn Write + 'a>,
        hook: Option<&'a mut dyn Hook>,
    ) -> Ended {
        let ropts = self.runtime_options(opts);
        let fast_exit = ropts.fast_exit;
        let mut vm = match Vm::new(&self.code, ropts, stdout, stderr) {
            Ok(vm) => vm,
            Err(e) => return Ended { exit_code: 2, stopped_by: None, files: Vec::new(), error: Some(e) },
        };
        let hooked = hook.is_some();
        if let Some(h) = hook {
            vm.set_hook(Box::new(Borrowed(h)));
        }
        let code = vm.run_main();
        vm.flush();
        if hooked {
            vm.finish_hook(code);
        }
        let stopped_by = vm.stopped_by;
        let files = if opts.keep_files { vm.sandbox_files() } else { Vec::new() };
        if fast_exit {
            std::mem::forget(vm);
        }
        // The status a process would exit with (`os.Exit(-1)` is 255).
        Ended { exit_code: code & 0xff, stopped_by, files, error: None }
    }
}

/// Whether a diagnostic is about an import that does not resolve: the go
/// command's (`package foo/bar is not in std`, `use of internal package
/// internal/x not allowed`) or gostack's (`package net/http is not
/// available in gostack (...)`, `... is not supported yet by gostack`).
fn is_import_error(msg: &str) -> bool {
    let first = msg.lines().next().unwrap_or("");
    first.split_once(": package ").is_some_and(|(_, rest)| {
        rest.contains(" is not in std")
            || rest.contains(" is not available in gostack")
            || rest.contains(" is not supported yet by gostack")
    }) || (first.contains(": use of internal package ") && first.ends_with(" not allowed"))
}

/// How a streamed run ended ([`Program::run_streaming`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ended {
    /// The exit status a process would have (0–255).
    pub exit_code: i32,
    /// The limit that stopped the program, if one did.
    pub stopped_by: Option<Limit>,
    /// The sandbox's files at the end (see [`Output::files`]).
    pub files: Vec<(String, Vec<u8>)>,
    /// The machine could not be set up (nothing ran; exit status 2).
    pub error: Option<String>,
}

/// Go prints `./prog.go:3:5` for files in the current directory.
pub fn display_name(name: &str) -> String {
    if name == "-" {
        return "command-line-arguments".into();
    }
    if name.starts_with('/') || name.starts_with("./") || name.starts_with("../") {
        name.to_string()
    } else {
        format!("./{name}")
    }
}

/// Limits and inputs of one run. [`RunOptions::new`] gives the command
/// line's defaults but a 64 MiB output cap; the builder methods set one
/// field each.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// `os.Args[1:]`.
    pub args: Vec<String>,
    /// `os.Args[0]` instead of the program's file name.
    pub arg0: Option<String>,
    /// The variables `os.Getenv` sees (the host's are never passed on).
    pub env: Vec<(String, String)>,
    /// Standard input; None reads the host process's.
    pub stdin: Option<Arc<[u8]>>,
    /// Files the sandbox starts with (absolute path, contents).
    pub files: Vec<(String, Vec<u8>)>,
    /// The sandbox's working directory (absolute; default: the host
    /// process's path, without its contents).
    pub cwd: Option<String>,
    /// Steps before the program is stopped (0 = no limit): a step is a call
    /// or a loop iteration. [`Limit::Steps`].
    pub max_steps: u64,
    /// Real time before the program is stopped. [`Limit::Wall`].
    pub max_wall: Option<Duration>,
    /// Heap bytes the program may hold (Go's out-of-memory error past it).
    /// Exact only with [`RunOptions::heap_in_use`].
    pub max_heap: u64,
    /// Bytes of one goroutine's stack (Go's default: 1 GB).
    pub max_stack: u64,
    /// Goroutines alive at once.
    pub max_goroutines: u64,
    /// Bytes of stdout and stderr together (0 = no limit).
    pub max_output: u64,
    /// Seed of the scheduler's random choices (`select`).
    pub sched_seed: u64,
    /// Seed of math/rand's global source; None draws one, as Go does.
    pub rand_seed: Option<u64>,
    /// Goroutine stack implementation.
    pub stack: StackMode,
    /// Bytes the process has allocated now, from a counting global
    /// allocator the embedder installs (the `cap` crate's `Cap::allocated`):
    /// with it `max_heap` counts every allocation, not only large ones.
    pub heap_in_use: Option<fn() -> usize>,
    /// Skip freeing the run's objects at the end (for a process that exits
    /// right after: the OS reclaims them faster).
    pub fast_exit: bool,
    /// Read the sandbox's files back at the end ([`Output::files`]; on by
    /// default).
    pub keep_files: bool,
    /// Host directories mapped in read-only (`--mount HOST:GUEST`), as
    /// snapshots the embedder read (see `runtime::Mount`).
    pub mounts: Vec<runtime::Mount>,
    /// `go build -trimpath`: GOROOT files in tracebacks and runtime.Caller
    /// by their path under GOROOT/src (load the program with
    /// [`Program::load_trimmed`] to name its own files the same way).
    pub trimpath: bool,
    /// The process's GOTRACEBACK (`runtime::Options::gotraceback`).
    pub gotraceback: Option<String>,
}

impl Default for RunOptions {
    fn default() -> Self {
        let d = runtime::Options::default();
        RunOptions {
            args: Vec::new(),
            arg0: None,
            env: Vec::new(),
            stdin: None,
            files: Vec::new(),
            cwd: None,
            max_steps: 0,
            max_wall: None,
            max_heap: d.max_heap,
            max_stack: 1_000_000_000,
            max_goroutines: d.max_goroutines,
            max_output: 64 << 20,
            sched_seed: 0,
            rand_seed: None,
            stack: StackMode::default(),
            heap_in_use: None,
            fast_exit: false,
            keep_files: true,
            mounts: Vec::new(),
            trimpath: false,
            gotraceback: None,
        }
    }
}

impl RunOptions {
    pub fn new() -> RunOptions {
        RunOptions::default()
    }
    /// Appends an argument (`os.Args[1:]`).
    pub fn arg(mut self, a: impl Into<String>) -> Self {
        self.args.push(a.into());
        self
    }
    /// Sets an environment variable.
    pub fn env(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }
    /// Sets standard input.
    pub fn stdin(mut self, input: impl AsRef<[u8]>) -> Self {
        self.stdin = Some(Arc::from(input.as_ref()));
        self
    }
    /// Puts a file in the sandbox (an absolute path, or one relative to
    /// [`RunOptions::cwd`] as set so far).
    pub fn file(mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) -> Self {
        let path = path.into();
        let path = if path.starts_with('/') { path } else { format!("{}/{path}", self.cwd.as_deref().unwrap_or("")) };
        self.files.push((path, contents.into()));
        self
    }
    /// Sets the sandbox's working directory.
    pub fn cwd(mut self, dir: impl Into<String>) -> Self {
        self.cwd = Some(dir.into());
        self
    }
    pub fn max_steps(mut self, n: u64) -> Self {
        self.max_steps = n;
        self
    }
    pub fn max_wall(mut self, d: Duration) -> Self {
        self.max_wall = Some(d);
        self
    }
    pub fn max_heap(mut self, bytes: u64) -> Self {
        self.max_heap = bytes;
        self
    }
    pub fn max_stack(mut self, bytes: u64) -> Self {
        self.max_stack = bytes;
        self
    }
    pub fn max_output(mut self, bytes: u64) -> Self {
        self.max_output = bytes;
        self
    }
    pub fn sched_seed(mut self, seed: u64) -> Self {
        self.sched_seed = seed;
        self
    }
}

/// What one captured run did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The exit status a process would have (0–255): 2 for a panic or a
    /// fatal error, as Go's.
    pub exit_code: i32,
    /// The limit that stopped the program, if one did.
    pub stopped_by: Option<Limit>,
    /// The sandbox's files at the end (absolute path, contents), sorted by
    /// path: the seeded ones as the program left them and the ones it made.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Output {
    /// Stdout as text (invalid UTF-8 replaced).
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    /// Stderr as text (invalid UTF-8 replaced).
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
    /// The contents of sandbox file `path` (absolute) at the end.
    pub fn file(&self, path: &str) -> Option<&[u8]> {
        self.files.iter().find(|(p, _)| p == path).map(|(_, b)| b.as_slice())
    }
}

/// A [`Hook`] made of a closure called at every runtime event.
pub struct OnEvent<F>(pub F);

impl<F: FnMut(&Vm, usize, &Event) -> Control> Hook for OnEvent<F> {
    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        (self.0)(vm, gi, ev)
    }
}

/// A [`Hook`] made of a closure called before every instruction
/// (single-stepping: much slower than a run without it).
pub struct OnStep<F>(pub F);

impl<F: FnMut(&Vm, usize) -> Control> Hook for OnStep<F> {
    fn step(&mut self, vm: &Vm, gi: usize) -> Control {
        (self.0)(vm, gi)
    }
    fn wants_step(&self) -> bool {
        true
    }
}

/// A borrowed hook, installed for one run.
struct Borrowed<'a>(&'a mut dyn Hook);

impl Hook for Borrowed<'_> {
    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        self.0.event(vm, gi, ev)
    }
    fn step(&mut self, vm: &Vm, gi: usize) -> Control {
        self.0.step(vm, gi)
    }
    fn wants_step(&self) -> bool {
        self.0.wants_step()
    }
    fn breakpoint(&mut self, vm: &Vm, gi: usize) -> Option<Control> {
        self.0.breakpoint(vm, gi)
    }
    fn finish(&mut self, vm: &Vm, code: i32) {
        self.0.finish(vm, code)
    }
    fn take_edits(&mut self) -> Vec<runtime::hook::Edit> {
        self.0.take_edits()
    }
}

/// A captured stream.
#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
