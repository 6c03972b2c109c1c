//! Going backwards shows the states going forwards showed (issue
//! "Inspection a teacher can put in front of a class", point 5).
//!
//! For every golden program, a debugger script steps forward (`step`),
//! recording at each stop the position (`where`: its tick) and the whole
//! inspectable state (`dump`), and setting a checkpoint; then it goes back
//! with `reverse-step` and `reverse-next`, and to each checkpoint with
//! `restart N`, dumping again. Every state reached backwards at a tick that
//! was visited forwards must be byte-identical to the forward one, and the
//! backward walk must revisit forward positions (the check is not vacuous).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use debug::debugger::{run_session, Debugger, Input};
use libtest_mimic::{Arguments, Failed, Trial};

/// Forward steps per program.
const STEPS: usize = 12;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A shared buffer the debugger writes its transcript to.
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

/// (tick, dump) for each `where` + `dump` pair of the transcript, in order,
/// tagged with the phase the pair belongs to (`#phase` comment lines).
fn states(transcript: &str) -> Vec<(String, u64, String)> {
    let mut out = Vec::new();
    let mut phase = String::new();
    let blocks: Vec<&str> = transcript.split("(gostack) ").collect();
    let mut i = 0;
    while i < blocks.len() {
        let b = blocks[i];
        if let Some(p) = b.strip_prefix("# phase ") {
            phase = p.trim().to_string();
        }
        if b.starts_with("where\n") && i + 1 < blocks.len() && blocks[i + 1].starts_with("dump\n") {
            let tick =
                b.lines().nth(1).and_then(|l| l.strip_prefix("tick ")).and_then(|l| l.split(':').next()).and_then(|t| t.parse().ok());
            if let Some(tick) = tick {
                out.push((phase.clone(), tick, blocks[i + 1]["dump\n".len()..].to_string()));
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

fn check(path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let Ok(prog) = compiler::compile("prog.go", &src) else { return Ok(()) };
    let mut script = String::from("break main.main\ncontinue\n# phase forward\nwhere\ndump\ncheckpoint\n");
    for _ in 0..STEPS {
        script.push_str("step\nwhere\ndump\ncheckpoint\n");
    }
    script.push_str("# phase reverse-step\n");
    for _ in 0..STEPS {
        script.push_str("rs\nwhere\ndump\n");
    }
    script.push_str("# phase checkpoints\n");
    for k in (1..=STEPS + 1).rev() {
        script.push_str(&format!("restart {k}\nwhere\ndump\n"));
    }
    script.push_str("# phase reverse-next\n");
    for _ in 0..STEPS {
        script.push_str("rn\nwhere\ndump\n");
    }
    script.push_str("quit\n");
    let out = Buf::default();
    let opts = runtime::Options { max_steps: 300_000, max_stack: 16 << 20, rand_seed: Some(7), ..Default::default() };
    {
        let mut dbg = Debugger::new(Input::lines(&script), Box::new(out.clone()));
        if dbg.before_start(&prog) {
            run_session(&prog, opts, &mut dbg, Box::new(std::io::sink()), Box::new(std::io::sink())).map_err(|e| e.to_string())?;
        }
    }
    let transcript = String::from_utf8_lossy(&out.0.borrow()).into_owned();
    let all = states(&transcript);
    let forward: HashMap<u64, &String> = all.iter().filter(|s| s.0 == "forward").map(|s| (s.1, &s.2)).collect();
    if forward.is_empty() {
        return Err(format!("no forward state was recorded:\n{transcript}").into());
    }
    let mut revisited = 0;
    for (phase, tick, dump) in all.iter().filter(|s| s.0 != "forward") {
        if let Some(f) = forward.get(tick) {
            revisited += 1;
            if *f != dump {
                let diff = similar::TextDiff::from_lines(f.as_str(), dump.as_str()).unified_diff().header("forward", phase).to_string();
                return Err(format!("tick {tick}: the state reached by {phase} differs from the forward one:\n{diff}").into());
            }
        }
    }
    // Every checkpoint is a forward position: restart N must land on each.
    let checkpoints = all.iter().filter(|s| s.0 == "checkpoints" && forward.contains_key(&s.1)).count();
    if checkpoints < forward.len().min(STEPS + 1) {
        return Err(format!("restart N reached {checkpoints} of {} forward positions:\n{transcript}", forward.len()).into());
    }
    if forward.len() > 1 && revisited == 0 {
        return Err(format!("going back never reached a forward position:\n{transcript}").into());
    }
    Ok(())
}

fn main() {
    let args = Arguments::from_args();
    let mut files = Vec::new();
    golden::case::programs(&root().join("testdata"), &mut files);
    let trials: Vec<Trial> = files
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(root()).unwrap_or(&p).display().to_string();
            Trial::test(name, move || check(&p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
