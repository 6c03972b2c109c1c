//! `gostack trace`: run a program and write one line per runtime event,
//! or (`--plain`) a trace in plain English for teaching.

use std::path::PathBuf;

use debug::plain::{plain_trace, PlainOptions};
use debug::trace::{parse_groups, Format, TraceHook, DEFAULT_GROUPS};

/// Run a Go program and write one line per runtime event (defer, panic, stack, scheduler), or a plain-English trace.
///
/// With --plain the trace is meant to be read aloud: calls indented by
/// depth with their arguments in Go syntax, returns with their results,
/// one sentence for every defer, panic, recover, Goexit, goroutine and
/// stack event, the program's own line numbers in the left column and its
/// output interleaved where it happens. Only the program's code is shown
/// (standard-library frames are folded into their callers, start-up is
/// hidden) unless --all; registers only with --regs.
///
/// Example: gostack trace --plain testdata/trace/recover_helper.go
#[derive(clap::Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct TraceArgs {
    /// The program, or `-` for standard input.
    pub file: PathBuf,
    /// Event groups: call, defer, panic, stack, sched (comma-separated), or all;
    /// `instr` adds one line per VM instruction.
    #[arg(long, default_value = "defer,panic,stack,sched")]
    pub events: String,
    /// Output format: text (GODEBUG-style lines) or json (one object per line).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    pub format: String,
    /// Write the trace to FILE instead of standard error.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Stop the program after this many steps (0 = no limit). A step is a
    /// function call or a loop iteration (a backward jump), the points where
    /// a goroutine can be preempted, plus one per time slice; a library
    /// function implemented natively also costs a step per 64 bytes or
    /// elements of the strings, slices and maps it takes and returns.
    #[arg(long, default_value_t = 0)]
    pub max_steps: u64,
    /// Goroutine stack implementation (as for `run`).
    #[arg(long, value_enum, default_value = "segmented")]
    pub stack: crate::run_cmd::StackArg,
    /// A trace in plain English for teaching (see above), instead of one record per event.
    #[arg(long, conflicts_with_all = ["events", "format"])]
    pub plain: bool,
    /// With --plain: show library code and the runtime's start-up too.
    #[arg(long, requires = "plain")]
    pub all: bool,
    /// With --plain: show registers (sp, fp, deferBits, segment bounds).
    #[arg(long, requires = "plain")]
    pub regs: bool,
    /// Arguments passed to the program (os.Args[1:]).
    #[arg(last = true)]
    pub args: Vec<String>,
}

pub fn run(args: TraceArgs) -> i32 {
    let (name, src) = match crate::run_cmd::read_source(&args.file) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("gostack: {e}");
            return 1;
        }
    };
    let groups = match parse_groups(&args.events) {
        Ok(g) if g.is_empty() => DEFAULT_GROUPS.to_vec(),
        Ok(g) => g,
        Err(e) => {
            eprintln!("gostack trace: {e}");
            return 1;
        }
    };
    let format = if args.format == "json" { Format::Json } else { Format::Text };
    let out: Box<dyn std::io::Write> = match &args.output {
        Some(p) if p.as_os_str() != "-" => match std::fs::File::create(p) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => {
                eprintln!("gostack trace: create {}: {e}", p.display());
                return 1;
            }
        },
        Some(_) => Box::new(std::io::stdout()),
        None => Box::new(std::io::stderr()),
    };
    let Some(program) = crate::run_cmd::compile(&name, &src) else { return 1 };
    let prog = program.bytecode();
    let mut program_args = vec![name.clone()];
    program_args.extend(args.args.iter().cloned());
    let opts = runtime::Options {
        max_steps: args.max_steps,
        args: program_args,
        stack_mode: args.stack.mode(),
        heap_in_use: Some(crate::heap_in_use),
        ..Default::default()
    };
    let result = if args.plain {
        let popts = PlainOptions { all: args.all, regs: args.regs };
        let (hook, stdout, stderr) = plain_trace(out, Box::new(std::io::stdout()), Box::new(std::io::stderr()), popts);
        debug::run_with_hook(prog, opts, Box::new(stdout), Box::new(stderr), Box::new(hook))
    } else {
        let hook = TraceHook::new(groups, format, out);
        debug::run_with_hook(prog, opts, Box::new(std::io::stdout()), Box::new(std::io::stderr()), Box::new(hook))
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gostack: {e}");
            2
        }
    }
}
