//! The `gostack` binary: the only place that prints to the terminal or exits.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "gostack", version, about = "A Go interpreter whose runtime models Go's own stacks, defer, panic and recover")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Go program (`-` reads it from standard input).
    Run(gostack::run_cmd::RunArgs),
    /// Parse Go files and folders without running them; report syntax errors.
    Parse {
        /// Files or folders (searched recursively, skipping `testdata`).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Print nothing but the summary line and errors.
        #[arg(short, long)]
        quiet: bool,
    },
    /// Run golden-file tests: compare each X.go's output with its expectation files.
    Test(golden::TestArgs),
    /// Print the version.
    Version,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Run(args) => gostack::run_cmd::run(args),
        Command::Parse { paths, quiet } => gostack::parse_cmd::run(&paths, quiet),
        Command::Test(args) => golden::test_command(args),
        Command::Version => {
            println!("gostack version {} (go1.27 semantics)", env!("CARGO_PKG_VERSION"));
            0
        }
    };
    ExitCode::from(code as u8)
}
