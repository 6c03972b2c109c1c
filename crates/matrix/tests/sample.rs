//! CI-sized panic matrix: fixed seeds, gostack (in-process) against real Go.
//!
//! Runs when `go` is on PATH; skips otherwise, unless GOSTACK_REQUIRE_GO=1,
//! which turns a missing toolchain into a failure. The whole matrix is
//! `gostack-matrix run --bin target/release/gostack --seeds 0..5000 -j2`.

use std::time::Duration;

use matrix::{describe, diff, generate, inproc, scratch, Runner};

/// The fixed seeds of the sample.
const SEEDS: std::ops::Range<u64> = 0..24;

/// Seeds with a known disagreement, left out of the sample (each has a
/// reproducer under testdata/matrix/ listed in testdata/known-failures.txt):
/// * 1, 4, 15, 17: slice-to-array conversion `[3]int(a)` is rejected by the
///   checker (testdata/matrix/slice_to_array_conversion.go).
const KNOWN: &[u64] = &[1, 4, 15, 17];

#[test]
fn fixed_seed_sample_agrees_with_real_go() {
    let Some(go) = golden::find_go() else {
        if std::env::var("GOSTACK_REQUIRE_GO").is_ok_and(|v| v == "1") {
            panic!("GOSTACK_REQUIRE_GO=1 but `go` is not on PATH");
        }
        eprintln!("skipped: real Go (`go`) is not on PATH");
        return;
    };
    let dir = scratch("sample-test");
    let mut r = Runner::new("gostack-in-process".into(), Some(go), dir.clone(), Duration::from_secs(30)).unwrap();
    let seeds: Vec<u64> = SEEDS.filter(|s| !KNOWN.contains(s)).collect();
    let srcs: Vec<String> = seeds.iter().map(|&s| generate(s)).collect();
    // One build for the sample; a disagreement is confirmed with its own build.
    let screened = r.go_batch(&srcs).ok();
    let mut bad = Vec::new();
    for (k, (&seed, src)) in seeds.iter().zip(&srcs).enumerate() {
        let got = inproc::run(src, &inproc::Limits::default());
        let mut want = screened.as_ref().map(|v| v[k].clone());
        if !matches!(&want, Some(Ok(w)) if diff(w, &got).is_empty()) {
            want = Some(r.go(src));
        }
        match want {
            Some(Ok(w)) if diff(&w, &got).is_empty() => {}
            Some(Ok(w)) => bad.push(format!("seed {seed}: {}", describe(&w, &got))),
            Some(Err(e)) => bad.push(format!("seed {seed}: real Go failed: {e}")),
            None => unreachable!(),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    for (seed, src) in KNOWN.iter().map(|&s| (s, generate(s))) {
        if let Ok(w) = r.go(&src) {
            let got = inproc::run(&src, &inproc::Limits::default());
            if diff(&w, &got).is_empty() {
                eprintln!("known disagreement seed {seed} now agrees: remove it from KNOWN");
            }
        }
    }
    assert!(bad.is_empty(), "{} agreed, {} disagreed:\n{}", seeds.len() - bad.len(), bad.len(), bad.join("\n"));
}
