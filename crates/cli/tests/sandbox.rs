//! Sandbox: a program can write to stdout/stderr, exit, and use its own
//! in-memory file system, nothing else. Attempts to reach the network or
//! processes are refused at compile time (the packages and functions do not
//! exist); file operations run against the run's own file system and never
//! touch the host's.

use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gostack-sandbox-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs `gostack run prog.go` on `src` in `dir`: (exit code, stdout, stderr).
fn run(dir: &Path, src: &str) -> (i32, String, String) {
    std::fs::write(dir.join("prog.go"), src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gostack")).args(["run", "prog.go"]).current_dir(dir).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// `import`, a statement using it, and the first error gostack must print.
const ATTEMPTS: &[(&str, &str, &str, &str)] = &[
    (
        "exec",
        "os/exec",
        r#"_ = exec.Command("touch", "MARKER").Run()"#,
        "3:8: package os/exec is not available in gostack (no process access)",
    ),
    ("net", "net", r#"_, _ = net.Dial("tcp", "127.0.0.1:9")"#, "3:8: package net is not available in gostack (no network access)"),
    (
        "http",
        "net/http",
        r#"_, _ = http.Get("http://127.0.0.1:9/")"#,
        "3:8: package net/http is not available in gostack (no network access)",
    ),
    ("syscall", "syscall", r#"_ = syscall.Unlink("MARKER")"#, "3:8: package syscall is not available in gostack (no system calls)"),
    ("unsafe", "unsafe", "_ = unsafe.Add(unsafe.Pointer(nil), 8)", "6:6: unsafe.Add is not supported by gostack (no pointer arithmetic)"),
    ("plugin", "plugin", r#"_, _ = plugin.Open("MARKER")"#, "3:8: package plugin is not available in gostack (no plugins)"),
    ("startprocess", "os", r#"_, _ = os.StartProcess("/bin/touch", []string{"touch", "MARKER"}, nil)"#, "6:12: undefined: os.StartProcess"),
];

/// `import`, statements, and what the program must print: file operations
/// run in the program's own file system, where the host's files do not
/// exist and what it writes stays.
const FILE_ATTEMPTS: &[(&str, &str, &str, &str)] = &[
    ("open", "os", r#"_, err := os.Open("MARKER"); fmt.Println(err)"#, "open MARKER: no such file or directory"),
    ("readfile", "os", r#"_, err := os.ReadFile("/etc/passwd"); fmt.Println(err)"#, "open /etc/passwd: no such file or directory"),
    (
        "dotdot",
        "os",
        r#"_, err := os.ReadFile("../../../../../../etc/hostname"); fmt.Println(err)"#,
        "open ../../../../../../etc/hostname: no such file or directory",
    ),
    ("create", "os", r#"f, err := os.Create("MARKER"); fmt.Println(err); f.Close()"#, "<nil>"),
    ("writefile", "os", r#"fmt.Println(os.WriteFile("MARKER", nil, 0o644))"#, "<nil>"),
    ("abswrite", "os", r#"wd, _ := os.Getwd(); fmt.Println(os.WriteFile(wd+"/MARKER", []byte("x"), 0o644))"#, "<nil>"),
    ("remove", "os", r#"fmt.Println(os.Remove("MARKER"))"#, "remove MARKER: no such file or directory"),
    ("removeall", "os", r#"wd, _ := os.Getwd(); fmt.Println(os.RemoveAll(wd))"#, "<nil>"),
    ("mkdir", "os", r#"fmt.Println(os.Mkdir("MARKER", 0o755))"#, "<nil>"),
    ("rename", "os", r#"os.WriteFile("a", nil, 0o644); fmt.Println(os.Rename("a", "MARKER"))"#, "<nil>"),
    ("ioutil", "io/ioutil", r#"fmt.Println(ioutil.WriteFile("MARKER", nil, 0o644))"#, "<nil>"),
];

#[test]
fn file_operations_never_reach_the_host() {
    let mut failures = Vec::new();
    for (name, import, stmt, want) in FILE_ATTEMPTS {
        let dir = scratch(&format!("fs-{name}"));
        let marker = dir.join("MARKER");
        let keep = matches!(*name, "remove" | "removeall" | "open");
        if keep {
            std::fs::write(&marker, "keep").unwrap();
        }
        let src = format!("package main\n\nimport (\n\t\"fmt\"\n\t\"{import}\"\n)\n\nfunc main() {{\n\t{stmt}\n}}\n");
        let (code, stdout, stderr) = run(&dir, &src);
        if code != 0 || stdout != format!("{want}\n") {
            failures.push(format!("{name}: exit {code}, stdout {stdout:?}, stderr {stderr:?}; want {want:?}"));
        }
        if marker.exists() != keep || (keep && std::fs::read_to_string(&marker).unwrap() != "keep") {
            failures.push(format!("{name}: the host file system was touched"));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn host_access_is_refused_at_compile_time() {
    let mut failures = Vec::new();
    for (name, import, stmt, want) in ATTEMPTS {
        let dir = scratch(name);
        let marker = dir.join("MARKER");
        let keep = false;
        let src = format!("package main\n\nimport \"{import}\"\n\nfunc main() {{\n\t{stmt}\n\tprintln(\"ran\")\n}}\n");
        let (code, stdout, stderr) = run(&dir, &src);
        // The first message after go build's `# command-line-arguments`.
        let first = stderr.lines().find(|l| !l.starts_with("# ")).unwrap_or("");
        if code != 1 || !stdout.is_empty() || !first.ends_with(want) || stderr.contains("ran") {
            failures.push(format!("{name}: exit {code}, stdout {stdout:?}, stderr {stderr:?}; want exit 1 and {want:?}"));
        }
        if marker.exists() != keep {
            failures.push(format!("{name}: the host file system was touched"));
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A failed import is one error naming the package and nothing else: like
/// `go build`, gostack stops at loading, so the uses of the import's name and
/// unrelated type errors add no `undefined:` lines.
#[test]
fn a_failed_import_is_one_error() {
    let dir = scratch("one-error");
    let cases: &[(&str, &[&str])] = &[
        ("\"net/http\"", &["3:8: package net/http is not available in gostack (no network access)"]),
        ("\"os/exec\"", &["3:8: package os/exec is not available in gostack (no process access)"]),
        ("\"syscall\"", &["3:8: package syscall is not available in gostack (no system calls)"]),
        ("\"plugin\"", &["3:8: package plugin is not available in gostack (no plugins)"]),
        ("\"C\"", &["3:8: package C is not available in gostack (no cgo: import \"C\" needs a C compiler)"]),
        ("\"html/template\"", &["3:8: package html/template is not supported yet by gostack"]),
        ("\"nosuch/pkg\"", &["3:8: package nosuch/pkg is not in std"]),
        ("\"internal/oserror\"", &["3:8: use of internal package internal/oserror not allowed"]),
        ("\"github.com/x/y\"", &["3:8: package github.com/x/y is not available in gostack (only the standard library can be imported)"]),
        (
            "(\n\t\"fmt\"\n\t\"net\"\n\t\"os/exec\"\n)",
            &[
                "5:2: package net is not available in gostack (no network access)",
                "6:2: package os/exec is not available in gostack (no process access)",
            ],
        ),
    ];
    for (import, want) in cases {
        let src = format!(
            "package main\n\nimport {import}\n\nfunc main() {{\n\tx := undefinedThing()\n\t_ = http.Get(x)\n\tvar n int = \"s\"\n}}\n"
        );
        let (code, stdout, stderr) = run(&dir, &src);
        let lines: Vec<&str> = stderr.lines().collect();
        let ok = code == 1
            && stdout.is_empty()
            && lines.len() == want.len()
            && lines.iter().zip(want.iter()).all(|(l, w)| l.starts_with("./prog.go:") && l.ends_with(w));
        assert!(ok, "import {import}: exit {code}, stderr {stderr:?}; want exit 1 and exactly {want:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdout_stderr_and_exit_code_still_work() {
    let dir = scratch("allowed");
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"out\")\n\tfmt.Fprintln(os.Stderr, \"err\")\n\tos.Exit(3)\n}\n";
    let (code, stdout, stderr) = run(&dir, src);
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (3, "out\n", "err\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn environment_is_not_the_hosts() {
    let dir = scratch("env");
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%q\\n\", os.Getenv(\"GOSTACK_SANDBOX_SECRET\"))\n}\n";
    std::fs::write(dir.join("prog.go"), src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gostack"))
        .args(["run", "prog.go"])
        .current_dir(&dir)
        .env("GOSTACK_SANDBOX_SECRET", "hunter2")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"\"\n");
    let _ = std::fs::remove_dir_all(&dir);
}
