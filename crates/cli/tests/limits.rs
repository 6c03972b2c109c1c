//! Each run-time limit of `gostack run` fires with a clear error and exit 2.

use std::process::Command;

fn run(name: &str, flags: &[&str], src: &str) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("gostack-limits-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("prog.go"), src).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_gostack")).arg("run").args(flags).arg("prog.go").current_dir(&dir).output().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn max_steps_stops_an_endless_loop() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let (code, _, stderr) = run("steps", &["--max-steps", "100000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("exceeded the limit of 100000 steps (--max-steps)"), "{stderr}");
    // Said once (the time slice and the scheduler both checked it before).
    assert_eq!(stderr.matches("--max-steps").count(), 1, "{stderr}");
}

#[test]
fn max_wall_stops_an_endless_loop() {
    let src = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";
    let t0 = std::time::Instant::now();
    let (code, _, stderr) = run("wall", &["--max-wall", "300ms"], src);
    let took = t0.elapsed();
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr, "gostack: program exceeded the time limit of 300ms (--max-wall)\n");
    // One time slice late at most, plus compiling and starting the process.
    assert!(took < std::time::Duration::from_secs(5), "took {took:?}");
}

#[test]
fn max_wall_stops_an_endless_string_method() {
    // Go code called by fmt (a String method) runs outside the scheduler's
    // loop: the limits hold there too.
    let src = "package main\n\nimport \"fmt\"\n\ntype T int\n\nfunc (T) String() string {\n\tfor {\n\t}\n}\n\nfunc main() {\n\tfmt.Println(T(1))\n\tprintln(\"not reached\")\n}\n";
    let (code, stdout, stderr) = run("wall-method", &["--max-wall", "1s"], src);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert_eq!(stderr, "gostack: program exceeded the time limit of 1s (--max-wall)\n");
    let (code, _, stderr) = run("steps-method", &["--max-steps", "100000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(stderr, "gostack: program exceeded the limit of 100000 steps (--max-steps)\n");
}

#[test]
fn max_wall_takes_seconds_and_units() {
    let src = "package main\n\nfunc main() {\n\tprintln(\"ok\")\n}\n";
    for flag in ["10", "10s", "1.5s", "2m", "250ms"] {
        let (code, _, stderr) = run(&format!("wall-flag-{flag}"), &["--max-wall", flag], src);
        assert_eq!((code, stderr.as_str()), (0, "ok\n"), "--max-wall {flag}");
    }
    let (code, _, stderr) = run("wall-flag-bad", &["--max-wall", "soon"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("invalid duration \"soon\""), "{stderr}");
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
    let src =
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := 0\n\tfor i := range 1000000 {\n\t\ts += i\n\t}\n\tfmt.Println(s)\n}\n";
    let (code, stdout, stderr) = run("defaults", &[], src);
    assert_eq!((code, stdout.as_str()), (0, "499999500000\n"), "{stderr}");
}

#[test]
fn max_heap_stops_gradual_growth() {
    // Many small allocations: caught at a scheduling point, like Go's
    // sysMap failure when the heap cannot grow.
    let src = "package main\n\nfunc main() {\n\tm := map[int]string{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = \"x\"\n\t}\n}\n";
    let (code, _, stderr) = run("heap-gradual", &["--max-heap", "50000000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.starts_with("runtime: program heap exceeds the 50000000-byte limit (--max-heap)\nfatal error: runtime: out of memory\n\ngoroutine 1 [running]:\nmain.main()\n"), "{stderr}");
}

#[test]
fn max_heap_refuses_a_large_request() {
    // One request beyond the limit is refused before it is made, with
    // mallocgc's large-allocation failure. A `[]int` takes Go's 8 bytes an
    // element: 20M elements (160 MB) do not fit in 100 MB.
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := make([]int, 20000000)\n\tfmt.Println(len(s))\n}\n";
    let (code, stdout, stderr) = run("heap-request", &["--max-heap", "100000000"], src);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert!(stderr.starts_with("runtime: out of memory: cannot allocate 160000000-byte block ("), "{stderr}");
    assert!(stderr.contains("fatal error: out of memory\n\ngoroutine 1 [running]:\nmain.main()\n"), "{stderr}");
    // The same program fits under the default limit.
    let (code, stdout, stderr) = run("heap-request-default", &[], src);
    assert_eq!((code, stdout.as_str()), (0, "20000000\n"), "{stderr}");
    // Half as many (80 MB) fit under 100 MB, as in Go.
    let fits = src.replace("20000000", "10000000");
    let (code, stdout, stderr) = run("heap-request-fits", &["--max-heap", "100000000"], &fits);
    assert_eq!((code, stdout.as_str()), (0, "10000000\n"), "{stderr}");
}

#[test]
fn max_heap_stops_a_doubling_append() {
    let src = "package main\n\nfunc main() {\n\ts := []int{1}\n\tfor {\n\t\ts = append(s, s...)\n\t}\n}\n";
    let (code, _, stderr) = run("heap-append", &["--max-heap", "100000000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("fatal error: out of memory"), "{stderr}");
}

#[test]
fn max_heap_stops_a_doubling_string() {
    let src = "package main\n\nfunc main() {\n\ts := \"ab\"\n\tfor {\n\t\ts += s\n\t}\n}\n";
    let (code, _, stderr) = run("heap-concat", &["--max-heap", "100000000"], src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("fatal error: out of memory"), "{stderr}");
}

#[test]
fn max_goroutines_stops_a_goroutine_bomb() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/crashers/goroutine_bomb.go")).unwrap();
    let (code, stdout, stderr) = run("goroutines", &["--max-goroutines", "5000"], &src);
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert!(stderr.starts_with("runtime: program exceeds 5000-goroutine limit (--max-goroutines)\nfatal error: goroutine exhaustion\n\ngoroutine 1 [running]:\nmain.main()\n"), "{stderr}");
}

#[test]
fn max_goroutines_counts_live_goroutines_only() {
    // 20 000 goroutines in total, at most a few hundred alive at once.
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\nfunc main() {\n\ttotal := 0\n\tfor r := 0; r < 100; r++ {\n\t\tvar wg sync.WaitGroup\n\t\tvar mu sync.Mutex\n\t\tfor i := 0; i < 200; i++ {\n\t\t\twg.Add(1)\n\t\t\tgo func() {\n\t\t\t\tdefer wg.Done()\n\t\t\t\tmu.Lock()\n\t\t\t\ttotal++\n\t\t\t\tmu.Unlock()\n\t\t\t}()\n\t\t}\n\t\twg.Wait()\n\t}\n\tfmt.Println(total)\n}\n";
    let (code, stdout, stderr) = run("goroutines-live", &["--max-goroutines", "1000"], src);
    assert_eq!((code, stdout.as_str()), (0, "20000\n"), "{stderr}");
}

#[test]
fn max_steps_bounds_recursion_through_func_values() {
    // Calls of func values spend the time-slice budget like other calls.
    let src =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/crashers/closure_recursion_unbounded.go")).unwrap();
    let (code, _, stderr) = run("closure-recursion", &["--max-steps", "200000"], &src);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("exceeded the limit of 200000 steps (--max-steps)"), "{stderr}");
}

#[test]
fn crash_reproducers_end_without_an_internal_error() {
    // Every input that once crashed gostack (testdata/crashers, found by
    // fuzzing) now ends with a Go-style outcome: no Rust panic, no abort.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../testdata/crashers");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "go") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let (code, _, stderr) = run(&name, &["--max-steps", "200000", "--max-goroutines", "10000"], &src);
        assert!((0..=2).contains(&code), "{}: exit {code}\n{stderr}", path.display());
        assert!(!stderr.contains("gostack internal error") && !stderr.contains("panicked at"), "{}: {stderr}", path.display());
        n += 1;
    }
    assert!(n >= 8, "only {n} crash reproducers found");
}
