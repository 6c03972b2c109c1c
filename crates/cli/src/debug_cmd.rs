//! `gostack debug`: the step debugger (see `docs/inspecting.md`).

use std::io::IsTerminal;
use std::path::PathBuf;

use debug::debugger::{Debugger, Input};

#[derive(clap::Args, Debug)]
pub struct DebugArgs {
    /// The program.
    pub file: PathBuf,
    /// Read commands from FILE (each is echoed with its output) instead of
    /// the terminal. Without a terminal, commands come from standard input.
    #[arg(long)]
    pub script: Option<PathBuf>,
    /// Goroutine stack implementation (as for `run`).
    #[arg(long, value_enum, default_value = "segmented")]
    pub stack: crate::run_cmd::StackArg,
    /// Arguments passed to the program (os.Args[1:]).
    #[arg(last = true)]
    pub args: Vec<String>,
}

pub fn run(args: DebugArgs) -> i32 {
    let (name, src) = match crate::run_cmd::read_source(&args.file) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("gostack: {e}");
            return 1;
        }
    };
    let input = match &args.script {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(t) => Input::lines(&t),
            Err(e) => {
                eprintln!("gostack debug: read {}: {e}", p.display());
                return 1;
            }
        },
        None if std::io::stdin().is_terminal() => match Input::editor() {
            Ok(i) => i,
            Err(e) => {
                eprintln!("gostack debug: {e}");
                return 1;
            }
        },
        None => {
            let mut t = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut t);
            Input::lines(&t)
        }
    };
    let Some(program) = crate::run_cmd::compile(&name, &src) else { return 1 };
    let prog = program.bytecode();
    let mut program_args = vec![name.clone()];
    program_args.extend(args.args.iter().cloned());
    let opts =
        runtime::Options { args: program_args, stack_mode: args.stack.mode(), heap_in_use: Some(crate::heap_in_use), ..Default::default() };
    let mut dbg = Debugger::new(input, Box::new(std::io::stdout()));
    if !dbg.before_start(prog) {
        return 0;
    }
    match debug::debugger::run_session(prog, opts, &mut dbg, Box::new(std::io::stdout()), Box::new(std::io::stderr())) {
        // The program's own exit status (0 if it was stopped by `quit`).
        Ok(code) => code,
        Err(e) => {
            eprintln!("gostack: {e}");
            2
        }
    }
}
