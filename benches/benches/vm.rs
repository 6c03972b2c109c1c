//! The VM benchmarks: every program in `benches/programs/*.go` (the shared
//! suite's thirteen, copied so the repository is self-contained, plus the
//! adversarial ones: hot split, defer in loops, panic storms, deep
//! recursion, many goroutines), plus any program of `../shared/bench/programs`
//! that is not already here. Files are picked up automatically.
//!
//! Groups, by phase (wasmi's translate / execute split):
//! - `compile`: `compiler::compile` of the source (parse, check, codegen,
//!   including the stdlib prelude).
//! - `execute`: `runtime::run` of the compiled program, stdout to a sink.
//! - `overhead`: the cost of observation (STYLE §8): a few programs run with
//!   no hook and with a silent hook installed (every event delivered, no
//!   single-stepping). With a hook the dispatch loop leaves its inline
//!   call/return fast paths, so the difference is the price of `trace`.
//!
//! Compare with a saved baseline:
//! `cargo bench -p benches --bench vm -- --save-baseline before`, then
//! `cargo bench -p benches --bench vm -- --baseline before`.
//! `BENCH_ONLY="fib loop"` narrows the set.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

fn programs() -> Vec<(String, String)> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [here.join("programs"), here.join("../../shared/bench/programs")];
    let only: Vec<String> = std::env::var("BENCH_ONLY").map(|s| s.split_whitespace().map(String::from).collect()).unwrap_or_default();
    let mut out: Vec<(String, String)> = Vec::new();
    for d in &dirs {
        let Ok(rd) = std::fs::read_dir(d) else { continue };
        let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "go")).collect();
        paths.sort();
        for p in paths {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            if out.iter().any(|(n, _)| *n == name) || (!only.is_empty() && !only.contains(&name)) {
                continue;
            }
            if let Ok(src) = std::fs::read_to_string(&p) {
                out.push((name, src));
            }
        }
    }
    out
}

fn run(prog: &bytecode::Program) -> i32 {
    let opts = runtime::Options { args: vec!["bench".into()], ..Default::default() };
    runtime::run(prog, opts, Box::new(std::io::sink()), Box::new(std::io::sink())).expect("natives")
}

fn compile(c: &mut Criterion) {
    let mut g = c.benchmark_group("compile");
    g.sample_size(20).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    for (name, src) in programs() {
        g.bench_function(&name, |b| b.iter(|| compiler::compile(&format!("{name}.go"), &src).expect("compiles")));
    }
    g.finish();
}

fn execute(c: &mut Criterion) {
    let mut g = c.benchmark_group("execute");
    g.sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_millis(200));
    for (name, src) in programs() {
        let prog = compiler::compile(&format!("{name}.go"), &src).expect("compiles");
        assert_eq!(run(&prog), 0, "{name} exits 0");
        g.bench_function(&name, |b| b.iter_batched(|| (), |()| run(&prog), BatchSize::PerIteration));
    }
    g.finish();
}

/// A hook that receives every event and does nothing with it.
struct Silent;
impl runtime::hook::Hook for Silent {}

fn run_hooked(prog: &bytecode::Program) -> i32 {
    let opts = runtime::Options { args: vec!["bench".into()], ..Default::default() };
    let mut vm = runtime::Vm::new(prog, opts, Box::new(std::io::sink()), Box::new(std::io::sink())).expect("natives");
    vm.set_hook(Box::new(Silent));
    vm.run_main()
}

fn overhead(c: &mut Criterion) {
    let mut g = c.benchmark_group("overhead");
    g.sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_millis(200));
    for (name, src) in programs() {
        if !["fib", "loop", "defer_loop", "panic_recover"].contains(&name.as_str()) {
            continue;
        }
        let prog = compiler::compile(&format!("{name}.go"), &src).expect("compiles");
        g.bench_function(format!("{name}/no_hook"), |b| b.iter_batched(|| (), |()| run(&prog), BatchSize::PerIteration));
        g.bench_function(format!("{name}/silent_hook"), |b| b.iter_batched(|| (), |()| run_hooked(&prog), BatchSize::PerIteration));
    }
    g.finish();
}

criterion_group!(benches, compile, execute, overhead);
criterion_main!(benches);
