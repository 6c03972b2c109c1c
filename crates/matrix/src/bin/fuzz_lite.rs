//! `gostack-fuzz-lite`: an in-process fuzzer for the whole pipeline (parser,
//! checker + code generator, VM under a step limit), for machines where
//! cargo-fuzz (libFuzzer, nightly) is not practical. Each execution runs
//! under `catch_unwind`; a Rust panic is a crash, saved (once per panic
//! location) as `OUT/crash_<hash>.go` with the message in `.txt`. Before each
//! execution the input is written to `OUT/.current.go`, so an abort that
//! cannot be caught (stack overflow, allocation failure) leaves its input.
//!
//! Inputs: the corpus files (mutated), matrix-generated programs (mutated),
//! token soup, and deeply nested expressions/blocks.
//!
//! ```text
//! gostack-fuzz-lite --seconds 600 --out testdata/crashers testdata /work/shared/conformance/cases
//! ```
//!
//! Exit status: 0 when nothing crashed, 1 when something did (each find is
//! in OUT), 3 on a hang. `.ci/run` runs a 60-second pass with seed 1.

use std::collections::HashSet;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use matrix::gen::Rng;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// When the current execution started (ms since the fuzzer started; 0 = idle),
/// for the hang watchdog.
static EXEC_START_MS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The process's CPU time (ms) when the current execution started.
static EXEC_START_CPU_MS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// CPU seconds one execution may take before it counts as a hang (the input
/// is kept as `.current.go`, and the process exits with status 3). CPU time,
/// not wall time: on a shared 2-core machine a 50 ms execution once took
/// over 20 s of wall time beside four builds and was reported as a hang.
const HANG_SECS: u64 = 20;

/// Wall-clock seconds after which an execution counts as a hang even
/// without spending CPU (a host-side wait that never ends).
const HANG_WALL_SECS: u64 = 180;

/// This process's user + system CPU time in ms (`/proc/self/stat`, in clock
/// ticks of 1/100 s, as Linux reports them); None where there is no /proc.
fn process_cpu_ms() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may contain spaces) end in ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the whole line: 11 and 12 here.
    let ticks = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks * 10)
}

const TOKENS: &[&str] = &[
    "package",
    "main",
    "import",
    "func",
    "var",
    "const",
    "type",
    "struct",
    "interface",
    "map",
    "chan",
    "go",
    "defer",
    "return",
    "if",
    "else",
    "for",
    "range",
    "switch",
    "case",
    "default",
    "select",
    "break",
    "continue",
    "goto",
    "fallthrough",
    "panic",
    "recover",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ".",
    "...",
    ":",
    ":=",
    "=",
    "+",
    "-",
    "*",
    "/",
    "%",
    "&",
    "|",
    "^",
    "<<",
    ">>",
    "&^",
    "&&",
    "||",
    "<-",
    "++",
    "--",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "!",
    "~",
    "x",
    "y",
    "T",
    "int",
    "string",
    "any",
    "error",
    "nil",
    "true",
    "0",
    "1",
    "-1",
    "1<<62",
    "1e308",
    "0x7f",
    "'a'",
    "\"s\"",
    "`raw`",
    "\n",
    " ",
    "fmt.Println",
    "os.Exit",
    "runtime.Goexit",
    "make",
    "len",
    "cap",
    "append",
    "new",
    "copy",
    "delete",
    "close",
    "min",
    "max",
    "clear",
    "[]int",
    "map[string]int",
    "func()",
    "struct{}",
    "[3]int",
];

fn mutate(rng: &mut Rng, src: &str, corpus: &[String]) -> String {
    let mut b: Vec<u8> = src.as_bytes().to_vec();
    let n = 1 + rng.below(4);
    for _ in 0..n {
        let len = b.len().max(1) as u64;
        match rng.below(10) {
            0 => {
                // delete a range
                let i = rng.below(len) as usize;
                let j = (i + 1 + rng.below(16) as usize).min(b.len());
                if i < j {
                    b.drain(i..j);
                }
            }
            1 => {
                // duplicate a range
                let i = rng.below(len) as usize;
                let j = (i + 1 + rng.below(64) as usize).min(b.len());
                if i < j {
                    let piece = b[i..j].to_vec();
                    let at = rng.below(len) as usize;
                    b.splice(at.min(b.len())..at.min(b.len()), piece);
                }
            }
            2..=4 => {
                // insert a token
                let t = TOKENS[rng.below(TOKENS.len() as u64) as usize];
                let at = (rng.below(len) as usize).min(b.len());
                b.splice(at..at, t.bytes().chain(std::iter::once(b' ')));
            }
            5 => {
                // replace a byte
                if !b.is_empty() {
                    let i = rng.below(len) as usize;
                    const BYTES: &[u8] = b"(){}[];,.:=+-*/%&|^<>!\"'`\n 0123456789xT";
                    b[i] = BYTES[rng.below(BYTES.len() as u64) as usize];
                }
            }
            6 => {
                // swap two lines
                let text = String::from_utf8_lossy(&b).into_owned();
                let mut lines: Vec<&str> = text.lines().collect();
                if lines.len() > 2 {
                    let (i, j) = (rng.below(lines.len() as u64) as usize, rng.below(lines.len() as u64) as usize);
                    lines.swap(i, j);
                }
                b = lines.join("\n").into_bytes();
            }
            7 => {
                // splice a piece of another corpus file
                if !corpus.is_empty() {
                    let o = corpus[rng.below(corpus.len() as u64) as usize].as_bytes();
                    if !o.is_empty() {
                        let i = rng.below(o.len() as u64) as usize;
                        let j = (i + 1 + rng.below(200) as usize).min(o.len());
                        let at = (rng.below(len) as usize).min(b.len());
                        b.splice(at..at, o[i..j].iter().copied());
                    }
                }
            }
            8 => {
                // change a number
                let text = String::from_utf8_lossy(&b).into_owned();
                let nums = ["0", "-1", "1<<31", "1<<63 - 1", "255", "256", "1000000", "-9223372036854775808", "3"];
                let pos: Vec<usize> = text.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
                if !pos.is_empty() {
                    let i = pos[rng.below(pos.len() as u64) as usize];
                    let mut t = text.clone();
                    t.replace_range(i..i + 1, nums[rng.below(nums.len() as u64) as usize]);
                    b = t.into_bytes();
                }
            }
            _ => {
                // truncate
                let i = rng.below(len) as usize;
                b.truncate(i);
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

fn token_soup(rng: &mut Rng) -> String {
    let mut s = String::from("package main\n");
    for _ in 0..rng.below(120) {
        s.push_str(TOKENS[rng.below(TOKENS.len() as u64) as usize]);
        s.push(' ');
    }
    s
}

fn nested(rng: &mut Rng, max_nest: usize) -> String {
    let n = [10, 100, 1000, 10_000, 100_000][rng.below(5) as usize].min(max_nest);
    let rep = |s: &str, n: usize| s.repeat(n);
    let body = match rng.below(8) {
        0 => format!("x := {}1{}", rep("(", n), rep(")", n)),
        1 => format!("{}{}", rep("{", n), rep("}", n)),
        2 => format!("x := 1{}", rep(" + 1", n)),
        3 => format!("x := {}1", rep("-", n)),
        4 => format!("var x {}int", rep("[]", n)),
        5 => format!("x := {}1{}", rep("func() int { return ", n), rep(" }()", n)),
        6 => format!("{}{}", rep("if true {", n), rep("}", n)),
        _ => format!("x := {}1{}", rep("[]any{", n), rep("}", n)),
    };
    format!("package main\n\nfunc main() {{\n\t{body}\n\t_ = x\n}}\n")
}

/// One execution of the pipeline: parse, compile, run (bounded).
fn exec_one(src: &str, max_steps: u64) {
    let arena = bumpalo::Bump::new();
    let _ = syntax::parse_file(&arena, src);
    if let Ok(prog) = compiler::compile("prog.go", src) {
        // A heap limit the fuzzer's machine can afford: without the CLI's
        // counting allocator only single requests are checked, and one of
        // 4 GiB (`strings.Repeat("ab", 1<<31)`) fits the default limit
        // exactly and ran for minutes (a CI hang).
        let opts = runtime::Options { max_steps, max_heap: 256 << 20, args: vec!["prog.go".into()], ..Default::default() };
        let _ = runtime::run(&prog, opts, Box::new(std::io::sink()), Box::new(std::io::sink()));
    }
}

fn load_corpus(paths: &[PathBuf]) -> Vec<String> {
    fn walk(p: &Path, out: &mut Vec<String>) {
        if p.is_dir() {
            if let Ok(rd) = std::fs::read_dir(p) {
                let mut es: Vec<_> = rd.flatten().map(|e| e.path()).collect();
                es.sort();
                for e in es {
                    walk(&e, out);
                }
            }
        } else if p.extension().is_some_and(|e| e == "go") {
            if let Ok(s) = std::fs::read_to_string(p) {
                out.push(s);
            }
        }
    }
    let mut v = Vec::new();
    for p in paths {
        walk(p, &mut v);
    }
    v
}

fn hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.bytes() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h
}

fn main() {
    // The compiler recurses over the program: executions run on a thread
    // with the stack the gostack binary gives its worker (1 GiB, lazily
    // committed), or the fuzzer would report its own 8 MiB main thread's
    // overflow on inputs `gostack run` handles (a 10,000-term `+` chain).
    let worker = std::thread::Builder::new().stack_size(1 << 30).spawn(fuzz_main).expect("fuzzer thread");
    let _ = worker.join();
}

fn fuzz_main() {
    let mut args = std::env::args().skip(1);
    let (mut seconds, mut out, mut seed, mut max_steps, mut paths) =
        (60u64, PathBuf::from("testdata/crashers"), 1u64, 100_000u64, Vec::new());
    // Deepest nesting generated (known: 20k-deep types and 100k-long `+`
    // chains overflow the compiler's stack; lower this to look past them).
    let mut max_nest = 100_000usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds),
            "--out" => out = args.next().map(PathBuf::from).unwrap_or(out),
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).unwrap_or(seed),
            "--max-nest" => max_nest = args.next().and_then(|s| s.parse().ok()).unwrap_or(max_nest),
            "--max-steps" => max_steps = args.next().and_then(|s| s.parse().ok()).unwrap_or(max_steps),
            "-h" | "--help" => {
                eprintln!("usage: gostack-fuzz-lite [--seconds N] [--out DIR] [--seed N] [--max-steps N] [--max-nest N] CORPUS_DIR...");
                return;
            }
            _ => paths.push(PathBuf::from(a)),
        }
    }
    std::fs::create_dir_all(&out).expect("--out folder");
    let corpus = load_corpus(&paths);
    eprintln!("fuzz-lite: {} corpus files, {seconds}s, seed {seed}, max-steps {max_steps}", corpus.len());
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        *LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner()) = Some(format!("{at}: {msg}"));
    }));
    let mut rng = Rng::new(seed);
    let start = Instant::now();
    {
        let out = out.clone();
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            let t = EXEC_START_MS.load(std::sync::atomic::Ordering::Relaxed);
            let now = start.elapsed().as_millis() as u64;
            let cpu0 = EXEC_START_CPU_MS.load(std::sync::atomic::Ordering::Relaxed);
            // Without /proc, wall time at the CPU bound.
            let cpu = process_cpu_ms().map_or(now.saturating_sub(t), |c| c.saturating_sub(cpu0));
            if t != 0 && (cpu > HANG_SECS * 1000 || now.saturating_sub(t) > HANG_WALL_SECS * 1000) {
                println!(
                    "HANG: an execution ran over {HANG_SECS} s of CPU (or {HANG_WALL_SECS} s) despite --max-steps: {}",
                    out.join(".current.go").display()
                );
                let _ = std::io::stdout().flush();
                std::process::exit(3);
            }
        });
    }
    let (mut execs, mut crashes) = (0u64, 0u64);
    let mut seen: HashSet<String> = HashSet::new();
    let current = out.join(".current.go");
    let mut last_report = Instant::now();
    while start.elapsed() < Duration::from_secs(seconds) {
        let src = match rng.weighted(&[45, 30, 15, 10]) {
            0 if !corpus.is_empty() => {
                let base = &corpus[rng.below(corpus.len() as u64) as usize];
                mutate(&mut rng, base, &corpus)
            }
            1 => {
                let p = matrix::generate(rng.next_u64() % 1_000_000_000);
                if rng.chance(70) {
                    mutate(&mut rng, &p, &corpus)
                } else {
                    p
                }
            }
            2 => token_soup(&mut rng),
            _ => nested(&mut rng, max_nest),
        };
        let _ = std::fs::write(&current, &src);
        execs += 1;
        EXEC_START_CPU_MS.store(process_cpu_ms().unwrap_or(0), std::sync::atomic::Ordering::Relaxed);
        EXEC_START_MS.store(start.elapsed().as_millis().max(1) as u64, std::sync::atomic::Ordering::Relaxed);
        let r = catch_unwind(AssertUnwindSafe(|| exec_one(&src, max_steps)));
        EXEC_START_MS.store(0, std::sync::atomic::Ordering::Relaxed);
        if r.is_err() {
            let msg = LAST_PANIC.lock().unwrap_or_else(|e| e.into_inner()).take().unwrap_or_default();
            let key = msg.split(": ").next().unwrap_or("").to_string();
            if seen.insert(key) {
                crashes += 1;
                let name = format!("crash_{:016x}", hash(&src));
                let _ = std::fs::write(out.join(format!("{name}.go")), &src);
                let _ = std::fs::write(out.join(format!("{name}.txt")), format!("{msg}\n"));
                println!("CRASH {name}: {msg}");
                let _ = std::io::stdout().flush();
            }
        }
        if last_report.elapsed() > Duration::from_secs(60) {
            eprintln!("fuzz-lite: {execs} executions, {crashes} distinct crashes, {:.0}s", start.elapsed().as_secs_f64());
            last_report = Instant::now();
        }
    }
    let _ = std::fs::remove_file(&current);
    println!("{execs} executions, {crashes} distinct crashes in {:.0}s", start.elapsed().as_secs_f64());
    // CI runs a bounded fuzz pass: a find fails it (the input is in OUT).
    if crashes > 0 {
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    /// The watchdog's clock moves with work done, as the kernel counts it.
    #[test]
    fn process_cpu_time_counts_work() {
        let Some(before) = super::process_cpu_ms() else { return };
        let t = std::time::Instant::now();
        let mut x = 1u64;
        while t.elapsed() < std::time::Duration::from_millis(400) {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        }
        std::hint::black_box(x);
        let spent = super::process_cpu_ms().unwrap_or(0).saturating_sub(before);
        // 400 ms of wall time spinning: at least some CPU time, never more
        // than the wall time plus a tick per thread.
        assert!(spent > 0 && spent <= 600, "spent {spent} ms");
    }
}
