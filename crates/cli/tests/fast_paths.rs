//! The fast paths, checked against the general code they shortcut, on every
//! golden program under `testdata/` that compiles. Each program runs four
//! ways, in-process, and the last three must give the first's stdout, exit
//! status and stderr:
//!
//! 1. plain: the peephole pass on, no hook (what `gostack run` does);
//! 2. `compiler::Options { peephole: false, debug_probes: false }`: the bytecode as the code
//!    generator left it (no fused compare-and-branch, immediate or
//!    increment-and-branch ops, no loop rotation);
//! 3. a silent event hook installed: the dispatch loop leaves its inline
//!    call, return and open-coded defer fast paths for the general
//!    `push_frame`/`op_return`/`deferproc`;
//! 4. a hook that asks for single steps: the loop's `STEP` copy, which also
//!    never enters `intloop` (the integer-loop fast path).
//!
//! Left out of stderr: traceback argument words (heap addresses are the
//! host's), and for run 2 the `+0x` pc offsets (the pass removes
//! instructions); file:line positions are compared, since the pass keeps
//! every instruction's line.

use std::cell::Cell;
use std::path::Path;
use std::rc::Rc;

use runtime::hook::{Control, Hook};
use runtime::{Options, Vm};

/// Receives every event and does nothing.
struct Silent;
impl Hook for Silent {}

/// Asks for a call before every instruction, and counts them.
struct Stepper(Rc<Cell<u64>>);
impl Hook for Stepper {
    fn step(&mut self, _vm: &Vm, _gi: usize) -> Control {
        self.0.set(self.0.get() + 1);
        Control::Continue
    }
    fn wants_step(&self) -> bool {
        true
    }
}

#[derive(PartialEq, Eq, Debug)]
struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
}

fn run(prog: &bytecode::Program, hook: Option<Box<dyn Hook>>) -> Outcome {
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let opts = Options { max_steps: 200_000_000, ..Default::default() };
    let code = {
        let mut vm = Vm::new(prog, opts, Box::new(&mut stdout), Box::new(&mut stderr)).expect("natives");
        if let Some(h) = hook {
            vm.set_hook(h);
        }
        vm.run_main()
    };
    Outcome { stdout: String::from_utf8_lossy(&stdout).into_owned(), stderr: String::from_utf8_lossy(&stderr).into_owned(), code }
}

/// Traceback frames' argument words become `(...)`; without
/// `keep_offsets`, ` +0x..` after a `file:line` goes too.
fn normalize(stderr: &str, keep_offsets: bool) -> String {
    let mut out = String::new();
    let mut in_traceback = false;
    for line in stderr.lines() {
        if line.starts_with("goroutine ") && line.ends_with("]:") {
            in_traceback = true;
        } else if line.is_empty() {
            in_traceback = false;
        }
        match line.rfind(['(', '+']) {
            Some(i) if in_traceback && !line.starts_with('\t') && line.ends_with(')') => {
                out.push_str(&line[..i]);
                out.push_str("(...)");
            }
            Some(i) if in_traceback && !keep_offsets && line.starts_with('\t') && line[i..].starts_with("+0x") => {
                out.push_str(line[..i].trim_end())
            }
            _ => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// The first line where `a` and `b` differ, for the report.
fn first_difference(a: &str, b: &str) -> String {
    let (mut la, mut lb) = (a.lines(), b.lines());
    for n in 1.. {
        match (la.next(), lb.next()) {
            (None, None) => break,
            (x, y) if x == y => continue,
            (x, y) => return format!("line {n}: {:?} vs {:?}", x.unwrap_or("<end>"), y.unwrap_or("<end>")),
        }
    }
    String::new()
}

fn compare(failures: &mut Vec<String>, path: &Path, how: &str, want: &Outcome, got: &Outcome, keep_offsets: bool) {
    let p = path.display();
    let (want_err, got_err) = (normalize(&want.stderr, keep_offsets), normalize(&got.stderr, keep_offsets));
    if want.code != got.code {
        failures.push(format!("{p} ({how}): exit {} vs {}", want.code, got.code));
    }
    if want.stdout != got.stdout {
        failures.push(format!("{p} ({how}): stdout differs, {}", first_difference(&want.stdout, &got.stdout)));
    }
    if want_err != got_err {
        failures.push(format!("{p} ({how}): stderr differs, {}", first_difference(&want_err, &got_err)));
    }
}

#[test]
fn fast_paths_agree_with_the_general_paths() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata");
    let mut files = Vec::new();
    golden::case::programs(&root, &mut files);
    let mut checked = 0;
    let mut failures = Vec::new();
    let no_peephole = compiler::Options { peephole: false, debug_probes: false };
    let with_peephole = compiler::Options { peephole: true, debug_probes: false };
    for path in files {
        let src = std::fs::read_to_string(&path).expect("read");
        let name = path.to_string_lossy();
        let Ok(prog) = compiler::compile_with(&name, &src, &with_peephole) else { continue };
        let raw = compiler::compile_with(&name, &src, &no_peephole).expect("compiles without the peephole pass too");
        checked += 1;
        let plain = run(&prog, None);
        compare(&mut failures, &path, "no peephole", &plain, &run(&raw, None), false);
        compare(&mut failures, &path, "silent hook", &plain, &run(&prog, Some(Box::new(Silent))), true);
        let steps = Rc::new(Cell::new(0));
        compare(&mut failures, &path, "single-step hook", &plain, &run(&prog, Some(Box::new(Stepper(Rc::clone(&steps))))), true);
        if steps.get() == 0 {
            failures.push(format!("{} (single-step hook): the hook was never asked to step", path.display()));
        }
    }
    assert!(checked > 400, "only {checked} programs checked");
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
    println!("fast paths: {checked} programs agree with peephole off, a silent hook and a stepping hook");
}
