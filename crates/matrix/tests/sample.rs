//! CI-sized panic matrix: fixed seeds, gostack (in-process) against real Go.
//!
//! Needs `go` on PATH: without it the trials are reported as ignored,
//! unless GOSTACK_REQUIRE_GO=1, which makes them fail. The whole matrix is
//! `gostack-matrix run --bin target/release/gostack --seeds 0..5000 -j2`.
//!
//! A seed with a known disagreement may be listed in [`KNOWN`] (with a
//! reproducer under testdata/matrix/): it is left out of the sample and gets
//! its own trial, reported as ignored while it still disagrees and FAILING
//! once it agrees, so that the list only shrinks (as
//! testdata/known-failures.txt works for golden cases).

use std::time::Duration;

use libtest_mimic::{Arguments, Completion, Failed, Trial};
use matrix::{describe, diff, generate, inproc, scratch, Runner};

/// The fixed seeds of the sample.
const SEEDS: std::ops::Range<u64> = 0..24;

/// Seeds of [`SEEDS`] with a known disagreement, and why. Empty: every seed
/// of the sample agrees with go1.27.3.
const KNOWN: &[(u64, &str)] = &[];

/// How a trial that needs real Go ends when `go` is missing.
fn without_go() -> Result<Completion, Failed> {
    if golden::go_required() {
        Err("GOSTACK_REQUIRE_GO=1 but `go` is not on PATH".into())
    } else {
        Ok(Completion::ignored_with("`go` not on PATH (`bash .ci/run` installs it)"))
    }
}

/// Runs `seeds` in-process and under real Go; one line per disagreement.
fn disagreements(go: std::path::PathBuf, name: &str, seeds: &[u64]) -> Result<Vec<String>, Failed> {
    let dir = scratch(name);
    let mut r = Runner::new("gostack-in-process".into(), Some(go), dir.clone(), Duration::from_secs(30))?;
    let srcs: Vec<String> = seeds.iter().map(|&s| generate(s)).collect();
    // One build for the sample; a disagreement is confirmed with its own build.
    let screened = if seeds.len() > 1 { r.go_batch(&srcs).ok() } else { None };
    let mut bad = Vec::new();
    for (k, (&seed, src)) in seeds.iter().zip(&srcs).enumerate() {
        let got = inproc::run(src, &inproc::Limits::default());
        let want = match screened.as_ref().map(|v| v[k].clone()) {
            Some(Ok(w)) if diff(&w, &got).is_empty() => Ok(w),
            _ => r.go(src),
        };
        match want {
            Ok(w) if diff(&w, &got).is_empty() => {}
            Ok(w) => bad.push(format!("seed {seed}: {}", describe(&w, &got))),
            Err(e) => bad.push(format!("seed {seed}: real Go failed: {e}")),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(bad)
}

fn main() {
    let args = Arguments::from_args();
    let sample: Vec<u64> = SEEDS.filter(|s| !KNOWN.iter().any(|k| k.0 == *s)).collect();
    let mut trials = vec![Trial::ignorable_test(format!("fixed_seed_sample_agrees_with_real_go (seeds {SEEDS:?})"), move || {
        let Some(go) = golden::find_go() else { return without_go() };
        let bad = disagreements(go, "sample-test", &sample)?;
        if bad.is_empty() {
            Ok(Completion::Completed)
        } else {
            Err(format!("{} agreed, {} disagreed:\n{}", sample.len() - bad.len(), bad.len(), bad.join("\n")).into())
        }
    })];
    for &(seed, why) in KNOWN {
        trials.push(Trial::ignorable_test(format!("known_disagreement_seed_{seed}"), move || {
            let Some(go) = golden::find_go() else { return without_go() };
            match disagreements(go, &format!("known-{seed}"), &[seed])?.first() {
                None => Err(format!("seed {seed} agrees with real Go now: remove it from KNOWN ({why})").into()),
                Some(d) => Ok(Completion::ignored_with(format!("known disagreement ({why}): {d}"))),
            }
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
