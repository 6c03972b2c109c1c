//! Golden-file test engine behind `gostack test` and the project's own suite.

#[derive(clap::Args, Debug, Default)]
pub struct TestArgs {}

pub fn test_command(args: TestArgs) -> i32 {
    let _ = args;
    1
}
