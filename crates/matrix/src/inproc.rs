//! gostack in-process: compile and run a program without the CLI binary,
//! with the output collected (for tests, the fuzz-lite loop, and machines
//! without a built `gostack`). Matches `gostack run prog.go` in stdout, exit
//! code and stderr head.

use crate::Outcome;

/// Options for an in-process run.
#[derive(Clone, Debug, Default)]
pub struct Limits {
    /// VM instruction budget (0 = none).
    pub max_steps: u64,
}

/// Compiles and runs `src` as `prog.go`.
pub fn run(src: &str, limits: &Limits) -> Outcome {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let exit = match compiler::compile("prog.go", src) {
        Err(errs) => {
            for e in errs {
                let e = e.strip_prefix("prog.go").map(|r| format!("./prog.go{r}")).unwrap_or(e);
                stderr.extend_from_slice(e.as_bytes());
                stderr.push(b'\n');
            }
            1
        }
        Ok(prog) => {
            let opts = runtime::Options { max_steps: limits.max_steps, args: vec!["prog.go".into()], ..Default::default() };
            let r = runtime::run(&prog, opts, Box::new(&mut stdout), Box::new(&mut stderr));
            match r {
                Ok(c) => c,
                Err(e) => {
                    stderr.extend_from_slice(format!("gostack: {e}\n").as_bytes());
                    2
                }
            }
        }
    };
    let stderr = String::from_utf8_lossy(&stderr).into_owned();
    Outcome { head: golden::normalize::stderr_head(&stderr), stdout, exit: Some(exit), stderr, timed_out: false }
}
