//! One program, one output (issue "Inspection a teacher can put in front of
//! a class", point 4): two runs of any golden program under
//! `gostack trace --format json` with every event group write identical
//! traces, and identical program output (tracebacks with their argument
//! words, `%p` addresses) — addresses are virtual and assigned
//! deterministically (`runtime::heap::vaddr`).
//!
//! The runs use the CLI's own code path (`gostack trace`) in the same
//! process, one after the other, as two processes would: nothing may leak
//! from one run into the next. math/rand's top-level functions are seeded
//! randomly per run, as Go's are; the runs here fix the seed.

use std::path::{Path, PathBuf};

use debug::trace::{parse_groups, Format, TraceHook};
use libtest_mimic::{Arguments, Failed, Trial};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[derive(Clone, Default)]
struct Buf(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Buf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// (trace, stdout, stderr, exit status) of one run.
fn run(prog: &bytecode::Program) -> (Vec<u8>, Vec<u8>, Vec<u8>, i32) {
    let (trace, out, err) = (Buf::default(), Buf::default(), Buf::default());
    let groups = parse_groups("all").expect("groups");
    let hook = TraceHook::new(groups, Format::Json, Box::new(trace.clone()));
    let opts = runtime::Options { max_steps: 2_000_000, max_stack: 64 << 20, rand_seed: Some(1), ..Default::default() };
    let code = debug::run_with_hook(prog, opts, Box::new(out.clone()), Box::new(err.clone()), Box::new(hook)).expect("natives");
    let take = |b: Buf| b.0.borrow().clone();
    (take(trace), take(out), take(err), code)
}

fn check(path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path)?;
    let Ok(prog) = compiler::compile(&path.display().to_string(), &src) else { return Ok(()) };
    let a = run(&prog);
    let b = run(&prog);
    if a.0.is_empty() {
        return Err("the trace is empty".into());
    }
    for (what, x, y) in [("trace", &a.0, &b.0), ("stdout", &a.1, &b.1), ("stderr", &a.2, &b.2)] {
        if x != y {
            let (x, y) = (String::from_utf8_lossy(x), String::from_utf8_lossy(y));
            let diff = similar::TextDiff::from_lines(x.as_ref(), y.as_ref()).unified_diff().header("run 1", "run 2").to_string();
            return Err(format!("two runs wrote different {what}:\n{}", diff.chars().take(4000).collect::<String>()).into());
        }
    }
    if a.3 != b.3 {
        return Err(format!("exit status {} then {}", a.3, b.3).into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut files = Vec::new();
    golden::case::programs(&root().join("testdata"), &mut files);
    golden::case::programs(&root().join("docs/lessons"), &mut files);
    let trials: Vec<Trial> = files
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(root()).unwrap_or(&p).display().to_string();
            Trial::test(name, move || check(&p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
