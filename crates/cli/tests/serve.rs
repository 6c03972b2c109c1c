//! `gostack serve` over HTTP: runs come back as the recorded page, the
//! limits end endless programs with a clear message while the server goes
//! on answering, runs go in parallel up to --jobs and queue beyond, and a
//! program from the browser never reaches the host.
//!
//! Each test starts its own server (`serve_support`) on a free loopback
//! port and talks plain HTTP/1.0 to it.

mod serve_support;

use serve_support::{scratch, stream, Serve};
use std::time::{Duration, Instant};

const HELLO: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"deferred\")\n\tfmt.Println(\"hello\")\n}\n";
const ENDLESS: &str = "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n";

#[test]
fn a_run_returns_the_recorded_page() {
    let s = Serve::start(&scratch("run"), &[], &[]);
    let t0 = Instant::now();
    let r = s.run(HELLO);
    let took = t0.elapsed();
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    assert!(r.header("content-security-policy").is_some_and(|p| p.starts_with("default-src 'none'")));
    assert!(r.body.starts_with("<!DOCTYPE html>") && r.body.contains("<title>gostack show: prog.go</title>"));
    let rec = r.recording();
    assert_eq!(stream(&rec, "stdout"), "hello\ndeferred\n");
    assert_eq!(rec["end"]["why"], "ok");
    assert_eq!(rec["files"][0]["name"], "prog.go");
    assert!(rec["steps"].as_array().is_some_and(|s| s.len() > 3));
    eprintln!("a small program, end to end: {took:?}");
    assert!(took < Duration::from_secs(10), "{took:?}");

    // The editor's form sends the program as the field `src`, with CRLF.
    let form: String = form_urlencoded(&HELLO.replace('\n', "\r\n"));
    let r = serve_support::request(&s.addr, "POST", "/run", "application/x-www-form-urlencoded", format!("src={form}").as_bytes());
    assert_eq!(stream(&r.recording(), "stdout"), "hello\ndeferred\n");
    let lines = r.recording()["files"][0]["lines"].as_array().unwrap().len();
    assert_eq!(lines, HELLO.lines().count(), "CRLF became LF");
}

/// Go's compile errors come back in the page, named as `go run` names them.
#[test]
fn compile_errors_are_shown() {
    let s = Serve::start(&scratch("compile"), &[], &[]);
    let r = s.run("package main\n\nfunc main() {\n\tx := 1\n}\n");
    let rec = r.recording();
    assert_eq!(rec["end"]["why"], "compile");
    assert_eq!(rec["diagnostics"][0]["msg"], "declared and not used: x");
    assert_eq!(rec["diagnostics"][0]["line"], 4);
}

#[test]
fn an_endless_loop_ends_with_the_time_limit_and_the_server_goes_on() {
    // The step limit is raised so that the time limit is the one that
    // ends the loop (with delta recording it can pass the default 50
    // million steps within 2 s).
    let s = Serve::start(&scratch("endless"), &["--max-wall", "2s", "--max-steps", "100000000000"], &[]);
    let t0 = Instant::now();
    let r = s.run(ENDLESS);
    let took = t0.elapsed();
    assert_eq!(r.status, 200, "{}", r.body);
    let rec = r.recording();
    assert_eq!(rec["end"]["why"], "limit");
    assert_eq!(rec["end"]["say"], "the program ran for longer than 2s and was stopped (--max-wall): does it loop forever?");
    assert_eq!(stream(&rec, "stderr"), "gostack: program exceeded the time limit of 2s (--max-wall)\n");
    eprintln!("an endless loop under --max-wall 2s came back after {took:?}");
    assert!(took >= Duration::from_secs(2) && took < Duration::from_secs(8), "{took:?}");
    // The next run is served as usual.
    let r = s.run(HELLO);
    assert_eq!(stream(&r.recording(), "stdout"), "hello\ndeferred\n");
}

/// A loop with statements fills the recording first: the view is cut at
/// --max-record and the page says so.
#[test]
fn a_busy_loop_is_cut_at_the_recording_limit() {
    let s = Serve::start(&scratch("record"), &["--max-record", "500"], &[]);
    let r = s.run("package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n");
    let rec = r.recording();
    assert_eq!(rec["truncated"], true);
    assert_eq!(rec["steps"].as_array().unwrap().len(), 500);
    assert_eq!(rec["end"]["why"], "limit");
}

#[test]
fn runs_are_parallel_up_to_jobs_and_queue_beyond() {
    let timed = |s: &Serve, n: usize| {
        let t0 = Instant::now();
        let replies: Vec<_> = std::thread::scope(|sc| {
            let hs: Vec<_> = (0..n).map(|_| sc.spawn(|| s.run(ENDLESS))).collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for r in &replies {
            assert_eq!(r.recording()["end"]["why"], "limit", "{}", r.body);
        }
        t0.elapsed()
    };
    // Two endless runs of one second each: side by side with two workers...
    let s = Serve::start(&scratch("par2"), &["--max-wall", "1s", "--jobs", "2"], &[]);
    let two = timed(&s, 2);
    eprintln!("two 1 s runs with --jobs 2: {two:?}");
    assert!(two < Duration::from_millis(1900), "not parallel: {two:?}");
    drop(s);
    // ...one after the other with one.
    let s = Serve::start(&scratch("par1"), &["--max-wall", "1s", "--jobs", "1"], &[]);
    let one = timed(&s, 2);
    eprintln!("two 1 s runs with --jobs 1: {one:?}");
    assert!(one >= Duration::from_secs(2), "not queued: {one:?}");
}

#[test]
fn a_full_queue_answers_busy() {
    let s = Serve::start(&scratch("busy"), &["--max-wall", "2s", "--jobs", "1", "--max-queue", "1"], &[]);
    std::thread::scope(|sc| {
        let first = sc.spawn(|| s.run(ENDLESS));
        std::thread::sleep(Duration::from_millis(500)); // the worker has it
        let second = sc.spawn(|| s.run(ENDLESS));
        std::thread::sleep(Duration::from_millis(300)); // it waits in the queue
        let t0 = Instant::now();
        let third = s.run(HELLO);
        assert_eq!(third.status, 503, "{}", third.body);
        assert!(third.body.contains("The server is busy") && third.body.contains("1 runs are already waiting"), "{}", third.body);
        assert_eq!(third.header("retry-after"), Some("2"));
        assert!(t0.elapsed() < Duration::from_secs(1), "refused at once");
        assert_eq!(first.join().unwrap().status, 200);
        assert_eq!(second.join().unwrap().status, 200);
    });
    assert_eq!(stream(&s.run(HELLO).recording(), "stdout"), "hello\ndeferred\n");
}

#[test]
fn limits_of_a_run() {
    let s = Serve::start(&scratch("limits"), &["--max-output", "1000", "--max-heap", "50000000", "--max-source", "2000"], &[]);
    // output
    let r = s.run("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\nfunc main() {\n\tfmt.Print(strings.Repeat(\"x\", 5000))\n}\n");
    let rec = r.recording();
    assert_eq!(rec["end"]["why"], "limit");
    assert_eq!(stream(&rec, "stdout").len(), 1000);
    assert!(stream(&rec, "stderr").contains("fatal error: program output exceeded the limit of 1000 bytes (--max-output)"));
    // heap
    let r = s.run("package main\n\nfunc main() {\n\ts := make([]int, 10000000)\n\tprintln(len(s))\n}\n");
    let rec = r.recording();
    assert!(stream(&rec, "stderr").contains("fatal error: out of memory"), "{:?}", serve_support::output(&rec));
    // source size
    let big = format!("package main\n\nfunc main() {{}}\n{}", "// padding\n".repeat(300));
    let r = s.run(&big);
    assert_eq!(r.status, 413);
    assert!(r.body.contains("The program is too large: 3329 bytes. The limit is 2000 bytes (--max-source)."), "{}", r.body);
}

/// The sandbox of `run` holds for programs from the browser, and the
/// server's own arguments, environment, working directory and standard
/// input are out of reach.
#[test]
fn programs_from_the_browser_never_reach_the_host() {
    let s = Serve::start(&scratch("sandbox"), &[], &[("GOSTACK_SANDBOX_SECRET", "hunter2")]);
    let src = "package main\n\nimport (\n\t\"bufio\"\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Printf(\"%q\\n\", os.Args)\n\tfmt.Printf(\"%q %q\\n\", os.Getenv(\"GOSTACK_SANDBOX_SECRET\"), os.Getenv(\"HOME\"))\n\tsc := bufio.NewScanner(os.Stdin)\n\tfmt.Println(sc.Scan())\n}\n";
    let r = s.run(src);
    let rec = r.recording();
    assert_eq!(stream(&rec, "stdout"), "[\"/tmp/go-build/b001/exe/prog\"]\n\"\" \"/root\"\nfalse\n");
    assert!(!r.body.contains("hunter2"));
    // The host's files are not the program's (it has its own, in memory).
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\t_, err := os.ReadFile(\"/etc/passwd\")\n\tfmt.Println(err)\n}\n";
    assert_eq!(stream(&s.run(src).recording(), "stdout"), "open /etc/passwd: no such file or directory\n");
    // Processes and the network do not exist for the program.
    for (import, stmt, msg) in [
        ("os/exec", "_ = exec.Command(\"touch\", \"MARKER\").Run()", "package os/exec is not available in gostack (no process access)"),
        ("net", "_, _ = net.Dial(\"tcp\", \"127.0.0.1:9\")", "package net is not available in gostack (no network access)"),
    ] {
        let src = format!("package main\n\nimport \"{import}\"\n\nfunc main() {{\n\t{stmt}\n}}\n");
        let rec = s.run(&src).recording();
        assert_eq!(rec["end"]["why"], "compile", "{src}");
        assert_eq!(rec["diagnostics"][0]["msg"], msg, "{src}");
    }
}

#[test]
fn lessons_are_listed_and_served() {
    let dir = scratch("lessons");
    std::fs::write(dir.join("defer.go"), format!("// Deferred calls run last\n{HELLO}")).unwrap();
    std::fs::write(dir.join("a b.go"), HELLO).unwrap();
    std::fs::write(dir.join("notes.txt"), "not a lesson").unwrap();
    std::fs::write(dir.parent().unwrap().join(format!("outside-{}.go", std::process::id())), HELLO).unwrap();
    let s = Serve::start(&dir, &[], &[]);
    let home = s.get("/");
    assert_eq!(home.status, 200);
    assert!(home.body.contains("<a href=\"/lesson/a%20b.go\"><span class=\"lname\">a b</span></a>"), "{}", home.body);
    assert!(home.body.contains("<span class=\"lname\">defer</span><span class=\"about\">Deferred calls run last</span>"));
    assert!(!home.body.contains("notes"));
    // A lesson's page: its text in the editor, its view in the frame.
    let page = s.get("/lesson/defer.go");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("// Deferred calls run last\npackage main"));
    assert!(page.body.contains("<iframe id=\"view\" name=\"view\" title=\"the run, step by step\" src=\"/lesson/defer.go/view\">"));
    let view = s.get("/lesson/defer.go/view");
    assert_eq!(stream(&view.recording(), "stdout"), "hello\ndeferred\n");
    assert_eq!(view.recording()["files"][0]["name"], "defer.go");
    // The second time comes from the cache, the same page.
    assert_eq!(s.get("/lesson/defer.go/view").body, view.body);
    assert_eq!(stream(&s.get("/lesson/a%20b.go/view").recording(), "stdout"), "hello\ndeferred\n");
    // Only listed names: no way out of the folder.
    for path in
        ["/lesson/nope.go", "/lesson/../outside.go", &format!("/lesson/..%2Foutside-{}.go/view", std::process::id()), "/lesson/notes.txt"]
    {
        assert_eq!(s.get(path).status, 404, "{path}");
    }
    let _ = std::fs::remove_file(dir.parent().unwrap().join(format!("outside-{}.go", std::process::id())));
}

#[test]
fn highlighting_and_other_addresses() {
    let s = Serve::start(&scratch("misc"), &[], &[]);
    let r = serve_support::request(&s.addr, "POST", "/highlight", "text/plain", b"func main() { // hi\n}");
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "<span class=\"t-kw\">func</span> main<span class=\"t-op\">(</span><span class=\"t-op\">)</span> <span class=\"t-op\">{</span> <span class=\"t-com\">// hi</span>\n<span class=\"t-op\">}</span>");
    assert_eq!(s.get("/nothing").status, 404);
    assert_eq!(s.get("/run").status, 405);
    let home = s.get("/");
    assert!(home.body.contains("fmt.Println(&quot;hello&quot;, i)"), "the starter program");
    assert!(home.body.contains("Start with <code>gostack serve DIR</code>") || home.body.contains("No <code>*.go</code> files"));
}

/// `application/x-www-form-urlencoded` for the test's form post.
fn form_urlencoded(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'*' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}
