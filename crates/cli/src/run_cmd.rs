//! `gostack run`: compile and execute one program.

use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// The program, or `-` for standard input.
    pub file: PathBuf,
}

pub fn run(args: RunArgs) -> i32 {
    let _ = args;
    eprintln!("gostack run: not implemented yet");
    1
}
