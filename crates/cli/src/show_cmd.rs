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
    /// Write the page (or SVG) here; default: the program's name with
    /// `.html` (`.svg`) in the current directory.
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
    /// Arguments passed to the program (os.Args[1:]).
    #[arg(last = true)]
    pub args: Vec<String>,
}

/// The recording of a program source (a compile-error recording when it
/// does not compile). Used by `show` and by `serve`.
pub fn record_source(name: &str, src: &str, opts: runtime::Options, max_record: usize) -> show::record::Recording {
    match compiler::compile(name, src) {
        Err(errs) => {
            let shown = crate::run_cmd::display_name(name);
            let lines: Vec<String> = errs
                .iter()
                .map(|d| d.rendered.strip_prefix(name).map(|rest| format!("{shown}{rest}")).unwrap_or(d.rendered.clone()))
                .collect();
            show::record::compile_error_recording(name, src, &lines)
        }
        Ok(prog) => {
            let ropts = show::record::RecordOptions { max_record, ..Default::default() };
            match show::record::record(&prog, opts, ropts) {
                Ok(rec) => rec,
                Err(e) => show::record::compile_error_recording(name, src, &[format!("gostack: {e}")]),
            }
        }
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
        heap_in_use: Some(crate::heap_in_use),
        ..Default::default()
    };
    let rec = record_source(&name, &src, opts, args.max_record);
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
