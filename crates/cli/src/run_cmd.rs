//! `gostack run`: compile and execute one program.

use std::io::Read;
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

/// `go run`'s command line: flags first, then the program (`.go` files of
/// package main, or a folder such as `.`), then the program's arguments.
#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// The program: one or more `.go` files of package main, or a folder
    /// (`.`, `./cmd/tool`: its non-test `.go` files), or `-` to read one
    /// file from standard input. The words after it are the program's
    /// arguments (os.Args[1:]), as with `go run`; flags go before it.
    #[arg(value_name = "FILE.go... | FOLDER | -", trailing_var_arg = true, allow_hyphen_values = true)]
    pub targets: Vec<String>,
    /// Maximum goroutine stack size in bytes (Go's default is 1 GB).
    #[arg(long, value_name = "BYTES", default_value_t = 1_000_000_000, value_parser = crate::run_cmd::parse_size)]
    pub max_stack: u64,
    /// Goroutine stack implementation: `segmented` (linked segments, the
    /// default) or `contiguous` (Go 1.3+: doubled and copied on growth).
    #[arg(long, value_enum, default_value_t = StackArg::Segmented)]
    pub stack: StackArg,
    /// Stop the program after this many steps (0 = no limit). A step is a
    /// function call or a loop iteration (a backward jump), the points where
    /// a goroutine can be preempted, plus one per time slice; a library
    /// function implemented natively also costs a step per 64 bytes or
    /// elements of the strings, slices and maps it takes and returns.
    #[arg(long, default_value_t = 0)]
    pub max_steps: u64,
    /// Stop the program once it has written this many bytes to stdout and
    /// stderr together (0 = no limit): `fatal error: ... --max-output`, exit 2.
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 30, value_parser = crate::run_cmd::parse_size)]
    pub max_output: u64,
    /// Stop the program with Go's `fatal error: runtime: out of memory` when
    /// it holds more than this many bytes of heap (0 = no limit).
    #[arg(long, value_name = "BYTES", default_value_t = runtime::vm::DEFAULT_MAX_HEAP, value_parser = crate::run_cmd::parse_size)]
    pub max_heap: u64,
    /// Stop the program with `fatal error: goroutine exhaustion` when it
    /// would have more than this many goroutines alive at once (0 = no limit).
    #[arg(long, default_value_t = runtime::vm::DEFAULT_MAX_GOROUTINES)]
    pub max_goroutines: u64,
    /// Stop the program after this much real time (`10s`, `1.5s`, `500ms`,
    /// `2m`; a bare number is seconds; default: no limit):
    /// `gostack: program exceeded the time limit of 10s (--max-wall)`, exit 2.
    /// Checked at the end of every time slice.
    #[arg(long, visible_alias = "timeout", value_name = "TIME", value_parser = parse_duration)]
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
    /// Give the program an environment variable (`os.Getenv`); may be
    /// repeated. The host's environment is never passed on (the sandbox).
    #[arg(long, value_name = "KEY=VALUE", value_parser = parse_env)]
    pub env: Vec<(String, String)>,
    /// Map host directory HOST into the sandbox's file system at GUEST:
    /// a snapshot read before the program starts; nothing outside it is
    /// reachable (docs/reliability.md). Read-only, or with `:rw` writable,
    /// its changed files written back to HOST when the run ends. May be
    /// repeated.
    #[arg(long, value_name = "HOST:GUEST[:ro|:rw]", value_parser = crate::mount::parse_mount)]
    pub mount: Vec<crate::mount::MountSpec>,
    /// As `go run -trimpath`: tracebacks and runtime.Caller name files
    /// without the host's folders, so output does not depend on where the
    /// program is: named files as `./p.go` (whatever folder they are in), a
    /// module's packages by import path (`example.com/m/cmd/tool/main.go`),
    /// GOROOT's as `runtime/panic.go`. Without it they are absolute, as
    /// `go run` prints them. `-trimpath` is accepted too.
    #[arg(long)]
    pub trimpath: bool,
}

/// `KEY=VALUE` for `--env`.
fn parse_env(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("invalid variable {text:?} (want KEY=VALUE)")),
    }
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

/// A size in bytes for `--max-heap`, `--max-stack`, `--max-output`: a bare
/// number of bytes or one with a unit: `KiB`/`MiB`/`GiB` (and `K`/`M`/`G`,
/// `k`/`m`/`g`) are powers of 1024, `KB`/`MB`/`GB` powers of 1000, `B` is
/// bytes (GOMEMLIMIT's spelling, `64MiB`, works as written).
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t.find(|c: char| !c.is_ascii_digit() && c != '_').unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let scale: u64 = match unit.trim() {
        "" | "B" => 1,
        "K" | "k" | "KiB" => 1 << 10,
        "M" | "m" | "MiB" => 1 << 20,
        "G" | "g" | "GiB" => 1 << 30,
        "T" | "t" | "TiB" => 1 << 40,
        "KB" | "kB" => 1_000,
        "MB" => 1_000_000,
        "GB" => 1_000_000_000,
        "TB" => 1_000_000_000_000,
        _ => return Err(format!("invalid size {text:?} (examples: 1000000, 64MiB, 1GiB, 500MB)")),
    };
    num.replace('_', "")
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(|| format!("invalid size {text:?} (examples: 1000000, 64MiB, 1GiB, 500MB)"))
}

/// Reads the program text; `-` is standard input.
pub fn read_source(file: &PathBuf) -> Result<(String, String), String> {
    if file.as_os_str() == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s).map_err(|e| format!("reading standard input: {e}"))?;
        return Ok(("-".into(), s));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("open {}: {}", file.display(), crate::load::io_words(&e)))?;
    let s = String::from_utf8(bytes).map_err(|_| format!("{}: invalid UTF-8 encoding", file.display()))?;
    Ok((file.display().to_string(), s))
}

/// Compiles one file of package main; prints the diagnostics and returns
/// None on failure.
pub fn compile(name: &str, src: &str) -> Option<gostack::Program> {
    match gostack::Program::compile(name, src) {
        Ok(p) => Some(p),
        Err(d) => {
            eprint!("{d}");
            None
        }
    }
}

/// Go prints `./prog.go:3:5` for files in the current directory.
pub fn display_name(name: &str) -> String {
    gostack::display_name(name)
}

/// Finds the program `gostack run` names (see [`crate::load`]) and
/// compiles it; returns it with the program's arguments, or the exit code.
fn load_and_compile(targets: &[String], trimpath: bool) -> Result<(gostack::Program, Vec<String>), i32> {
    let (what, args) = crate::load::split(targets).map_err(|e| {
        eprintln!("{}", e.0);
        // Go's flag package exits 2 on a bad flag; the go command 1.
        if e.0.starts_with("flag provided but not defined") {
            2
        } else {
            1
        }
    })?;
    let prog = if what[0] == "-" {
        let (name, src) = read_source(&PathBuf::from("-")).map_err(|e| {
            eprintln!("gostack: {e}");
            1
        })?;
        gostack::Program::compile(&name, &src)
    } else if trimpath {
        gostack::Program::load_trimmed(&what)
    } else {
        gostack::Program::load(&what)
    };
    match prog {
        Ok(p) => Ok((p, args)),
        Err(d) => {
            // The go command's exit status for what does not build.
            eprint!("{d}");
            Err(1)
        }
    }
}

pub fn run(args: RunArgs) -> i32 {
    let (prog, program_args) = match load_and_compile(&args.targets, args.trimpath) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if args.disasm {
        print!("{}", prog.disassemble());
        return 0;
    }
    let mounts = match crate::mount::read_mounts(&args.mount) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("gostack: {e}");
            return 1;
        }
    };
    // What a `:rw` mount held at the start, to write back the changes.
    let snapshots: Vec<_> = args.mount.iter().zip(&mounts).filter(|(s, _)| s.writable).map(|(s, m)| (s.clone(), m.clone())).collect();
    let opts = gostack::RunOptions {
        mounts,
        max_stack: args.max_stack,
        max_steps: args.max_steps,
        max_heap: args.max_heap,
        max_goroutines: args.max_goroutines,
        max_output: args.max_output,
        heap_in_use: Some(crate::heap_in_use),
        fast_exit: true,
        keep_files: !snapshots.is_empty(),
        sched_seed: args.sched_seed,
        max_wall: args.max_wall,
        args: program_args,
        env: args.env.clone(),
        stack: args.stack.mode(),
        trimpath: args.trimpath,
        // Go's runtime reads it from the process environment.
        gotraceback: std::env::var("GOTRACEBACK").ok(),
        ..Default::default()
    };
    let (stdout, stderr) = (Box::new(std::io::stdout()), Box::new(std::io::stderr()));
    let ended = if let Some(path) = &args.unwind_report {
        let out = match std::fs::File::create(path) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("gostack: create {}: {e}", path.display());
                return 1;
            }
        };
        let mut hook = debug::unwind::UnwindRecorder::new(Box::new(out));
        prog.run_streaming(&opts, stdout, stderr, Some(&mut hook))
    } else {
        prog.run_streaming(&opts, stdout, stderr, None)
    };
    // The process exits when this returns: freeing the compiled program
    // (its functions, types and sources) would only cost time, as freeing
    // the VM would (`fast_exit`).
    std::mem::forget(prog);
    if let Some(e) = ended.error {
        eprintln!("gostack: {e}");
        return 2;
    }
    let mut code = ended.exit_code;
    for (spec, m) in &snapshots {
        for p in crate::mount::write_back(spec, m, &ended.files) {
            eprintln!("gostack: {p}");
            code = if code == 0 { 1 } else { code };
        }
    }
    code
}
