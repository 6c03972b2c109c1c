//! The project's golden suite: one test per `.go` file under `testdata/`,
//! run through the built `gostack` binary and compared with the expectation
//! files beside it (see `docs/testing.md`).
//!
//! * Cases listed in `testdata/known-failures.txt` still run: a failure is
//!   reported as ignored (with the reason), an unexpected pass FAILS so that
//!   the list shrinks.
//! * When real Go is on PATH, each case with expectations is also checked
//!   against real Go (kind `[go-oracle]`), so the expectation files stay
//!   true to Go. Without Go these are ignored, unless `GOSTACK_REQUIRE_GO=1`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use golden::{Case, CaseResult, Config, Runner, Status};
use libtest_mimic::{Arguments, Completion, Failed, Trial};

const KNOWN_FAILURES: &str = "testdata/known-failures.txt";

fn repo_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// Entries of the known-failures list: paths relative to the repository
/// root, one per line; `#` starts a comment.
fn known_failures(root: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join(KNOWN_FAILURES)).unwrap_or_default();
    text.lines().map(|l| l.split('#').next().unwrap_or("").trim()).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

fn short(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    if line.chars().count() > 120 {
        format!("{}...", line.chars().take(117).collect::<String>())
    } else {
        line.to_owned()
    }
}

fn verdict(r: CaseResult, known: bool) -> Result<Completion, Failed> {
    match (r.status, known) {
        (Status::NoExpectation, _) => Ok(Completion::ignored_with("no expectation (run `gostack test --bless`)")),
        (Status::Pass, false) => Ok(Completion::Completed),
        (Status::Pass, true) => Err(format!("passes now: remove it from {KNOWN_FAILURES}").into()),
        (Status::Fail, false) => Err(r.report().into()),
        (Status::Fail, true) => Ok(Completion::ignored_with(format!("known failure: {}", short(&r.summary())))),
    }
}

/// A program that does not compile: besides the first error (checked by the
/// expectation file), every error gostack reports must be one Go reports,
/// in Go's order. gostack may stop sooner (it reports fewer errors after a
/// bad declaration) but never adds a follow-on error of its own.
fn no_follow_on_errors(case: &Case, go_out: &golden::Actual, gs_cfg: &Config) -> Result<Completion, Failed> {
    let theirs = golden::normalize::compile_errors(&go_out.stderr);
    let ours_out = gs_cfg.runner.run_with(case, &golden::Inputs::of(&case.path).unwrap_or_default(), gs_cfg.timeout);
    let ours = golden::normalize::compile_errors(&ours_out.stderr);
    let extra = golden::normalize::errors_not_in(&ours, &theirs);
    if extra.is_empty() {
        Ok(Completion::Completed)
    } else {
        Err(format!(
            "gostack reports errors Go does not (or not in Go's order):\n  {}\nGo's errors:\n  {}",
            extra.join("\n  "),
            theirs.join("\n  ")
        )
        .into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = repo_root();
    let known: BTreeSet<String> = known_failures(&root).into_iter().collect();
    let cases = golden::discover(&[root.join("testdata")], None).unwrap_or_else(|e| panic!("testdata: {e}"));
    let rel = |c: &Case| c.path.strip_prefix(&root).unwrap_or(&c.path).display().to_string();
    let names: BTreeSet<String> = cases.iter().map(rel).collect();

    let cfg = Arc::new(Config::gostack(env!("CARGO_BIN_EXE_gostack")));
    let go = golden::find_go();
    let require_go = golden::go_required();
    let go_cfg = go.map(|go| Arc::new(Config { runner: Runner::Go(go), ..Config::gostack("") }));

    let mut trials = Vec::new();
    for case in cases {
        let name = rel(&case);
        let is_known = known.contains(&name);
        let (c, case_cfg) = (case.clone(), Arc::clone(&cfg));
        trials.push(Trial::ignorable_test(name.clone(), move || verdict(golden::check(&c, &case_cfg), is_known)));
        if !case.exp_path(".exit").exists() {
            continue;
        }
        let go_cfg = go_cfg.clone();
        let gs_cfg = Arc::clone(&cfg);
        let trial = Trial::ignorable_test(name, move || match go_cfg {
            Some(cfg) => {
                // Real Go is itself occasionally nondeterministic (go1.27.3
                // fails one run in a few hundred of
                // testdata/matrix/recover_resumes_pending_goexit_frames.go
                // with its own `fatal error: bad recovery`): a disagreement
                // counts once a second run confirms it.
                let (mut r, mut go_out) = golden::check_keeping_output(&case, &cfg);
                if matches!(r.status, Status::Fail) {
                    (r, go_out) = golden::check_keeping_output(&case, &cfg);
                }
                match r.status {
                    Status::Fail => Err(format!("real Go disagrees with the expectation files:\n{}", r.report()).into()),
                    _ => match go_out {
                        Some(go_out) if case.exp_path(".compile_error").exists() => no_follow_on_errors(&case, &go_out, &gs_cfg),
                        _ => Ok(Completion::Completed),
                    },
                }
            }
            None if require_go => Err("GOSTACK_REQUIRE_GO=1 but `go` is not on PATH".into()),
            None => Ok(Completion::ignored_with("`go` not on PATH (`bash .ci/run` installs it)")),
        });
        trials.push(trial.with_kind("go-oracle"));
    }

    // Every known failure must name an existing case.
    let stale: Vec<String> = known.iter().filter(|k| !names.contains(*k)).cloned().collect();
    trials.push(Trial::test(KNOWN_FAILURES, move || {
        if stale.is_empty() {
            Ok(())
        } else {
            Err(format!("entries that name no case under testdata/: {}", stale.join(", ")).into())
        }
    }));

    libtest_mimic::run(&args, trials).exit();
}
