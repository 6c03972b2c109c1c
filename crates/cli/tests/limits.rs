//! Each run-time limit of `gostack run` fires with a clear error and exit 2.

use std::process::Command;

fn run(name: &str, flags: &[&str], src: &str) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("gostack-limits-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("prog.go"), src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gostack"))
        .arg("run")
        .args(flags)
        .arg("prog.go")
        .current_dir(&dir)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn max_steps_stops_an_endless_loop() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let (code, _, stderr) = run("steps", &["--max-steps", "100000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("exceeded the limit of 100000 steps (--max-steps)"), "{stderr}");
}

#[test]
fn max_output_stops_an_endless_printer() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println(\"line\", i)\n\t}\n}\n";
    let (code, stdout, stderr) = run("output", &["--max-output", "1000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stdout.len(), 1000);
    assert!(stdout.starts_with("line 0\nline 1\n"));
    assert!(stderr.contains("fatal error: program output exceeded the limit of 1000 bytes (--max-output)"), "{stderr}");
}

#[test]
fn max_output_counts_stderr_too() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t\tprintln(\"to stderr\")\n\t}\n}\n";
    let (code, _, stderr) = run("output-stderr", &["--max-output", "500"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.ends_with("fatal error: program output exceeded the limit of 500 bytes (--max-output)\n"), "{stderr}");
}

#[test]
fn max_stack_stops_unbounded_recursion() {
    let src = "package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n";
    let (code, _, stderr) = run("stack", &["--max-stack", "1000000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("runtime: goroutine stack exceeds 1000000-byte limit\n"), "{stderr}");
    assert!(stderr.contains("fatal error: stack overflow"), "{stderr}");
}

#[test]
fn default_limits_let_ordinary_programs_run() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := 0\n\tfor i := range 1000000 {\n\t\ts += i\n\t}\n\tfmt.Println(s)\n}\n";
    let (code, stdout, stderr) = run("defaults", &[], src);
    assert_eq!((code, stdout.as_str()), (0, "499999500000\n"), "{stderr}");
}
