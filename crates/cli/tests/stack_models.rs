//! The stack-model invariants, checked over every golden program:
//!
//! * segmented and contiguous stacks give identical program output and exit
//!   status (issue: "both must give identical program output");
//! * after a run that ends by main returning, goroutine 1 has no frames, no
//!   `_defer` records, no `_panic` records and exactly one stack segment left
//!   (every segment linked by morestack was released on return);
//! * every goroutine that finished is empty the same way.

use std::path::{Path, PathBuf};

use runtime::stack::StackMode;
use runtime::{Options, Vm};

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().and_then(|e| e.to_str()) == Some("go") {
            out.push(p);
        }
    }
}

struct Outcome {
    stdout: Vec<u8>,
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
    Outcome { stdout, code, problems }
}

#[test]
fn segmented_and_contiguous_agree_and_release_everything() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata");
    let mut files = Vec::new();
    for sub in ["run", "panic", "lang", "conc"] {
        programs(&root.join(sub), &mut files);
    }
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in files {
        // Only programs that compile; deep-recursion cases are slow in debug builds.
        let src = std::fs::read_to_string(&path).expect("read");
        // SetMaxStack changes process-wide state; overflow cases are slow in-process.
        if src.contains("stack overflow") || src.contains("SetMaxStack") || path.to_string_lossy().contains("overflow") {
            continue;
        }
        let Ok(prog) = compiler::compile(&path.to_string_lossy(), &src) else { continue };
        let seg = run(&prog, StackMode::Segmented);
        let con = run(&prog, StackMode::Contiguous);
        checked += 1;
        if seg.stdout != con.stdout || seg.code != con.code {
            failures.push(format!("{}: segmented and contiguous differ (exit {} vs {})", path.display(), seg.code, con.code));
        }
        for p in seg.problems.iter().chain(con.problems.iter()) {
            failures.push(format!("{}: {p}", path.display()));
        }
    }
    assert!(checked > 50, "only {checked} programs checked");
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
    println!("stack models: {checked} programs agree; all chains and segments released");
}
