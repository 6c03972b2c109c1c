//! End-to-end checks of the engine with a fake interpreter (a shell script
//! standing in for `gostack`): discovery, blessing, comparison, timeouts.

use std::path::{Path, PathBuf};
use std::time::Duration;

use golden::{bless, check, discover, Blessed, Case, Config, Part, Runner, Status};

const FAKE: &str = r#"#!/bin/sh
[ "$1" = run ] || { echo "usage: fake run FILE" >&2; exit 64; }
case "$2" in
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
    for f in ["cases/ok.go", "cases/sub/boom.go", "cases/sub/bad.go", "cases/slow.go"] {
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
    assert_eq!(names, ["cases/ok.go", "cases/slow.go", "cases/sub/bad.go", "cases/sub/boom.go"]);
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
