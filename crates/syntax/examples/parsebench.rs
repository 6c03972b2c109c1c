//! Quick throughput check / profiling target:
//! `cargo run --release -p syntax --example parsebench [ROUNDS]`.
//! Parses every .go file under $GOROOT/src/{go,net/http,runtime}.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if name != "testdata" && !name.starts_with('.') {
                walk(&p, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}

/// User+system CPU time of this process, from /proc (Linux), in seconds.
fn cpu_time() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit(')').next()?;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(10);
    let out = std::process::Command::new("go").args(["env", "GOROOT"]).output().expect("go");
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim().to_string());
    let mut paths = Vec::new();
    for d in ["go", "net/http", "runtime"] {
        walk(&root.join("src").join(d), &mut paths);
    }
    let files: Vec<String> = paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = files.iter().map(|s| s.len()).sum();
    let mut arena = bumpalo::Bump::new();
    let mut best = f64::MAX;
    let cpu0 = cpu_time();
    for _ in 0..rounds {
        let t = Instant::now();
        for s in &files {
            arena.reset();
            let _ = syntax::parse_file(&arena, s);
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    let cpu = cpu_time().zip(cpu0).map(|(b, a)| b - a).unwrap_or(0.0);
    let mut lex = f64::MAX;
    for _ in 0..rounds.min(5) {
        let t = Instant::now();
        for s in &files {
            std::hint::black_box(syntax::lexer::tokenize(s));
        }
        lex = lex.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} files, {:.1} MB: parse {:.1} ms = {:.1} MB/s (CPU time: {:.1} MB/s); lex only {:.1} ms = {:.1} MB/s",
        files.len(),
        bytes as f64 / 1e6,
        best * 1e3,
        bytes as f64 / best / 1e6,
        (bytes * rounds) as f64 / cpu / 1e6,
        lex * 1e3,
        bytes as f64 / lex / 1e6
    );
}
