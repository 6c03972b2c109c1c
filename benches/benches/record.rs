//! The cost of recording a run for the classroom view (`gostack show`,
//! issue 12: "recording costs at most 3x the plain run for programs of
//! 10^5 steps").
//!
//! One program of about 10^5 recorded steps (a loop of 33,334 iterations,
//! three statements each), compiled once, then:
//! - `plain_run`: `runtime::run`, output to a sink (what `gostack run` does
//!   after compiling);
//! - `record`: `show::record::record` with room for 200,000 steps (the VM
//!   runs its hooked loop and calls the recorder at statement starts);
//! - `record_and_page`: the same plus `show::page`, the HTML document with
//!   the recording (gzipped above 4 MB of JSON; this one is not) — what
//!   `gostack show` does after compiling.
//!
//! `cargo bench -p benches --bench record`. docs/performance.md,
//! "Recording for the classroom view", has the figures.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};

/// About 10^5 statement steps: three per iteration (the loop's head and
/// the two assignments).
const LOOP: &str = r#"package main

import "fmt"

func main() {
	const n = 33334
	sum := 0
	x := 1
	for i := 0; i < n; i++ {
		sum += i ^ x
		x += 3
	}
	fmt.Println("loop", n, sum)
}
"#;

fn opts() -> runtime::Options {
    runtime::Options { args: vec!["bench".into()], ..Default::default() }
}

fn record(c: &mut Criterion) {
    let prog = compiler::compile("loop.go", LOOP).expect("compiles");
    let ropts = || show::record::RecordOptions { max_record: 200_000, ..Default::default() };
    let rec = show::record::record(&prog, opts(), ropts()).expect("records");
    assert!(!rec.truncated && rec.steps >= 100_000, "{} steps", rec.steps);
    let mut g = c.benchmark_group("record");
    g.sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_millis(200));
    g.bench_function("plain_run", |b| {
        b.iter_batched(
            || (),
            |()| runtime::run(&prog, opts(), Box::new(std::io::sink()), Box::new(std::io::sink())),
            BatchSize::PerIteration,
        )
    });
    g.bench_function("record", |b| b.iter_batched(|| (), |()| show::record::record(&prog, opts(), ropts()), BatchSize::PerIteration));
    g.bench_function("record_and_page", |b| {
        b.iter_batched(
            || (),
            |()| {
                let rec = show::record::record(&prog, opts(), ropts()).expect("records");
                show::page("loop.go", &rec.json).len()
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group!(benches, record);
criterion_main!(benches);
