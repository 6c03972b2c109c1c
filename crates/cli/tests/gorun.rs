//! `gostack run` takes what `go run` takes: several files, a folder, the
//! program's arguments after them, and it refuses what `go run` refuses in
//! its words. Each case runs the built binary; where gostack claims Go's
//! behaviour, the same command is also run with real Go (go1.27.3) when it
//! is on PATH and the two must agree (`GOSTACK_REQUIRE_GO=1` makes a
//! missing Go a failure).

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;

/// A fresh folder holding `files` (path, text).
fn tree(name: &str, files: &[(&str, &str)]) -> PathBuf {
    common::tree("gorun", name, files)
}

#[derive(Debug, PartialEq, Eq)]
struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn out(o: std::process::Output) -> Out {
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn gostack(cwd: &Path, args: &[&str]) -> Out {
    out(Command::new(env!("CARGO_BIN_EXE_gostack")).arg("run").args(args).current_dir(cwd).output().unwrap())
}

/// `go run ARGS` in `cwd`, or None when Go is not on PATH. Go's closing
/// `exit status N` line (the go command's, not the program's) is dropped.
fn go(cwd: &Path, args: &[&str]) -> Option<Out> {
    let Some(go) = golden::find_go() else {
        assert!(!golden::go_required(), "GOSTACK_REQUIRE_GO=1 but `go` is not on PATH");
        return None;
    };
    let mut cmd = Command::new(go);
    cmd.arg("run").args(args).current_dir(cwd);
    for (k, v) in golden::exec::GO_BUILD_ENV {
        cmd.env(k, v);
    }
    for k in golden::exec::SCRUB_ENV {
        cmd.env_remove(k);
    }
    let mut o = out(cmd.output().unwrap());
    if let Some(i) = o.stderr.rfind("exit status ") {
        if o.stderr[i..].trim_end().lines().count() == 1 && (i == 0 || o.stderr[..i].ends_with('\n')) {
            o.stderr.truncate(i);
        }
    }
    Some(o)
}

/// Runs both; they must agree exactly. Returns gostack's.
fn same(cwd: &Path, args: &[&str]) -> Out {
    let g = gostack(cwd, args);
    if let Some(o) = go(cwd, args) {
        assert_eq!(g, o, "gostack run {args:?} (left) differs from go run (right)");
    }
    g
}

/// Runs both; the first stderr line and the exit code must agree.
fn same_message(cwd: &Path, args: &[&str]) -> Out {
    let g = gostack(cwd, args);
    if let Some(o) = go(cwd, args) {
        assert_eq!(
            (g.code, g.stderr.lines().next(), g.stdout.as_str()),
            (o.code, o.stderr.lines().next(), o.stdout.as_str()),
            "gostack run {args:?} (left) differs from go run (right): {}\n---\n{}",
            g.stderr,
            o.stderr
        );
    }
    g
}

/// Traceback lines without pc offsets and argument words, which gostack
/// does not claim to match.
fn traceback_places(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| {
            let l = l.split(" +0x").next().unwrap_or(l);
            match l.find('(') {
                Some(i) if !l.starts_with('\t') && !l.starts_with("panic") => format!("{}()", &l[..i]),
                _ => l.to_string(),
            }
        })
        .collect()
}

const ARGS: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%q\\n\", os.Args[1:])\n}\n";

#[test]
fn arguments_after_the_files_go_to_the_program() {
    let d = tree("args", &[("args.go", ARGS)]);
    assert_eq!(same(&d, &["args.go", "a", "b", "c"]).stdout, "[\"a\" \"b\" \"c\"]\n");
    // Flags after the program are the program's.
    assert_eq!(same(&d, &["args.go", "-x", "--max-steps", "a.go"]).stdout, "[\"-x\" \"--max-steps\" \"a.go\"]\n");
    assert_eq!(same(&d, &["args.go", "a", "--", "b"]).stdout, "[\"a\" \"--\" \"b\"]\n");
    // `--` before the program ends gostack's flags, as Go's.
    assert_eq!(same(&d, &["--", "args.go", "q"]).stdout, "[\"q\"]\n");
    assert_eq!(same(&d, &["args.go"]).stdout, "[]\n");
}

#[test]
fn double_dash_after_the_file_still_separates_the_arguments() {
    // gostack's older spelling: `go run` would pass the `--` on.
    let d = tree("dashdash", &[("args.go", ARGS)]);
    let g = gostack(&d, &["args.go", "--", "a", "-v"]);
    assert_eq!((g.code, g.stdout.as_str()), (0, "[\"a\" \"-v\"]\n"), "{}", g.stderr);
    // Flags still go before the program.
    let g = gostack(&d, &["--max-steps", "1000000", "args.go", "x"]);
    assert_eq!((g.code, g.stdout.as_str()), (0, "[\"x\"]\n"), "{}", g.stderr);
}

const P1: &str = "package main\n\nimport \"fmt\"\n\nvar order = trace(\"p1\")\n\nfunc main() {\n\tfmt.Println(order, helper(2))\n\tgo func() {}()\n\tf()\n}\n";
const P2: &str = "package main\n\nimport \"fmt\"\n\nfunc trace(s string) string { fmt.Println(\"init\", s); return s }\n\nvar other = trace(\"p2\")\n\nfunc helper(n int) int { return n * 21 }\n\nfunc f() {\n\tg()\n}\n\nfunc g() {\n\tvar m map[string]int\n\tm[\"a\"] = 1\n}\n";

#[test]
fn several_files_make_one_package() {
    let d = tree("multi", &[("p1.go", P1), ("p2.go", P2)]);
    let g = gostack(&d, &["p1.go", "p2.go"]);
    assert_eq!(g.code, 2, "{}", g.stderr);
    assert_eq!(g.stdout, "init p1\ninit p2\np1 42\n");
    // Each frame names the file that declares its function.
    let p1 = d.join("p1.go").display().to_string();
    let p2 = d.join("p2.go").display().to_string();
    // g and f are inlined (gc's budget): Go prints their frames as `(...)`.
    assert!(g.stderr.contains(&format!("main.g(...)\n\t{p2}:17\n")), "{}", g.stderr);
    assert!(g.stderr.contains(&format!("main.main()\n\t{p1}:10 ")), "{}", g.stderr);
    if let Some(o) = go(&d, &["p1.go", "p2.go"]) {
        // `go run` itself exits 1 after a program's exit status 2; gostack
        // exits with the program's status, as the built program does.
        assert_eq!((g.stdout.as_str(), o.code), (o.stdout.as_str(), 1));
        assert_eq!(traceback_places(&g.stderr), traceback_places(&o.stderr), "{}\n---\n{}", g.stderr, o.stderr);
    }
    // The order given is the order of initialisation.
    let g = gostack(&d, &["p2.go", "p1.go"]);
    assert!(g.stdout.starts_with("init p2\ninit p1\n"), "{}", g.stdout);
    if let Some(o) = go(&d, &["p2.go", "p1.go"]) {
        assert_eq!(g.stdout, o.stdout);
    }
}

/// gc's messages after the go command's `# package` line.
fn compile_errors(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| !l.starts_with("# ")).collect()
}

#[test]
fn diagnostics_name_the_right_file() {
    let d = tree(
        "diag",
        &[
            ("a.go", "package main\n\nfunc main() {\n\thelper()\n}\n"),
            ("b.go", "package main\n\nimport \"os\"\n\nfunc helper() {\n\tundefinedThing()\n}\n"),
            ("c.go", "package main\n\nfunc helper() {}\n"),
        ],
    );
    let g = gostack(&d, &["a.go", "b.go"]);
    assert_eq!(g.code, 1);
    assert_eq!(compile_errors(&g.stderr), ["./b.go:3:8: \"os\" imported and not used", "./b.go:6:2: undefined: undefinedThing"]);
    if let Some(o) = go(&d, &["a.go", "b.go"]) {
        assert_eq!(compile_errors(&g.stderr), compile_errors(&o.stderr));
    }
    // A declaration in two files: the other one's place, as gc says it.
    let g = gostack(&d, &["a.go", "c.go", "b.go"]);
    assert!(g.stderr.contains("./b.go:5:6: helper redeclared in this block\n\t./c.go:3:6: other declaration of helper\n"), "{}", g.stderr);
    if let Some(o) = go(&d, &["a.go", "c.go", "b.go"]) {
        assert!(
            o.stderr.contains("./b.go:5:6: helper redeclared in this block\n\t./c.go:3:6: other declaration of helper\n"),
            "{}",
            o.stderr
        );
    }
}

const GO_MOD: &str = "module example.com/m\n\ngo 1.27\n";

#[test]
fn a_folder_runs_its_non_test_files() {
    let d = tree(
        "folder",
        &[
            ("go.mod", GO_MOD),
            ("cmd/tool/main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(len(os.Args), os.Args[1:], greeting())\n}\n"),
            ("cmd/tool/greet.go", "package main\n\nfunc greeting() string { return \"hello\" }\n"),
            ("cmd/tool/greet_test.go", "package main\n\nfunc greeting() string { return \"a test file is not part of the program\" }\n"),
            ("cmd/tool/_scratch.go", "package main\n\nfunc greeting() string { return \"ignored: starts with _\" }\n"),
            ("cmd/tool/gen.go", "//go:build ignore\n\npackage main\n\nfunc greeting() string { return \"ignored: build constraint\" }\n"),
            ("cmd/tool/greet_windows.go", "package main\n\nfunc greeting() string { return \"ignored: other GOOS\" }\n"),
            ("cmd/tool/greet_linux.go", "package main\n\nfunc linuxOnly() {}\n"),
        ],
    );
    assert_eq!(same(&d, &["./cmd/tool", "x", "y"]).stdout, "3 [x y] hello\n");
    assert_eq!(same(&d.join("cmd/tool"), &["."]).stdout, "1 [] hello\n");
    assert_eq!(same(&d.join("cmd"), &["./tool", "-v"]).stdout, "2 [-v] hello\n");
    assert_eq!(same(&d.join("cmd/tool"), &[&d.join("cmd/tool").display().to_string()]).stdout, "1 [] hello\n");
}

#[test]
fn a_folders_diagnostics_are_relative_to_the_current_folder() {
    let d = tree(
        "folderdiag",
        &[("go.mod", GO_MOD), ("sub/a.go", "package main\n\nfunc main() {}\n"), ("sub/c.go", "package main\n\nfunc g() {\n\tx := 1\n}\n")],
    );
    for (cwd, target, want) in [
        (d.clone(), "./sub", "sub/c.go:4:2: declared and not used: x"),
        (d.join("sub"), ".", "./c.go:4:2: declared and not used: x"),
        (d.join("sub"), "../sub", "./c.go:4:2: declared and not used: x"),
    ] {
        let g = gostack(&cwd, &[target]);
        assert_eq!((g.code, compile_errors(&g.stderr)), (1, vec![want]), "{target}");
        if let Some(o) = go(&cwd, &[target]) {
            assert_eq!(compile_errors(&g.stderr), compile_errors(&o.stderr), "{target}");
        }
    }
}

#[test]
fn go_wording_for_what_cannot_run() {
    let d = tree(
        "refusals",
        &[
            ("go.mod", GO_MOD),
            ("m.go", "package main\n\nfunc main() {}\n"),
            ("lib.go", "package lib\n\nfunc F() {}\n"),
            ("x_test.go", "package main\n"),
            ("dir.go/keep.go", "package main\n"),
            ("sub/s.go", "package main\n\nfunc main() {}\n"),
            ("empty/notes.txt", "no Go here\n"),
            ("onlytests/a_test.go", "package main\n"),
            ("library/l.go", "package library\n\nfunc F() {}\n"),
            ("mixed/a.go", "package main\n\nfunc main() {}\n"),
            ("mixed/b.go", "package other\n"),
        ],
    );
    let abs = d.display();
    let cases: &[(&[&str], String)] = &[
        (&["nonexist.go"], "stat nonexist.go: no such file or directory\n".into()),
        (&["m.go", "nonexist.go"], "stat nonexist.go: no such file or directory\n".into()),
        (&["./nodir/x.go"], "stat ./nodir/x.go: no such file or directory\n".into()),
        (&["lib.go"], "package command-line-arguments is not a main package\n".into()),
        (&["m.go", "lib.go"], format!("found packages main (m.go) and lib (lib.go) in {abs}\n")),
        (&["x_test.go"], "go: cannot run *_test.go files (x_test.go)\n".into()),
        (&["dir.go"], "dir.go is a directory, should be a Go file\n".into()),
        (&["m.go", "sub/s.go"], "named files must all be in one directory; have . and sub\n".into()),
        (&[], "go: no go files listed\n".into()),
        (&["./nodir"], format!("stat {abs}/nodir: directory not found\n")),
        (&["./empty"], format!("no Go files in {abs}/empty\n")),
        (&["./onlytests"], format!("example.com/m/onlytests: no non-test Go files in {abs}/onlytests\n")),
        (&["./library"], "package example.com/m/library is not a main package\n".into()),
        (&["./mixed"], format!("found packages main (a.go) and other (b.go) in {abs}/mixed\n")),
    ];
    for (args, want) in cases {
        let g = same(&d, args);
        assert_eq!((g.code, g.stderr.as_str(), g.stdout.as_str()), (1, want.as_str(), ""), "gostack run {args:?}");
    }
}

#[test]
fn unknown_flags_are_refused_as_go_refuses_them() {
    let d = tree("flags", &[("m.go", "package main\n\nfunc main() { println(\"ran\") }\n")]);
    for flag in ["-zz", "--zz", "-zz=1"] {
        let g = same_message(&d, &[flag, "m.go"]);
        assert_eq!(g.code, 2);
        assert!(g.stderr.starts_with("flag provided but not defined: -zz\nusage: gostack run "), "{}", g.stderr);
        assert!(!g.stderr.contains("ran"));
    }
}

#[test]
fn standard_input_is_still_a_program() {
    let run = |src: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gostack"))
            .args(["run", "-", "a1"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(src.as_bytes()).unwrap();
        out(child.wait_with_output().unwrap())
    };
    let g = run(ARGS);
    assert_eq!((g.code, g.stdout.as_str()), (0, "[\"a1\"]\n"), "{}", g.stderr);
    let g = run("package lib\n");
    assert_eq!((g.code, g.stderr.as_str()), (1, "package command-line-arguments is not a main package\n"));
}

#[test]
fn completions_are_generated_from_the_command_line_definition() {
    for (shell, marker) in [("bash", "_gostack()"), ("zsh", "#compdef gostack"), ("fish", "complete -c gostack")] {
        let o = out(Command::new(env!("CARGO_BIN_EXE_gostack")).args(["completions", shell]).output().unwrap());
        assert_eq!(o.code, 0, "{shell}: {}", o.stderr);
        assert!(o.stdout.contains(marker), "{shell}: no {marker:?} in\n{}", o.stdout);
        // Subcommands and run's flags are there.
        for word in ["run", "test", "max-steps", "env"] {
            assert!(o.stdout.contains(word), "{shell}: no {word:?}");
        }
    }
    let o = out(Command::new(env!("CARGO_BIN_EXE_gostack")).args(["completions", "tcsh"]).output().unwrap());
    assert_eq!(o.code, 2, "{}", o.stderr);
}

/// `gostack completions bash | head -1`: a reader that goes away ends the
/// command quietly (it was a Rust panic inside clap_complete).
#[test]
fn generated_text_into_a_closed_pipe() {
    for args in [&["completions", "bash"][..], &["man"]] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gostack"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the read end before the child has started writing.
        drop(child.stdout.take());
        let o = out(child.wait_with_output().unwrap());
        assert_eq!((o.code, o.stderr.as_str()), (0, ""), "{args:?}");
    }
}

/// go prints `# import/path` before each package's compile errors: the
/// files named on the command line are `command-line-arguments`, a module
/// folder its import path, an imported package of the module its own.
#[test]
fn compile_errors_follow_the_package_header() {
    let d = tree(
        "headers",
        &[
            ("go.mod", GO_MOD),
            ("bad.go", "package main\n\nfunc main() {\n\tx := 1\n}\n"),
            ("syntax.go", "package main\n\nfunc main() {\n\tx :=\n}\n"),
            ("app/main.go", "package main\n\nimport \"fmt\"\n\nfunc main() {}\n"),
            ("uses/main.go", "package main\n\nimport \"example.com/m/util\"\n\nfunc main() { util.F() }\n"),
            ("util/util.go", "package util\n\nfunc F() {\n\ty := 2\n}\n"),
            ("nomain.go", "package main\n\nfunc f() {}\n"),
        ],
    );
    let cases: &[(&[&str], &str)] = &[
        // The link error names no file: still the package's header.
        (&["nomain.go"], "# command-line-arguments\nruntime.main_main·f: function main is undeclared in the main package\n"),
        (&["bad.go"], "# command-line-arguments\n./bad.go:4:2: declared and not used: x\n"),
        (&["syntax.go"], "# command-line-arguments\n./syntax.go:5:1: syntax error: unexpected }, expected expression\n"),
        (&["./app"], "# example.com/m/app\napp/main.go:3:8: \"fmt\" imported and not used\n"),
        (&["./uses"], "# example.com/m/util\nutil/util.go:4:2: declared and not used: y\n"),
        (&["uses/main.go"], "# example.com/m/util\nutil/util.go:4:2: declared and not used: y\n"),
    ];
    for (args, want) in cases {
        let g = same(&d, args);
        assert_eq!((g.code, g.stderr.as_str()), (1, *want), "gostack run {args:?}");
    }
}

const TRIM_P: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nfunc main() {\n\t_, file, line, _ := runtime.Caller(0)\n\tfmt.Println(file, line, where())\n\tfail()\n}\n";
const TRIM_Q: &str = "package main\n\nimport \"runtime\"\n\nfunc where() string {\n\t_, file, _, _ := runtime.Caller(0)\n\treturn file\n}\n\nfunc fail() {\n\tvar m map[int]int\n\tfor i := 0; i < 2; i++ {\n\t\tm[i] = i\n\t}\n}\n";

/// `run -trimpath ARGS` by both: the same stdout, and the same traceback
/// places (files, lines, functions; not pc offsets or argument words).
fn same_places(cwd: &Path, args: &[&str]) -> Out {
    let g = gostack(cwd, args);
    if let Some(o) = go(cwd, args) {
        assert_eq!((g.stdout.as_str(), o.code), (o.stdout.as_str(), 1), "{args:?}: {}", g.stderr);
        // (gopanic's argument words too.)
        let places = |s: &str| -> Vec<String> {
            traceback_places(s).into_iter().map(|l| if l.starts_with("panic({") { "panic()".into() } else { l }).collect()
        };
        assert_eq!(places(&g.stderr), places(&o.stderr), "{args:?}: {}\n---\n{}", g.stderr, o.stderr);
    }
    g
}

#[test]
fn trimpath_names_files_without_the_hosts_folders() {
    let d = tree("trimpath", &[("dir/p.go", TRIM_P), ("dir/q.go", TRIM_Q)]);
    // Named files, here in a subfolder: `./p.go` as go1.27.3 prints them;
    // GOROOT's files under GOROOT/src.
    let g = same_places(&d, &["-trimpath", "dir/p.go", "dir/q.go"]);
    assert_eq!((g.code, g.stdout.as_str()), (2, "./p.go 9 ./q.go\n"), "{}", g.stderr);
    assert!(g.stderr.contains("\nmain.fail(...)\n\t./q.go:13\nmain.main()\n\t./p.go:11 +0x"), "{}", g.stderr);
    assert!(!g.stderr.contains(&d.display().to_string()), "{}", g.stderr);
    // The double-dash spelling, an absolute path, and the folder itself.
    let abs = d.join("dir/p.go").display().to_string();
    let q = d.join("dir/q.go").display().to_string();
    assert_eq!(same_places(&d, &["-trimpath", &abs, &q]).stdout, "./p.go 9 ./q.go\n");
    assert_eq!(gostack(&d, &["--max-steps", "1000000", "--trimpath", &abs, &q]).stdout, "./p.go 9 ./q.go\n");
    assert_eq!(same_places(&d.join("dir"), &["-trimpath", "p.go", "q.go"]).stdout, "./p.go 9 ./q.go\n");
    // Without it, the absolute paths `go run` prints.
    assert_eq!(same_places(&d, &["dir/p.go", "dir/q.go"]).stdout, format!("{abs} 9 {q}\n"));
    // A GOROOT frame (gopanic's, under a deferred call) by its path
    // under GOROOT/src.
    let r = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer func() {\n\t\tpanic(fmt.Sprint(\"again: \", recover()))\n\t}()\n\tpanic(\"first\")\n}\n";
    std::fs::write(d.join("r.go"), r).unwrap();
    let g = same_places(&d, &["-trimpath", "r.go"]);
    assert!(g.stderr.contains("\npanic({") && g.stderr.contains("})\n\truntime/panic.go:"), "{}", g.stderr);
    // A `-trimpath` after the program is the program's argument.
    let g = gostack(&d, &["dir/p.go", "dir/q.go", "-trimpath"]);
    assert!(g.stdout.starts_with(&abs), "{}", g.stdout);
}

#[test]
fn trimpath_names_a_modules_files_by_import_path() {
    let d = tree("trimpath_mod", &[("go.mod", GO_MOD), ("cmd/tool/p.go", TRIM_P), ("cmd/tool/q.go", TRIM_Q)]);
    let g = same_places(&d, &["-trimpath", "./cmd/tool"]);
    assert_eq!(g.stdout, "example.com/m/cmd/tool/p.go 9 example.com/m/cmd/tool/q.go\n", "{}", g.stderr);
    assert!(g.stderr.contains("\nmain.main()\n\texample.com/m/cmd/tool/p.go:11 +0x"), "{}", g.stderr);
    // Files named in a module are still command-line-arguments.
    assert_eq!(same_places(&d, &["-trimpath", "cmd/tool/p.go", "cmd/tool/q.go"]).stdout, "./p.go 9 ./q.go\n");
}

/// Programs whose tracebacks pass through frames gostack writes for Go's
/// own code: natives that raise or park (sync, strings, atomic.Value),
/// fmt calling a method, and Goexit or gopanic running a nil deferred
/// func. Each body is `main`'s, with the declarations below.
const RUNTIME_FRAME_PROGRAMS: &[(&str, &str)] = &[
    ("goexit_nil_defer", "\tvar nf func()\n\tdefer nf()\n\truntime.Goexit()"),
    ("panic_deferred_goexit_nil_defer", "\tvar nf func()\n\tdefer nf()\n\tdefer runtime.Goexit()\n\tpanic(5)"),
    ("goexit_in_closure_nil_defer", "\tvar nf func()\n\tdefer nf()\n\tdefer func() { runtime.Goexit() }()\n\tpanic(5)"),
    ("waitgroup_add_then_panic", "\tdefer func() { panic(2) }()\n\tvar wg sync.WaitGroup\n\twg.Add(-1)"),
    ("waitgroup_done_negative", "\tvar wg sync.WaitGroup\n\twg.Done()"),
    ("waitgroup_deferred_done_negative", "\tvar wg sync.WaitGroup\n\tdefer wg.Done()"),
    ("mutex_unlock_unlocked", "\tvar m sync.Mutex\n\tm.Unlock()"),
    ("rwmutex_runlock", "\tvar m sync.RWMutex\n\tm.RUnlock()"),
    ("rwmutex_unlock", "\tvar m sync.RWMutex\n\tm.Unlock()"),
    ("repeat_negative", "\tn := -1\n\t_ = strings.Repeat(\"x\", n)"),
    ("builder_copy", "\tvar a strings.Builder\n\ta.WriteString(\"x\")\n\tb := a\n\tb.WriteByte(1)"),
    ("atomic_value_nil", "\tvar v atomic.Value\n\tv.Swap(nil)"),
    ("deadlock_mutex", "\tvar m sync.Mutex\n\tm.Lock()\n\tm.Lock()"),
    ("deadlock_rlock", "\tvar m sync.RWMutex\n\tm.Lock()\n\tm.RLock()"),
    ("deadlock_wait", "\tvar wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()"),
    ("fmt_string_in_field", "\tfmt.Println(S{T{make(chan int)}})"),
    ("fmt_string_in_map", "\tfmt.Println(map[int]T{1: {make(chan int)}})"),
    ("fmt_string_under_pointer", "\tfmt.Println(&S{T{make(chan int)}})"),
    ("fmt_string_in_slice", "\tfmt.Printf(\"%v\", []T{{make(chan int)}})"),
    ("fmt_error", "\tfmt.Print(E{make(chan int)})"),
    ("fmt_gostring", "\t_ = fmt.Sprintf(\"%#v\", []G{{make(chan int)}})"),
    ("fmt_format", "\t_ = fmt.Sprintln(F{make(chan int)})"),
    // The signal line of a nil dereference that is not the newest panic
    // (gp.sig stays set until no panic is left).
    ("nil_deref_then_panic", "\tvar p *S\n\tdefer func() { panic(2) }()\n\tfmt.Println(p.T)"),
    ("recover_then_nil_deref", "\tvar p *S\n\tdefer func() { recover(); fmt.Println(p.T) }()\n\tpanic(1)"),
];

const RUNTIME_FRAME_DECLS: &str = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"strings\"\n\t\"sync\"\n\t\"sync/atomic\"\n)\n\nvar (\n\t_ = runtime.Goexit\n\t_ = strings.Repeat\n\t_ sync.Mutex\n\t_ atomic.Value\n)\n\ntype T struct{ c chan int }\n\nfunc (t T) String() string { return fmt.Sprint(<-t.c) }\n\ntype S struct{ T T }\n\ntype E struct{ c chan int }\n\nfunc (e E) Error() string { return fmt.Sprint(<-e.c) }\n\ntype G struct{ c chan int }\n\nfunc (g G) GoString() string { return fmt.Sprint(<-g.c) }\n\ntype F struct{ c chan int }\n\nfunc (f F) Format(s fmt.State, v rune) { <-f.c }\n\nfunc main() {\n";

#[test]
fn frames_of_gos_own_code_are_gos() {
    let d = tree("runtime_frames", &[]);
    // Places as `traceback_places`, and the signal line without its pc.
    let places = |s: &str| -> Vec<String> {
        traceback_places(s)
            .into_iter()
            .map(|l| if l.starts_with("panic({") { "panic()".into() } else { l })
            .map(|l| match l.find(" pc=0x") {
                Some(i) if l.starts_with("[signal") => l[..i].to_string(),
                _ => l,
            })
            .collect()
    };
    for (name, body) in RUNTIME_FRAME_PROGRAMS {
        let file = format!("{name}.go");
        std::fs::write(d.join(&file), format!("{RUNTIME_FRAME_DECLS}{body}\n}}\n")).unwrap();
        let g = gostack(&d, &["-trimpath", &file]);
        assert_eq!(g.code, 2, "{name}: {}", g.stderr);
        // Inlined frames as gc inlines them: `name(...)` with no offset.
        for w in g.stderr.lines().collect::<Vec<_>>().windows(2) {
            if w[0].ends_with(')') && w[1].starts_with('\t') {
                assert_eq!(w[0].ends_with("(...)"), !w[1].contains(" +0x"), "{name}: {w:?}\n{}", g.stderr);
            }
        }
        if let Some(o) = go(&d, &["-trimpath", &file]) {
            assert_eq!((g.stdout.as_str(), o.code), (o.stdout.as_str(), 1), "{name}: {}", g.stderr);
            assert_eq!(places(&g.stderr), places(&o.stderr), "{name}:\n{}\n---\n{}", g.stderr, o.stderr);
        }
    }
}

/// `GOTRACEBACK` (the process's, as Go's runtime reads it) and
/// `debug.SetTraceback`: none prints the panic alone, single (the default)
/// the failing goroutine, all every goroutine; a number N is level N for
/// all goroutines, 0 printing none. Compared with go1.27.3 line by line but
/// for goroutine ids (Go's depend on its Ps' id caches).
#[test]
fn gotraceback_chooses_the_goroutines_printed() {
    let d = tree("gotraceback", &[]);
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testdata/conc/settraceback_all_prints_every_goroutine.go"),
    )
    .unwrap();
    std::fs::write(d.join("env.go"), src.replace("\tdebug.SetTraceback(\"all\")\n", "\t_ = debug.SetGCPercent\n")).unwrap();
    std::fs::write(d.join("set.go"), &src).unwrap();
    let places = |s: &str| -> Vec<String> {
        traceback_places(s)
            .into_iter()
            .map(|l| match l.strip_prefix("goroutine ").and_then(|r| r.split_once(' ')) {
                Some((_, rest)) => format!("goroutine N {rest}"),
                None => l,
            })
            .map(|l| match l.strip_suffix(|c: char| c.is_ascii_digit()).and_then(|_| l.rsplit_once(" in goroutine ")) {
                Some((head, _)) => format!("{head} in goroutine N"),
                None => l,
            })
            .collect()
    };
    for (file, level, goroutines) in [
        ("env.go", "none", 0),
        ("env.go", "single", 1),
        ("env.go", "all", 4),
        ("env.go", "0", 0),
        ("env.go", "1", 4),
        ("set.go", "single", 4),
    ] {
        let run = |bin: &Path, go: bool| -> Out {
            let mut cmd = Command::new(bin);
            if go {
                for (k, v) in golden::exec::GO_BUILD_ENV {
                    cmd.env(k, v);
                }
            }
            out(cmd.arg("run").arg("-trimpath").arg(file).current_dir(&d).env("GOTRACEBACK", level).output().unwrap())
        };
        let g = run(Path::new(env!("CARGO_BIN_EXE_gostack")), false);
        assert_eq!((g.code, g.stdout.as_str()), (2, "boom soon\n"), "{file} {level}: {}", g.stderr);
        assert_eq!(g.stderr.matches("\ngoroutine ").count(), goroutines, "{file} {level}: {}", g.stderr);
        if let Some(go) = golden::find_go() {
            let mut o = run(&go, true);
            if let Some(i) = o.stderr.rfind("exit status ") {
                o.stderr.truncate(i);
            }
            assert_eq!(places(&g.stderr), places(&o.stderr), "{file} {level}:\n{}\n---\n{}", g.stderr, o.stderr);
        }
    }
}
