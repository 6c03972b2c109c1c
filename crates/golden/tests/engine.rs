//! End-to-end checks of the engine with a fake interpreter (a shell script
//! standing in for `gostack`): discovery, blessing, comparison, timeouts.

use std::path::{Path, PathBuf};
use std::time::Duration;

use golden::{bless, check, discover, Blessed, Case, Config, Part, Runner, Status};

const FAKE: &str = r#"#!/bin/sh
[ "$1" = run ] || { echo "usage: fake run [--env=K=V]... FILE [-- ARGS]" >&2; exit 64; }
shift
envs=""
while case "$1" in --env=*) true ;; *) false ;; esac; do envs="$envs ${1#--env=}"; shift; done
file="$1"; shift
[ "$1" = -- ] && shift
set -- "$file" "$file" "$@"
case "$2" in
  io.go)   shift 2; echo "args: $*"; echo "env:$envs"; echo "stdin: $(cat)" ;;
  ok.go)   echo "hello from $(basename "$PWD")" ;;
  boom.go) echo out; echo 'panic: boom' >&2
           printf '[signal SIGSEGV: segmentation violation]\n\ngoroutine 1 [running]:\nmain.f(...)\n\t/x.go:3\nmain.main()\n\t/x.go:7 +0x1d\n' >&2
           exit 2 ;;
  bad.go)  echo "./$2:3:2: declared and not used: x" >&2; exit 1 ;;
  slow.go) exec sleep 5 ;;
  *)       echo "unknown $2" >&2; exit 9 ;;
esac
"#;

struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(tag: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("golden-engine-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("cases/sub")).unwrap();
    let fake = dir.join("fake-gostack");
    std::fs::write(&fake, FAKE).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    for f in ["cases/ok.go", "cases/sub/boom.go", "cases/sub/bad.go", "cases/slow.go", "cases/io.go"] {
        std::fs::write(dir.join(f), "package main\n\nfunc main() {}\n").unwrap();
    }
    Scratch(dir)
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

fn case(dir: &Path, rel: &str) -> Case {
    Case::new(dir.join(rel))
}

#[test]
fn discover_sorts_files_before_subfolders_and_filters() {
    let s = scratch("discover");
    let names: Vec<String> = discover(&[s.0.join("cases")], None)
        .unwrap()
        .into_iter()
        .map(|c| c.path.strip_prefix(&s.0).unwrap().display().to_string())
        .collect();
    assert_eq!(names, ["cases/io.go", "cases/ok.go", "cases/slow.go", "cases/sub/bad.go", "cases/sub/boom.go"]);
    assert_eq!(discover(&[s.0.join("cases")], Some("bo")).unwrap().len(), 1);
    assert!(discover(&[s.0.join("missing")], None).is_err());
}

#[test]
fn bless_then_check_round_trip() {
    let s = scratch("roundtrip");
    let runner = Runner::Gostack(s.0.join("fake-gostack"));
    let cfg = Config { runner: runner.clone(), timeout: Duration::from_secs(10), strict_frames: true };
    let t = Duration::from_secs(10);

    let ok = case(&s.0, "cases/ok.go");
    assert_eq!(check(&ok, &cfg).status, Status::NoExpectation);
    assert_eq!(bless(&ok, &runner, t), Blessed::Run { changed: true });
    assert_eq!(bless(&ok, &runner, t), Blessed::Run { changed: false });
    assert_eq!(read(&ok.exp_path(".stdout")), "hello from cases\n");
    assert_eq!(read(&ok.exp_path(".exit")), "0\n");
    // Files only for what the program does: no empty stderr head or frames.
    assert!(!ok.exp_path(".stderr_head").exists() && !ok.exp_path(".frames").exists() && !ok.exp_path(".lines").exists());
    assert_eq!(check(&ok, &cfg).status, Status::Pass);

    let boom = case(&s.0, "cases/sub/boom.go");
    assert_eq!(bless(&boom, &runner, t), Blessed::Run { changed: true });
    assert_eq!(read(&boom.exp_path(".stderr_head")), "panic: boom\n");
    assert_eq!(read(&boom.exp_path(".frames")), "main.f\nmain.main\n");
    assert_eq!(read(&boom.exp_path(".exit")), "2\n");
    assert_eq!(check(&boom, &cfg).status, Status::Pass);

    let bad = case(&s.0, "cases/sub/bad.go");
    assert_eq!(bless(&bad, &runner, t), Blessed::CompileError { changed: true });
    assert_eq!(read(&bad.exp_path(".compile_error")), "3:2: declared and not used: x\n");
    assert!(!bad.exp_path(".stderr_head").exists());
    assert!(!bad.exp_path(".stdout").exists() && !bad.exp_path(".frames").exists());
    assert_eq!(check(&bad, &cfg).status, Status::Pass);

    // A changed expectation fails, with a diff of that part only.
    std::fs::write(ok.exp_path(".stdout"), "hello\n").unwrap();
    let r = check(&ok, &cfg);
    assert_eq!(r.status, Status::Fail);
    assert_eq!(r.mismatches.iter().map(|m| m.part).collect::<Vec<_>>(), [Part::Stdout]);
    assert!(r.report().contains("-hello\n+hello from cases"), "{}", r.report());

    // Frame mismatches fail only with strict frames.
    std::fs::write(boom.exp_path(".frames"), "main.g\nmain.main\n").unwrap();
    assert_eq!(check(&boom, &cfg).status, Status::Fail);
    let lenient = Config { strict_frames: false, ..cfg.clone() };
    let r = check(&boom, &lenient);
    assert_eq!((r.status, r.mismatches[0].part), (Status::Pass, Part::Frames));
}

#[test]
fn timeouts_fail_and_are_not_blessed() {
    let s = scratch("timeout");
    let runner = Runner::Gostack(s.0.join("fake-gostack"));
    let slow = case(&s.0, "cases/slow.go");
    let t = Duration::from_millis(200);
    assert!(matches!(bless(&slow, &runner, t), Blessed::Problem(p) if p.contains("timed out")));
    assert!(!slow.exp_path(".exit").exists());
    std::fs::write(slow.exp_path(".exit"), "0\n").unwrap();
    let r = check(&slow, &Config { runner, timeout: t, strict_frames: true });
    assert_eq!(r.status, Status::Fail);
    assert_eq!(r.mismatches[0].summary, "timeout");
}

#[test]
fn a_case_timeout_file_overrides_the_default() {
    let s = scratch("casetimeout");
    let runner = Runner::Gostack(s.0.join("fake-gostack"));
    let slow = case(&s.0, "cases/slow.go");
    std::fs::write(slow.exp_path(".exit"), "0\n").unwrap();
    std::fs::write(slow.exp_path(".timeout"), "0.2\n").unwrap();
    let t0 = std::time::Instant::now();
    let r = check(&slow, &Config { runner, timeout: Duration::from_secs(30), strict_frames: true });
    assert_eq!((r.status, r.mismatches[0].summary.as_str()), (Status::Fail, "timeout"));
    assert!(t0.elapsed() < Duration::from_secs(4), "{:?}", t0.elapsed());
}

#[test]
fn stdin_args_and_env_files_reach_the_program() {
    let s = scratch("inputs");
    let runner = Runner::Gostack(s.0.join("fake-gostack"));
    let io = case(&s.0, "cases/io.go");
    std::fs::write(io.exp_path(".stdin"), "typed\n").unwrap();
    std::fs::write(io.exp_path(".args"), "a b\n--\n-v\n").unwrap();
    std::fs::write(io.exp_path(".env"), "GREETING=hi there\nEMPTY=\n").unwrap();
    assert_eq!(bless(&io, &runner, Duration::from_secs(10)), Blessed::Run { changed: true });
    assert_eq!(read(&io.exp_path(".stdout")), "args: a b -- -v\nenv: GREETING=hi there EMPTY=\nstdin: typed\n");
    let cfg = Config { runner, timeout: Duration::from_secs(10), strict_frames: true };
    assert_eq!(check(&io, &cfg).status, Status::Pass);
    std::fs::write(io.exp_path(".env"), "no equals sign\n").unwrap();
    let r = check(&io, &cfg);
    assert!(r.status == Status::Fail && r.summary().starts_with("bad input: "), "{}", r.summary());
}

#[test]
fn a_run_where_nothing_was_checked_fails() {
    let s = scratch("allskipped");
    let args = |paths: Vec<PathBuf>, filter: Option<&str>| golden::TestArgs {
        paths,
        bin: Some(s.0.join("fake-gostack")),
        filter: filter.map(str::to_owned),
        ..Default::default()
    };
    // No case has an expectation: every one is skipped.
    assert_eq!(golden::test_command(args(vec![s.0.join("cases/sub")], None)), 1);
    // No case at all.
    assert_eq!(golden::test_command(args(vec![s.0.join("cases")], Some("nothing matches"))), 2);
    // One checked case is enough.
    let ok = case(&s.0, "cases/ok.go");
    assert_eq!(bless(&ok, &Runner::Gostack(s.0.join("fake-gostack")), Duration::from_secs(10)), Blessed::Run { changed: true });
    assert_eq!(golden::test_command(args(vec![s.0.join("cases")], Some("ok.go"))), 0);
}
