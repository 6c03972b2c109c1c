//! The stack-model invariants, checked over every golden program under
//! `testdata/` that compiles (every folder; compile-error cases have
//! nothing to run):
//!
//! * segmented and contiguous stacks give identical stdout, exit status
//!   and stderr: panic messages, fatal errors and every goroutine's
//!   traceback (function names, `file:line` and `+0x` pc offsets), stack
//!   overflows included. Left out of stderr (see [`normalize`]): argument
//!   words, the number of frames elided from an overflowing stack's
//!   traceback, and the `runtime: sp=... stack=[lo, hi]` line before a stack
//!   overflow's fatal error;
//! * after a run that ends by main returning, goroutine 1 has no frames, no
//!   `_defer` records, no `_panic` records and exactly one stack segment left
//!   (every segment linked by morestack was released on return);
//! * every goroutine that finished is empty the same way.

use std::path::Path;

use runtime::stack::StackMode;
use runtime::{Options, Vm};

struct Outcome {
    stdout: Vec<u8>,
    stderr: String,
    code: i32,
    problems: Vec<String>,
}

fn run(prog: &bytecode::Program, mode: StackMode) -> Outcome {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let opts = Options { stack_mode: mode, max_steps: 200_000_000, ..Default::default() };
    let (code, problems) = {
        let mut vm = Vm::new(prog, opts, Box::new(&mut stdout), Box::new(&mut stderr)).expect("natives");
        let code = vm.run_main();
        let mut problems = Vec::new();
        if vm.main_returned {
            for g in vm.gs.iter() {
                let done = g.goid == 1 || g.status == runtime::proc::Gstatus::Dead;
                if !done {
                    continue;
                }
                if !g.frames.is_empty() {
                    problems.push(format!("goroutine {}: {} frames left", g.goid, g.frames.len()));
                }
                if !g.defers.is_empty() {
                    problems.push(format!("goroutine {}: {} _defer records left", g.goid, g.defers.len()));
                }
                if !g.panics.is_empty() {
                    problems.push(format!("goroutine {}: {} _panic records left", g.goid, g.panics.len()));
                }
                if g.goid == 1 && g.stack.segs.len() != 1 {
                    problems.push(format!("goroutine 1: {} stack segments left", g.stack.segs.len()));
                }
            }
        }
        (code, problems)
    };
    Outcome { stdout, stderr: normalize(&String::from_utf8_lossy(&stderr)), code, problems }
}

/// `stderr` without what differs by design between the models or from run
/// to run: the `runtime: sp=...` line of a stack overflow (the overflowing
/// segment's bounds), the argument words of traceback frames (heap
/// addresses are the host's, and a stack overflows at a slightly different
/// recursion depth), written `(...)`, and the count of elided frames.
fn normalize(stderr: &str) -> String {
    let mut out = String::new();
    let mut in_traceback = false;
    for line in stderr.lines().filter(|l| !l.starts_with("runtime: sp=")) {
        if line.starts_with("goroutine ") && line.ends_with("]:") {
            in_traceback = true;
        } else if line.is_empty() {
            in_traceback = false;
        }
        match line.rfind('(') {
            Some(i) if in_traceback && !line.starts_with('\t') && line.ends_with(')') => {
                out.push_str(&line[..i]);
                out.push_str("(...)");
            }
            _ if in_traceback && line.starts_with("...") && line.ends_with(" frames elided...") => out.push_str("...N frames elided..."),
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

#[test]
fn segmented_and_contiguous_agree_and_release_everything() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata");
    let mut files = Vec::new();
    golden::case::programs(&root, &mut files);
    let (mut checked, mut overflows) = (0, 0);
    let mut failures = Vec::new();
    for path in files {
        let src = std::fs::read_to_string(&path).expect("read");
        let Ok(prog) = compiler::compile(&path.to_string_lossy(), &src) else { continue };
        let seg = run(&prog, StackMode::Segmented);
        let con = run(&prog, StackMode::Contiguous);
        checked += 1;
        if seg.stderr.contains("fatal error: stack overflow") {
            overflows += 1;
        }
        let p = path.display();
        if seg.code != con.code {
            failures.push(format!("{p}: exit {} (segmented) vs {} (contiguous)", seg.code, con.code));
        }
        if seg.stdout != con.stdout {
            failures.push(format!(
                "{p}: stdout differs, {}",
                first_difference(&String::from_utf8_lossy(&seg.stdout), &String::from_utf8_lossy(&con.stdout))
            ));
        }
        if seg.stderr != con.stderr {
            failures.push(format!("{p}: stderr differs, {}", first_difference(&seg.stderr, &con.stderr)));
        }
        for pr in seg.problems.iter().chain(con.problems.iter()) {
            failures.push(format!("{p}: {pr}"));
        }
    }
    assert!(checked > 400, "only {checked} programs checked");
    assert!(overflows >= 2, "only {overflows} stack-overflow programs checked");
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
    println!("stack models: {checked} programs ({overflows} overflowing) agree; all chains and segments released");
}
