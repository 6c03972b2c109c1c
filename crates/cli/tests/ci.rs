//! `gostack test`'s CI outputs (`--json`, `--junit`, `--shard`) and its
//! in-process runs, on the built binary.

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

/// A fresh folder holding `files` (path, text).
fn tree(name: &str, files: &[(&str, &str)]) -> PathBuf {
    common::tree("ci", name, files)
}

fn gostack(cwd: &Path, args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_gostack")).arg("test").args(args).current_dir(cwd).output().unwrap();
    (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stdout).into_owned(), String::from_utf8_lossy(&o.stderr).into_owned())
}

const HI: &str = "// Tests: hi.\npackage main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n";

/// Three cases: one passes, one fails, one has no expectation. (Their
/// expectation files are fixtures of this test, not Go's output.)
fn suite(name: &str) -> PathBuf {
    tree(
        name,
        &[
            ("cases/pass.go", HI),
            ("cases/pass.exit", "0\n"),
            ("cases/pass.stdout", "hi\n"),
            ("cases/fail.go", HI),
            ("cases/fail.exit", "0\n"),
            ("cases/fail.stdout", "ho\n"),
            ("cases/skip.go", HI),
        ],
    )
}

#[test]
fn json_is_one_object_per_case() {
    let d = suite("json");
    let (code, out, _) = gostack(&d, &["--json", "cases"]);
    assert_eq!(code, 1);
    let objs: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(objs.len(), 4, "{out}");
    let status = |case: &str| objs.iter().find(|o| o["case"] == case).map(|o| o["status"].as_str().unwrap().to_string());
    assert_eq!(status("cases/pass.go").as_deref(), Some("pass"));
    assert_eq!(status("cases/fail.go").as_deref(), Some("fail"));
    assert_eq!(status("cases/skip.go").as_deref(), Some("skip"));
    let fail = objs.iter().find(|o| o["case"] == "cases/fail.go").unwrap();
    assert_eq!(fail["mismatches"][0]["part"], "stdout");
    assert!(fail["mismatches"][0]["detail"].as_str().unwrap().contains("-ho"), "{fail}");
    let last = &objs[3];
    assert_eq!(
        (last["type"].as_str(), last["passed"].as_u64(), last["failed"].as_u64(), last["skipped"].as_u64()),
        (Some("summary"), Some(1), Some(1), Some(1))
    );
}

#[test]
fn junit_report() {
    let d = suite("junit");
    let (code, out, _) = gostack(&d, &["--junit", "report.xml", "cases"]);
    assert_eq!(code, 1, "{out}");
    let x = std::fs::read_to_string(d.join("report.xml")).unwrap();
    assert!(x.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites tests=\"3\" failures=\"1\" skipped=\"1\""), "{x}");
    assert!(x.contains("<testcase classname=\"cases\" name=\"pass.go\" file=\"cases/pass.go\""), "{x}");
    assert!(x.contains("<failure message=\"stdout: "), "{x}");
    assert!(x.contains("<skipped message=\"no expectation (run with --bless)\"/>"), "{x}");
    assert!(x.trim_end().ends_with("</testsuites>"));
}

#[test]
fn shards_partition_the_cases() {
    let mut files: Vec<(String, String)> = Vec::new();
    for i in 0..12 {
        files.push((format!("c/case{i}.go"), HI.into()));
        files.push((format!("c/case{i}.exit"), "0\n".into()));
        files.push((format!("c/case{i}.stdout"), "hi\n".into()));
    }
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let d = tree("shard", &refs);
    let mut seen: Vec<String> = Vec::new();
    for k in 1..=3 {
        let (code, out, _) = gostack(&d, &["--json", "--shard", &format!("{k}/3"), "c"]);
        assert_eq!(code, 0, "{out}");
        for l in out.lines() {
            let o: serde_json::Value = serde_json::from_str(l).unwrap();
            if o["type"] == "case" {
                seen.push(o["case"].as_str().unwrap().to_string());
            }
        }
    }
    seen.sort();
    let mut all: Vec<String> = (0..12).map(|i| format!("c/case{i}.go")).collect();
    all.sort();
    assert_eq!(seen, all);
    let (code, _, err) = gostack(&d, &["--shard", "4/3", "c"]);
    assert_eq!(code, 2);
    assert!(err.contains("invalid shard"), "{err}");
}

/// In-process runs (the default) and one process per case (`--bin`) give
/// the same report, on the repository's panic and run cases and on a case
/// with standard input (which runs as a process).
#[test]
fn in_process_matches_processes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap();
    let bin = env!("CARGO_BIN_EXE_gostack");
    for dir in ["testdata/panic", "testdata/run"] {
        let a = gostack(&root, &["-v", dir]);
        let b = gostack(&root, &["-v", "--bin", bin, dir]);
        assert_eq!(a, b, "{dir}");
        assert_eq!(a.0, 0, "{}", a.1);
    }
    let d = tree(
        "stdin",
        &[
            ("s/read.go", "// Tests: stdin.\npackage main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\ts := bufio.NewScanner(os.Stdin)\n\tfor s.Scan() {\n\t\tfmt.Println(\"got\", s.Text())\n\t}\n}\n"),
            ("s/read.stdin", "a\nb\n"),
            ("s/read.exit", "0\n"),
            ("s/read.stdout", "got a\ngot b\n"),
        ],
    );
    assert_eq!(gostack(&d, &["s"]).1, "1 passed, 0 failed\n");
}

#[test]
fn man_pages_come_from_the_command_line_definitions() {
    let man = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_gostack")).arg("man").args(args).output().unwrap();
        (o.status.code().unwrap_or(-1), String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let (code, page) = man(&[]);
    assert_eq!(code, 0);
    assert!(page.contains(".TH gostack 1"), "{page}");
    assert!(page.contains("gostack\\-test(1)") || page.contains("test"), "{page}");
    let (code, page) = man(&["test"]);
    assert_eq!(code, 0);
    assert!(page.contains(".TH gostack-test 1") && page.contains("\\fB\\-\\-shard\\fR"), "{page}");
    assert_eq!(man(&["nosuch"]).0, 2);
}

/// Issue 16's golden-case rules on the built binary: a case's `X.stdin`,
/// `X.args`, `X.env` and `X.timeout` reach its program (in this process and
/// in a child), blessing writes only the expectation files the program
/// needs, a run where no case was checked fails, and `--oracle go` diffs
/// name Go's side by its version.
#[test]
fn case_inputs_expectations_and_labels() {
    let d = tree("nothing-ran", &[("cases/a.go", HI)]);
    let (code, stdout, _) = gostack(&d, &["cases"]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.ends_with("no case ran: every case lacks an expectation (bless them with --bless --oracle go)\n"), "{stdout}");

    let Some(go) = golden::find_go() else {
        assert!(!golden::go_required(), "GOSTACK_REQUIRE_GO=1 but `go` is not on PATH");
        return;
    };
    let go = go.display().to_string();
    let prog = "// Tests: inputs.\npackage main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tin := bufio.NewScanner(os.Stdin)\n\tfor in.Scan() {\n\t\tfmt.Println(\"line:\", in.Text())\n\t}\n\tfmt.Printf(\"%q %s\\n\", os.Args[1:], os.Getenv(\"GREETING\"))\n}\n";
    let d = tree(
        "inputs",
        &[
            ("s/io.go", prog),
            ("s/io.stdin", "a\nb\n"),
            ("s/io.args", "x\ny z\n"),
            ("s/io.env", "GREETING=hello\n"),
            ("s/io.timeout", "30\n"),
        ],
    );
    let (code, stdout, stderr) = gostack(&d, &["--bless", "--oracle", "go", "--go", &go, "s"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let mut written: Vec<String> = std::fs::read_dir(d.join("s")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    written.sort();
    // Only what the program does: no empty .stderr or .frames.
    assert_eq!(written, ["io.args", "io.env", "io.exit", "io.go", "io.stdin", "io.stdout", "io.timeout"]);
    assert_eq!(std::fs::read_to_string(d.join("s/io.stdout")).unwrap(), "line: a\nline: b\n[\"x\" \"y z\"] hello\n");
    let bin = env!("CARGO_BIN_EXE_gostack");
    assert_eq!(gostack(&d, &["s"]).1, "1 passed, 0 failed\n");
    assert_eq!(gostack(&d, &["--bin", bin, "s"]).1, "1 passed, 0 failed\n");
    // Go's side of a diff is called by Go's version.
    std::fs::write(d.join("s/io.go"), prog.replace("line:", "LINE:")).unwrap();
    let (code, stdout, _) = gostack(&d, &["--oracle", "go", "--go", &go, "s"]);
    assert_eq!(code, 1);
    assert!(stdout.contains("--- stdout (expected)\n    +++ stdout go1.27.3\n"), "{stdout}");
}
