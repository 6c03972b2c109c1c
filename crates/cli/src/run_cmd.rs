//! `gostack run`: compile and execute one program.

use std::io::{Read, Write};
use std::path::PathBuf;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackArg {
    Segmented,
    Contiguous,
}

impl StackArg {
    pub fn mode(self) -> runtime::stack::StackMode {
        match self {
            StackArg::Segmented => runtime::stack::StackMode::Segmented,
            StackArg::Contiguous => runtime::stack::StackMode::Contiguous,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// The program, or `-` for standard input.
    pub file: PathBuf,
    /// Maximum goroutine stack size in bytes (Go's default is 1 GB).
    #[arg(long, default_value_t = 1_000_000_000)]
    pub max_stack: u64,
    /// Goroutine stack implementation: `segmented` (linked segments, the
    /// default) or `contiguous` (Go 1.4+: doubled and copied on growth).
    #[arg(long, value_enum, default_value_t = StackArg::Segmented)]
    pub stack: StackArg,
    /// Stop the program after this many steps (0 = no limit). A step is a
    /// function call or a loop iteration (a backward jump), the points where
    /// a goroutine can be preempted, plus one per time slice.
    #[arg(long, default_value_t = 0)]
    pub max_steps: u64,
    /// Stop the program once it has written this many bytes to stdout and
    /// stderr together (0 = no limit): `fatal error: ... --max-output`, exit 2.
    #[arg(long, default_value_t = 1 << 30)]
    pub max_output: u64,
    /// Stop the program with Go's `fatal error: runtime: out of memory` when
    /// it holds more than this many bytes of heap (0 = no limit).
    #[arg(long, default_value_t = runtime::vm::DEFAULT_MAX_HEAP)]
    pub max_heap: u64,
    /// Stop the program with `fatal error: goroutine exhaustion` when it
    /// would have more than this many goroutines alive at once (0 = no limit).
    #[arg(long, default_value_t = runtime::vm::DEFAULT_MAX_GOROUTINES)]
    pub max_goroutines: u64,
    /// Stop the program after this much real time (`10s`, `1.5s`, `500ms`,
    /// `2m`; a bare number is seconds; default: no limit):
    /// `gostack: program exceeded the time limit of 10s (--max-wall)`, exit 2.
    /// Checked at the end of every time slice.
    #[arg(long, value_name = "TIME", value_parser = parse_duration)]
    pub max_wall: Option<std::time::Duration>,
    /// Seed for the scheduler's random choices (select among ready cases).
    #[arg(long, default_value_t = 0)]
    pub sched_seed: u64,
    /// Print the compiled bytecode instead of running.
    #[arg(long)]
    pub disasm: bool,
    /// Write a JSON record of every panic and Goexit unwinding to FILE
    /// (see docs/trace-format.md).
    #[arg(long, value_name = "FILE")]
    pub unwind_report: Option<PathBuf>,
    /// Arguments passed to the program (os.Args[1:]).
    #[arg(last = true)]
    pub args: Vec<String>,
}

/// A duration written `10s`, `1.5s`, `500ms`, `2m` or `10` (seconds), for
/// `--max-wall`.
pub fn parse_duration(text: &str) -> Result<std::time::Duration, String> {
    let t = text.trim();
    let (num, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60.0)
    } else {
        (t, 1.0)
    };
    match num.trim().parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 && x * scale < 1e9 => Ok(std::time::Duration::from_secs_f64(x * scale)),
        _ => Err(format!("invalid duration {text:?} (examples: 10s, 1.5s, 500ms, 2m)")),
    }
}

/// Reads the program text; `-` is standard input.
pub fn read_source(file: &PathBuf) -> Result<(String, String), String> {
    if file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| format!("reading standard input: {e}"))?;
        return Ok(("-".into(), s));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("open {}: {}", file.display(), e.kind().to_string().to_lowercase()))?;
    let s = String::from_utf8(bytes).map_err(|_| format!("{}: invalid UTF-8 encoding", file.display()))?;
    Ok((file.display().to_string(), s))
}

/// Compiles the program; prints diagnostics and returns None on failure.
pub fn compile(name: &str, src: &str) -> Option<bytecode::Program> {
    match compiler::compile(name, src) {
        Ok(p) => Some(p),
        Err(errs) => {
            let mut e = std::io::stderr().lock();
            let shown = display_name(name);
            for d in errs {
                let d = d.rendered.strip_prefix(name).map(|rest| format!("{shown}{rest}")).unwrap_or(d.rendered);
                // Continuation lines (`\tfile:line:col: A refers to B`) name the file too.
                let d = d.replace(&format!("\n\t{name}:"), &format!("\n\t{shown}:"));
                let _ = writeln!(e, "{d}");
            }
            None
        }
    }
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

pub fn run(args: RunArgs) -> i32 {
    let (name, src) = match read_source(&args.file) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("gostack: {e}");
            return 1;
        }
    };
    let Some(prog) = compile(&name, &src) else { return 1 };
    if args.disasm {
        for i in 0..prog.funcs.len() {
            print!("{}", prog.disassemble(i as u32));
        }
        return 0;
    }
    let mut program_args = vec![name.clone()];
    program_args.extend(args.args.iter().cloned());
    let opts = runtime::Options {
        max_stack: args.max_stack,
        max_steps: args.max_steps,
        max_heap: args.max_heap,
        max_goroutines: args.max_goroutines,
        heap_in_use: Some(crate::heap_in_use),
        fast_exit: true,
        sched_seed: args.sched_seed,
        max_wall: args.max_wall,
        args: program_args,
        stack_mode: args.stack.mode(),
        ..Default::default()
    };
    let used = std::rc::Rc::new(std::cell::Cell::new(0));
    let stdout = Box::new(Limited { inner: std::io::stdout(), used: used.clone(), limit: args.max_output });
    let stderr = Box::new(Limited { inner: std::io::stderr(), used, limit: args.max_output });
    if let Some(path) = &args.unwind_report {
        let out = match std::fs::File::create(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("gostack: create {}: {e}", path.display());
                return 1;
            }
        };
        let hook = debug::unwind::UnwindRecorder::new(Box::new(out));
        return match debug::run_with_hook(&prog, opts, stdout, stderr, Box::new(hook)) {
            Ok(code) => code,
            Err(e) => {
                eprintln!("gostack: {e}");
                2
            }
        };
    }
    match runtime::run(&prog, opts, stdout, stderr) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gostack: {e}");
            2
        }
    }
}

/// A program's stdout or stderr, counting the bytes written to both; past
/// `limit` (0 = none) the program ends like a Go fatal error, exit 2.
struct Limited<W: Write> {
    inner: W,
    used: std::rc::Rc<std::cell::Cell<u64>>,
    limit: u64,
}

impl<W: Write> Write for Limited<W> {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        if self.limit > 0 {
            let total = self.used.get().saturating_add(b.len() as u64);
            if total > self.limit {
                let room = self.limit.saturating_sub(self.used.get()) as usize;
                let _ = self.inner.write_all(&b[..room.min(b.len())]);
                let _ = self.inner.flush();
                let _ = std::io::stdout().flush();
                eprintln!("\nfatal error: program output exceeded the limit of {} bytes (--max-output)", self.limit);
                std::process::exit(2);
            }
            self.used.set(total);
        }
        self.inner.write(b)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
