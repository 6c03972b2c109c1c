//! `gostack show`: record a run and write the classroom page (or one
//! moment of it as SVG).

use std::path::PathBuf;

/// Record a Go program and write a self-contained HTML page that steps
/// through the run: goroutine stacks, the _defer and _panic chains, heap
/// objects, channels and output, one step at a time.
#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The program, or `-` for standard input.
    pub file: PathBuf,
    /// Write the page (or SVG) here (`-`: standard output); default: the
    /// program's name with `.html` (`.svg`) in the current directory.
    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,
    /// Steps recorded at most; past it the program is stopped and the page
    /// says the recording was cut.
    #[arg(long, default_value_t = 20_000)]
    pub max_record: usize,
    /// Write one moment of the run as an SVG drawing instead of the page.
    #[arg(long)]
    pub svg: bool,
    /// With --svg: the step to draw (a number, counting from 1), or the
    /// first event of a kind: `panic`, `recover`, `goexit`, `defer`,
    /// `panic:2` (the second panic), `end`.
    #[arg(long, default_value = "end")]
    pub at: String,
    /// Goroutine stack implementation (as for `run`).
    #[arg(long, value_enum, default_value = "segmented")]
    pub stack: crate::run_cmd::StackArg,
    /// Stop the program after this many steps of the VM (as for `run`).
    #[arg(long, default_value_t = 50_000_000)]
    pub max_steps: u64,
    /// Bytes of heap the program may hold (as for `run`).
    #[arg(long, value_name = "BYTES", default_value_t = runtime::vm::DEFAULT_MAX_HEAP, value_parser = crate::run_cmd::parse_size)]
    pub max_heap: u64,
    /// Bytes of output (stdout and stderr together) kept; past it the
    /// program is stopped (as for `run`).
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 30, value_parser = crate::run_cmd::parse_size)]
    pub max_output: u64,
    /// Stop the program after this much real time, recording included
    /// (`10s`, `500ms`; as for `run`; default: no limit).
    #[arg(long, visible_alias = "timeout", value_name = "TIME", value_parser = crate::run_cmd::parse_duration)]
    pub max_wall: Option<std::time::Duration>,
    /// Arguments passed to the program (os.Args[1:]).
    #[arg(last = true)]
    pub args: Vec<String>,
}

/// The recording of a program source (a compile-error recording when it
/// does not compile). `serve` gets it by running `gostack show -o -` in a
/// child process for every run.
pub fn record_source(name: &str, src: &str, opts: runtime::Options, ropts: show::record::RecordOptions) -> show::record::Recording {
    match gostack::Program::compile(name, src) {
        Err(d) => {
            let lines: Vec<String> = d.messages().map(str::to_string).collect();
            show::record::compile_error_recording(name, src, &lines)
        }
        Ok(prog) => match show::record::record(prog.bytecode(), opts, ropts) {
            Ok(rec) => rec,
            Err(e) => show::record::compile_error_recording(name, src, &[format!("gostack: {e}")]),
        },
    }
}

pub fn run(args: ShowArgs) -> i32 {
    let (name, src) = match crate::run_cmd::read_source(&args.file) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("gostack: {e}");
            return 1;
        }
    };
    let mut program_args = vec![name.clone()];
    program_args.extend(args.args.iter().cloned());
    let opts = runtime::Options {
        args: program_args,
        stack_mode: args.stack.mode(),
        max_steps: args.max_steps,
        max_heap: args.max_heap,
        max_wall: args.max_wall,
        heap_in_use: Some(crate::heap_in_use),
        ..Default::default()
    };
    let ropts = show::record::RecordOptions { max_record: args.max_record, max_output: args.max_output, ..Default::default() };
    let rec = record_source(&name, &src, opts, ropts);
    let base = std::path::Path::new(&name).file_stem().and_then(|s| s.to_str()).unwrap_or("prog").to_string();
    let base = if name == "-" { "prog".to_string() } else { base };
    let title = std::path::Path::new(&name).file_name().and_then(|s| s.to_str()).unwrap_or("prog.go").to_string();
    let (text, ext) = if args.svg {
        let doc: serde_json::Value = match serde_json::from_str(&rec.json) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("gostack show: {e}");
                return 2;
            }
        };
        match show::svg::draw(&doc, &args.at) {
            Ok(svg) => (svg, "svg"),
            Err(e) => {
                eprintln!("gostack show: {e}");
                return 1;
            }
        }
    } else {
        (show::page(&title, &rec.json), "html")
    };
    if args.output.as_deref().is_some_and(|o| o.as_os_str() == "-") {
        use std::io::Write as _;
        let mut stdout = std::io::stdout().lock();
        if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
            eprintln!("gostack show: write standard output: {e}");
            return 1;
        }
        return 0;
    }
    let out = args.output.clone().unwrap_or_else(|| PathBuf::from(format!("{base}.{ext}")));
    if let Err(e) = std::fs::write(&out, text) {
        eprintln!("gostack show: write {}: {e}", out.display());
        return 1;
    }
    let steps = rec.steps;
    let cut = if rec.truncated { " (cut at --max-record)" } else { "" };
    eprintln!("gostack show: wrote {} ({steps} steps{cut})", out.display());
    0
}
