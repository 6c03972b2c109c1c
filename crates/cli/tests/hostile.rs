//! The hostile-input suite: programs an attacker or a confused student
//! writes in a few lines (issues 17 and 19), each run by the gostack binary
//! under an address-space cap (`prlimit --as`, when the machine has it) and
//! a wall-clock bound. Each must end in Go's behaviour (Go's compile error,
//! Go's fatal error and exit code, or Go's output) or in a clear gostack
//! limit message; never a host abort (SIGABRT, a failed allocation), a
//! caught Rust panic (`gostack internal error`) or a hang.
//!
//! The programs are generated here (some are megabytes of source). Small
//! cases whose outcome Go gives exactly are golden cases blessed from real Go
//! in `testdata/hostile/`; docs/reliability.md lists both.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Address space the gostack process may map: several times what any case
/// needs, far below what a runaway recursion or allocation would take.
const AS_CAP: u64 = 4 << 30;

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    took: Duration,
    /// The process's peak resident set (VmHWM), polled while it runs;
    /// 0 where /proc is not readable.
    peak: u64,
}

/// VmHWM of process `pid`, in bytes.
fn peak_rss(pid: u32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let l = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(l.split_whitespace().nth(1)?.parse::<u64>().ok()? * 1024)
}

/// The issue's memory bound: peak RSS within 2x `--max-heap` + 32 MiB.
fn within_heap_bound(name: &str, o: &Outcome, max_heap: u64) {
    let bound = 2 * max_heap + (32 << 20);
    assert!(o.peak <= bound, "{name}: peak RSS {} MiB > {} MiB", o.peak >> 20, bound >> 20);
}

fn run(name: &str, src: &str, flags: &[&str], wall: Duration) -> Outcome {
    let dir = std::env::temp_dir().join(format!("gostack-hostile-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("prog.go"), src).unwrap();
    let bin = env!("CARGO_BIN_EXE_gostack");
    let capped = Command::new("prlimit").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok();
    let mut cmd = if capped {
        let mut c = Command::new("prlimit");
        c.arg(format!("--as={AS_CAP}")).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.arg("run").args(flags).arg("prog.go").current_dir(&dir).stdout(Stdio::piped()).stderr(Stdio::piped());
    let t0 = Instant::now();
    let mut child = cmd.spawn().unwrap();
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let tout = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let terr = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    // (prlimit execs the program: the child's pid is gostack's.)
    let mut peak = 0;
    let status = loop {
        if let Some(p) = peak_rss(child.id()) {
            peak = peak.max(p);
        }
        if let Some(st) = child.try_wait().unwrap() {
            break Some(st);
        }
        if t0.elapsed() > wall {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let took = t0.elapsed();
    let stdout = String::from_utf8_lossy(&tout.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&terr.join().unwrap()).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(status.is_some(), "{name}: no answer within {wall:?}");
    Outcome { code: status.and_then(|s| s.code()), stdout, stderr, took, peak }
}

/// Neither a host abort nor a Rust panic.
fn sane(name: &str, o: &Outcome) {
    assert!(o.code.is_some(), "{name}: killed by a signal; stderr: {}", head(&o.stderr));
    for bad in ["internal error", "panicked at", "has overflowed its stack", "memory allocation of"] {
        assert!(!o.stderr.contains(bad), "{name}: {bad}: {}", head(&o.stderr));
    }
}

fn head(s: &str) -> String {
    s.chars().take(400).collect()
}

fn compile_error(name: &str, src: &str, want: &str) -> Outcome {
    let o = run(name, src, &[], Duration::from_secs(20));
    sane(name, &o);
    assert_eq!(o.code, Some(1), "{name}: {}", head(&o.stderr));
    assert!(o.stderr.contains(want), "{name}: want {want:?}, got {}", head(&o.stderr));
    o
}

fn runs(name: &str, src: &str, stderr: &str, wall: Duration) {
    let o = run(name, src, &[], wall);
    sane(name, &o);
    assert_eq!((o.code, o.stderr.as_str()), (Some(0), stderr), "{name}");
}

fn stack_overflow(name: &str, src: &str) {
    let o = run(name, src, &[], Duration::from_secs(30));
    sane(name, &o);
    assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
    // Go's stderr head (its `runtime: sp=` line carries addresses).
    assert!(o.stderr.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp="), "{name}: {}", head(&o.stderr));
    assert!(o.stderr.contains("\nfatal error: stack overflow\n"), "{name}: {}", head(&o.stderr));
    assert_eq!(o.stdout, "", "{name}");
}

fn main_with(body: &str) -> String {
    format!("package main\n\nfunc main() {{\n{body}\n}}\n")
}

// ---------------------------------------------------------------------
// Compile-time recursion: the nesting limit, linear phases.

#[test]
fn deep_unary_chain_is_a_nesting_error() {
    // gc overflows its own 1 GB stack on these (`fatal error: stack
    // overflow` from the compiler); gostack stops at go/parser's limit.
    let src = main_with(&format!("\tx := {}true\n\tprintln(x)", "!".repeat(820_000)));
    let o = compile_error("not820k", &src, "syntax error: nesting too deep");
    within_heap_bound("not820k", &o, 256 << 20);
}

#[test]
fn deep_binary_chain_is_a_nesting_error() {
    let terms = vec!["1"; 606_000].join("+");
    let src = main_with(&format!("\tx := {terms}\n\tprintln(x)"));
    let o = compile_error("plus606k", &src, "syntax error: nesting too deep");
    within_heap_bound("plus606k", &o, 256 << 20);
}

#[test]
fn deep_slice_type_is_a_nesting_error() {
    let src = format!("package main\n\nvar x {}int\n\nfunc main() {{\n\tprintln(x == nil)\n}}\n", "[]".repeat(1_800_000));
    let o = compile_error("slice1m8", &src, "syntax error: nesting too deep");
    // Issue 19's bound (2x 256 MiB + 32 MiB) though no heap limit is set:
    // scanning stops at the chain (the 1.8M-level `[]` took 631 MB when
    // the parser met the limit).
    within_heap_bound("slice1m8", &o, 256 << 20);
}

#[test]
fn deep_pointer_type_is_a_nesting_error() {
    // gc takes minutes on this one.
    let src = format!("package main\n\nvar p {}int\n\nfunc main() {{\n\tprintln(p == nil)\n}}\n", "*".repeat(100_000));
    compile_error("ptr100k", &src, "syntax error: nesting too deep");
}

#[test]
fn nesting_just_under_the_limit_compiles_in_linear_time() {
    let n = 99_990;
    let wall = Duration::from_secs(20);
    let cases = [
        ("not", main_with(&format!("\tx := {}true\n\tprintln(x)", "!".repeat(n)))),
        ("plus", main_with(&format!("\tx := {}\n\tprintln(x)", vec!["1"; n].join("+")))),
        ("ptr", format!("package main\n\nvar p {}int\n\nfunc main() {{\n\tprintln(p == nil)\n}}\n", "*".repeat(n))),
        ("slice", format!("package main\n\nvar p {}int\n\nfunc main() {{\n\tprintln(p == nil)\n}}\n", "[]".repeat(n))),
        ("array", format!("package main\n\nvar p {}int\n\nfunc main() {{\n\tprintln(len(p))\n}}\n", "[1]".repeat(n))),
        ("functype", format!("package main\n\nvar p {}int\n\nfunc main() {{\n\tprintln(p == nil)\n}}\n", "func() ".repeat(n))),
        ("chan", format!("package main\n\nvar p {}int\n\nfunc main() {{\n\tprintln(p == nil)\n}}\n", "chan ".repeat(n))),
        ("map", format!("package main\n\nvar p {}int\n\nfunc main() {{\n\tprintln(p == nil)\n}}\n", "map[int]".repeat(n))),
    ];
    for (name, src) in cases {
        let want = match name {
            "not" => "true\n".to_string(),
            "plus" => format!("{n}\n"),
            "array" => "1\n".to_string(),
            _ => "true\n".to_string(),
        };
        let o = run(name, &src, &[], wall);
        sane(name, &o);
        assert_eq!((o.code, o.stderr.as_str()), (Some(0), want.as_str()), "{name}");
        // Linear: measured 0.2-0.5 s each (release build); a quadratic
        // phase takes minutes at this depth.
        assert!(o.took < Duration::from_secs(10), "{name}: took {:?}", o.took);
    }
}

#[test]
fn deref_chains_compile_once() {
    // `&*&*...` compiled each operand twice per level: 2^n.
    let src = main_with(&format!("\tv := 1\n\tx := {}v\n\tprintln(x)", "*&".repeat(40_000)));
    runs("derefs40k", &src, "1\n", Duration::from_secs(20));
    let src = main_with(&format!("\tv := 1\n\tx := {}v\n\tprintln(x)", "*&".repeat(100_000)));
    compile_error("derefs100k", &src, "syntax error: nesting too deep");
}

#[test]
fn recursive_types_are_gc_errors() {
    let src = "package main\n\ntype T struct{ t T }\n\nfunc main() {\n\tvar x T\n\t_ = x\n}\n";
    compile_error("rectype", src, "prog.go:3:6: invalid recursive type: T refers to itself");
    // gc's continuation lines, from the type declared first.
    let src = "package main\n\ntype B struct{ a A }\n\ntype A struct{ b [2]B }\n\nfunc main() {\n\tvar x A\n\t_ = x\n}\n";
    compile_error("mutual", src, "prog.go:3:6: invalid recursive type B\n\t./prog.go:3:6: B refers to A\n\t./prog.go:5:6: A refers to B\n");
    let src = "package main\n\ntype A B\n\ntype B [0]A\n\nfunc main() {\n\tvar x A\n\t_ = x\n}\n";
    compile_error("alias-chain", src, "prog.go:3:6: invalid recursive type A\n");
}

// ---------------------------------------------------------------------
// Run-time recursion over guest values on the host stack.

#[test]
fn printing_a_slice_that_holds_itself_is_a_stack_overflow() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\ts := []any{nil}\n\ts[0] = s\n\tfmt.Println(s)\n}\n";
    stack_overflow("selfslice", src);
}

#[test]
fn printing_a_map_that_holds_itself_is_a_stack_overflow() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]any{}\n\tm[\"a\"] = m\n\tfmt.Println(m)\n}\n";
    stack_overflow("selfmap", src);
}

#[test]
fn printing_a_deeply_nested_value_is_a_stack_overflow() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x any = 1\n\tfor i := 0; i < 3000000; i++ {\n\t\tx = []any{x}\n\t}\n\ts := fmt.Sprint(x)\n\tprintln(len(s))\n}\n";
    stack_overflow("sprintdeep", src);
}

#[test]
#[ignore = "slow (10 s, 4.5 GB RSS for the 20M values it builds); run with --ignored"]
fn comparing_and_hashing_deeply_nested_values_is_a_stack_overflow() {
    let eq = "package main\n\nfunc main() {\n\tvar a, b any = 1, 1\n\tfor i := 0; i < 10000000; i++ {\n\t\ta = [1]any{a}\n\t\tb = [1]any{b}\n\t}\n\tprintln(a == b)\n}\n";
    stack_overflow("eqdeep", eq);
    let hash = "package main\n\nfunc main() {\n\tvar a any = 1\n\tfor i := 0; i < 10000000; i++ {\n\t\ta = [1]any{a}\n\t}\n\tm := map[any]int{}\n\tm[a] = 1\n\tprintln(len(m))\n}\n";
    stack_overflow("hashdeep", hash);
}

// ---------------------------------------------------------------------
// 16-bit registers and field indexes: a clear compile error, never a wrap.

#[test]
fn too_many_registers_is_a_clear_compile_error() {
    let want = "function too large for gostack: it needs more than 65534 registers";
    // (A big slice literal is built element by element: it runs, as in Go.)
    let elems: Vec<String> = (0..65_540).map(|i| (i % 10).to_string()).collect();
    let src = format!("package main\n\nvar s = []int{{{}}}\n\nfunc main() {{\n\tprintln(len(s))\n}}\n", elems.join(","));
    runs("slicelit65540", &src, "65540\n", Duration::from_secs(20));
    let params: Vec<String> = (0..65_540).map(|i| format!("p{i}")).collect();
    let args: Vec<String> = (0..65_540).map(|i| i.to_string()).collect();
    let src = format!(
        "package main\n\nfunc f({} int) int {{\n\treturn p65539\n}}\n\nfunc main() {{\n\tprintln(f({}))\n}}\n",
        params.join(", "),
        args.join(", ")
    );
    compile_error("params65540", &src, want);
    let src = format!(
        "package main\n\nfunc f() ({}) {{\n\treturn {}\n}}\n\nfunc main() {{\n\tf()\n}}\n",
        vec!["int"; 70_000].join(", "),
        vec!["1"; 70_000].join(", ")
    );
    compile_error("results70000", &src, want);
}

#[test]
fn too_many_fields_is_a_clear_compile_error() {
    let fields: String = (0..70_000).map(|i| format!("\tf{i} int\n")).collect();
    let src = format!("package main\n\ntype S struct {{\n{fields}}}\n\nfunc main() {{\n\tvar s S\n\t_ = s\n}}\n");
    compile_error("fields70000", &src, "prog.go:3:8: struct type has 70000 fields: gostack supports at most 65535");
}

// ---------------------------------------------------------------------
// Memory: natives and zero values are charged before the host allocates.

/// A program that doubles a value in a loop through `op` must stop at the
/// heap limit with Go's out-of-memory fatal error (exit 2), never with the
/// host's failed allocation (before: SIGABRT after 2.6-6 GB).
fn stops_at_the_heap_limit(name: &str, imports: &str, op: &str) {
    let src = format!(
        "package main\n\nimport (\n{imports}\n)\n\nfunc main() {{\n\ts := \"abcdefgh\"\n\tfor i := 0; i < 64; i++ {{\n\t\ts = {op}\n\t}}\n\tprintln(len(s))\n}}\n"
    );
    let o = run(name, &src, &["--max-heap", "64MiB"], Duration::from_secs(30));
    sane(name, &o);
    assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
    assert!(
        o.stderr.contains("\nfatal error: out of memory\n") || o.stderr.contains("\nfatal error: runtime: out of memory\n"),
        "{name}: {}",
        head(&o.stderr)
    );
    within_heap_bound(name, &o, 64 << 20);
}

#[test]
fn strings_join_growing_stops_at_the_heap_limit() {
    stops_at_the_heap_limit("join", "\t\"strings\"", "strings.Join([]string{s, s, s}, \"--\")");
}

#[test]
fn strings_repeat_growing_stops_at_the_heap_limit() {
    stops_at_the_heap_limit("repeat", "\t\"strings\"", "strings.Repeat(s, 3)");
}

#[test]
fn strings_replace_growing_stops_at_the_heap_limit() {
    stops_at_the_heap_limit("replace", "\t\"strings\"", "strings.ReplaceAll(s, \"a\", \"aaa\") + s");
}

#[test]
fn fmt_sprint_growing_stops_at_the_heap_limit() {
    stops_at_the_heap_limit("sprint", "\t\"fmt\"", "fmt.Sprint(s, s, s)");
}

#[test]
fn strconv_quote_growing_stops_at_the_heap_limit() {
    // Up to four bytes per byte: charged before the call (vm::native_copies).
    stops_at_the_heap_limit("quote", "\t\"strconv\"", "strconv.Quote(s + \"\\x01\")");
}

#[test]
fn fmt_sprintf_and_strings_map_growing_stop_at_the_heap_limit() {
    stops_at_the_heap_limit("sprintf", "\t\"fmt\"", "fmt.Sprintf(\"%s|%v|%q\", s, s, s)");
    stops_at_the_heap_limit("toupper", "\t\"strings\"", "strings.ToUpper(s + s)");
    stops_at_the_heap_limit("split", "\t\"strings\"", "strings.Join(strings.Split(s+s, \"\"), \"ab\")");
    stops_at_the_heap_limit("bytes_replace", "\t\"bytes\"", "string(bytes.ReplaceAll([]byte(s), []byte(\"a\"), []byte(\"aaa\")))");
}

/// One native call that would make a huge value from a small argument is
/// mallocgc's `out of memory` before anything is allocated, as in Go (whose
/// message differs only in the bytes in use): the process stays small.
#[test]
fn one_huge_value_from_a_native_is_out_of_memory_before_allocating() {
    let cases = [
        ("formatfloat", "\"strconv\"", "println(len(strconv.FormatFloat(1, 'f', 1<<40, 64)))", "1099511627780"),
        ("appendfloat", "\"strconv\"", "println(len(strconv.AppendFloat(nil, 1, 'e', 1<<30, 64)))", "1073741828"),
        ("makechan", "\"fmt\"", "fmt.Println(cap(make(chan int, 1<<40)))", "8796093022304"),
        ("bytes_repeat", "\"bytes\"", "println(len(bytes.Repeat([]byte(\"ab\"), 1<<40)))", "2199023255552"),
        ("slices_repeat", "\"slices\"", "println(len(slices.Repeat([]int{1, 2}, 1<<40)))", "17592186044416"),
        ("builder_grow", "\"strings\"", "var b strings.Builder\n\tb.Grow(1 << 40)\n\tprintln(b.Len())", "1099511627776"),
        ("buffer_grow", "\"bytes\"", "var b bytes.Buffer\n\tb.Grow(1 << 40)\n\tprintln(b.Len())", "1099511627776"),
        ("slices_grow", "\"slices\"", "println(len(slices.Grow([]int{1}, 1<<40)))", "8796093022208"),
    ];
    for (name, import, body, bytes) in cases {
        let src = format!("package main\n\nimport {import}\n\nfunc main() {{\n\t{body}\n}}\n");
        let o = run(name, &src, &["--max-heap", "256MiB"], Duration::from_secs(20));
        sane(name, &o);
        assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
        let want = format!("runtime: out of memory: cannot allocate {bytes}-byte block (");
        assert!(o.stderr.starts_with(&want), "{name}: {}", head(&o.stderr));
        assert!(o.stderr.contains("\nfatal error: out of memory\n"), "{name}: {}", head(&o.stderr));
        assert!(o.peak < 64 << 20, "{name}: peak RSS {} MiB", o.peak >> 20);
        assert!(o.took < Duration::from_secs(5), "{name}: took {:?}", o.took);
    }
}

/// Arrays copied in a loop into closures, deferred calls' arguments,
/// channel buffers, maps and interfaces: the heap is compared with the
/// limit after every 4 MiB of large copies (heap::copies_due), so the
/// process stays within the bound (before: 2.6 GB RSS for a 64 MiB limit).
/// (The channel holds 10,000: a `[4096]int` is 32 KiB, Go's size, so 1,000
/// of them fit under the limit and the program deadlocks, as Go's does.)
#[test]
fn arrays_copied_in_a_loop_stop_near_the_heap_limit() {
    let cases = [
        ("closures", "\tvar fs []func() int\n\tfor i := 0; ; i++ {\n\t\tvar a [4096]int\n\t\ta[0] = i\n\t\tfs = append(fs, func() int { return a[0] })\n\t}"),
        ("defers", "\tvar a [4096]int\n\tfor i := 0; ; i++ {\n\t\ta[0] = i\n\t\tdefer func(b [4096]int) { _ = b }(a)\n\t}"),
        ("channels", "\tc := make(chan [4096]int, 10000)\n\tvar a [4096]int\n\tfor i := 0; ; i++ {\n\t\ta[0] = i\n\t\tc <- a\n\t}"),
        ("maps", "\tm := map[int][4096]int{}\n\tvar a [4096]int\n\tfor i := 0; ; i++ {\n\t\ta[0] = i\n\t\tm[i] = a\n\t}"),
        ("interfaces", "\tvar xs []any\n\tvar a [4096]int\n\tfor i := 0; ; i++ {\n\t\ta[0] = i\n\t\txs = append(xs, a)\n\t}"),
    ];
    for (name, body) in cases {
        let o = run(name, &main_with(body), &["--max-heap", "64MiB"], Duration::from_secs(20));
        sane(name, &o);
        assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
        assert!(o.stderr.contains("fatal error: ") && o.stderr.contains("out of memory\n"), "{name}: {}", head(&o.stderr));
        within_heap_bound(name, &o, 64 << 20);
        assert!(o.took < Duration::from_secs(5), "{name}: took {:?}", o.took);
    }
}

/// The wide functions of issue 19 at its sizes: each compiles in linear
/// time (40,000 locals now run, as in Go) or is the register limit's clear
/// error, at once (before: 40,000
/// locals 18 s, 200,000 locals > 120 s, 100,000 labels 15.5 s, 60,000
/// parameters with 300,000 statements > 100 s).
#[test]
fn issue_19_wide_functions_answer_at_once() {
    let locals = |n: usize| -> String { (0..n).map(|i| format!("\tv{i} := {i}\n\t_ = v{i}\n")).collect() };
    let caps_decl: String = (0..70_000).map(|i| format!("\tv{i} := {i}\n")).collect();
    let caps_use: String = (0..70_000).map(|i| format!("\t\ts += v{i}\n")).collect();
    let labels: String = (0..100_000).map(|i| format!("L{i}:\n\tx++\n\tif x < 0 {{\n\t\tgoto L{i}\n\t}}\n")).collect();
    let params: Vec<String> = (0..60_000).map(|i| format!("p{i}")).collect();
    let stmts: String = (0..300_000).map(|i| format!("\ts += p{}\n", i % 60_000)).collect();
    let progs = [
        // One register a `v := i` (its value's temporary is its slot).
        ("locals40k", main_with(&locals(40_000)), None),
        ("locals200k", main_with(&locals(200_000)), Some("function too large for gostack")),
        (
            "captures70k",
            main_with(&format!("{caps_decl}\tf := func() int {{\n\t\ts := 0\n{caps_use}\t\treturn s\n\t}}\n\tprintln(f())")),
            Some("function too large for gostack"),
        ),
        ("labels100k", main_with(&format!("\tx := 0\n{labels}\tprintln(x)")), None),
        (
            "params60k_stmts300k",
            format!(
                "package main\n\nfunc f({} int) int {{\n\ts := 0\n{stmts}\treturn s\n}}\n\nfunc main() {{\n\tprintln(1)\n}}\n",
                params.join(", ")
            ),
            None,
        ),
    ];
    for (name, src, err) in progs {
        let o = run(name, &src, &[], Duration::from_secs(30));
        sane(name, &o);
        match err {
            Some(e) => {
                assert_eq!(o.code, Some(1), "{name}: {}", head(&o.stderr));
                assert!(o.stderr.contains(e), "{name}: {}", head(&o.stderr));
            }
            None => assert_eq!(o.code, Some(0), "{name}: {}", head(&o.stderr)),
        }
        assert!(o.took < Duration::from_secs(10), "{name}: took {:?}", o.took);
        assert!(o.peak < 1 << 30, "{name}: peak RSS {} MiB", o.peak >> 20);
    }
}

#[test]
fn a_package_array_larger_than_the_heap_limit_is_out_of_memory() {
    for (name, ty, limit) in [("global_byte_array", "[1 << 28]byte", "128MiB"), ("global_int_array", "[1 << 27]int", "1GiB")] {
        let src = format!("package main\n\nvar big {ty}\n\nfunc main() {{\n\tbig[5] = 1\n\tprintln(big[5])\n}}\n");
        let o = run(name, &src, &["--max-heap", limit], Duration::from_secs(30));
        sane(name, &o);
        assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
        assert!(o.stderr.starts_with("runtime: out of memory: cannot allocate "), "{name}: {}", head(&o.stderr));
        assert!(o.stderr.contains("\nfatal error: out of memory\n"), "{name}: {}", head(&o.stderr));
    }
}

/// Issue 17's row: a 128 MiB package byte array runs, as in Go, and costs
/// host memory only where it is written (one byte an element, calloc'ed:
/// the OS backs the pages that are touched). Before: a 4 GB allocation.
#[test]
fn a_big_package_byte_array_is_allocated_lazily() {
    let src = "package main\n\nimport \"fmt\"\n\nvar g [1 << 27]byte\nvar flags [1 << 26]bool\n\nfunc main() {\n\tg[1<<26] = 7\n\tg[len(g)-1] = 9\n\tflags[12345] = true\n\ts := g[1<<26-2:]\n\tfmt.Println(len(g), g[1<<26], s[2], g[len(g)-1], g[5], len(s), flags[12345], flags[0])\n}\n";
    let o = run("global_byte_array_lazy", src, &["--max-heap", "256MiB"], Duration::from_secs(20));
    sane("global_byte_array_lazy", &o);
    assert_eq!((o.code, o.stdout.as_str()), (Some(0), "134217728 7 7 9 0 67108866 true false\n"), "{}", head(&o.stderr));
    assert!(o.peak < 64 << 20, "peak RSS {} MiB", o.peak >> 20);
}

/// Heap accounting counts Go-sized bytes for byte arrays: a 64 MiB
/// `[64 << 20]byte` grows runtime.MemStats' HeapAlloc by about 64 MiB (Go:
/// 63; before: 2048, a 32-byte value an element).
#[test]
fn memstats_count_a_byte_array_at_its_go_size() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nvar keep *[64 << 20]byte\n\nfunc main() {\n\tvar m0, m1 runtime.MemStats\n\truntime.ReadMemStats(&m0)\n\tkeep = new([64 << 20]byte)\n\tfor i := 0; i < len(keep); i += 4096 {\n\t\tkeep[i] = 1\n\t}\n\truntime.ReadMemStats(&m1)\n\tfmt.Println((m1.HeapAlloc - m0.HeapAlloc) >> 20)\n}\n";
    let o = run("byte_array_memstats", src, &["--max-heap", "256MiB"], Duration::from_secs(20));
    sane("byte_array_memstats", &o);
    assert_eq!(o.code, Some(0), "{}", head(&o.stderr));
    let mib: u64 = o.stdout.trim().parse().unwrap_or(0);
    assert!((60..=128).contains(&mib), "HeapAlloc grew {mib} MiB");
    assert!(o.peak < 128 << 20, "peak RSS {} MiB", o.peak >> 20);
}

/// Deep recursion with a `[256]byte` local reaches Go's stack overflow at
/// the default limits (the array is 256 bytes of the VM's heap, as in Go's
/// frame; before, 8 KiB of values each, it was out of memory first), in
/// memory within 2x of Go's (Go: 1.0 GB RSS; gostack measured 1.3 GB).
#[test]
fn deep_recursion_with_a_byte_array_local_is_a_stack_overflow() {
    let src = "package main\n\nfunc f(n int) byte {\n\tvar buf [256]byte\n\tbuf[n%256] = byte(n)\n\treturn f(n+1) + buf[3]\n}\n\nfunc main() {\n\tf(0)\n}\n";
    let o = run("byte_array_recursion", src, &[], Duration::from_secs(30));
    sane("byte_array_recursion", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert!(o.stderr.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp="), "{}", head(&o.stderr));
    assert!(o.stderr.contains("\nfatal error: stack overflow\n"), "{}", head(&o.stderr));
    assert!(o.peak < 2 << 30, "peak RSS {} MiB", o.peak >> 20);
}

/// Issue 19's row: three `[1<<26]int` locals (512 MiB each, 1.5 GiB in
/// all) in main and in a goroutine run, as in Go, whose compiler moves them
/// to the heap. Compact int arrays are 8 bytes an element and calloc'ed, so
/// only the pages written cost host memory (before: a bogus deadlock, or
/// out of memory at 2.1 GB RSS).
#[test]
fn big_int_array_locals_run_lazily() {
    // (Run separately: both sets at once are 3 GiB of address space, near
    // the harness's 4 GiB cap.)
    let in_main = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a [1 << 26]int\n\tvar b [1 << 26]float64\n\tvar c [1 << 26]uint64\n\ta[0] = 1\n\tb[1<<25] = 2\n\tc[len(c)-1] = 3\n\tfmt.Println(a[0]+int(b[1<<25])+int(c[len(c)-1]), len(a)+len(b)+len(c))\n}\n";
    let in_goroutine = "package main\n\nimport \"fmt\"\n\nfunc work(done chan int) {\n\tvar a, b, c [1 << 26]int\n\ta[1] = 1\n\tb[len(b)-1] = 2\n\tc[12345] = 3\n\tdone <- a[1] + b[len(b)-1] + c[12345]\n}\n\nfunc main() {\n\tdone := make(chan int)\n\tgo work(done)\n\tfmt.Println(<-done, 201326592)\n}\n";
    for (name, src) in [("big_int_array_locals_main", in_main), ("big_int_array_locals_goroutine", in_goroutine)] {
        let o = run(name, src, &["--max-heap", "2GiB"], Duration::from_secs(20));
        sane(name, &o);
        assert_eq!((o.code, o.stdout.as_str()), (Some(0), "6 201326592\n"), "{name}: {}", head(&o.stderr));
        assert!(o.peak < 64 << 20, "{name}: peak RSS {} MiB", o.peak >> 20);
    }
}

/// Heap accounting counts Go-sized bytes for int arrays: a `[8 << 20]int`
/// (64 MiB in Go) grows runtime.MemStats' HeapAlloc by about 64 MiB
/// (before: 256, a 32-byte value an element).
#[test]
fn memstats_count_an_int_array_at_its_go_size() {
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n)\n\nvar keep *[8 << 20]int\n\nfunc main() {\n\tvar m0, m1 runtime.MemStats\n\truntime.ReadMemStats(&m0)\n\tkeep = new([8 << 20]int)\n\tfor i := 0; i < len(keep); i += 512 {\n\t\tkeep[i] = i\n\t}\n\truntime.ReadMemStats(&m1)\n\tfmt.Println((m1.HeapAlloc - m0.HeapAlloc) >> 20)\n}\n";
    let o = run("int_array_memstats", src, &["--max-heap", "256MiB"], Duration::from_secs(20));
    sane("int_array_memstats", &o);
    assert_eq!(o.code, Some(0), "{}", head(&o.stderr));
    let mib: u64 = o.stdout.trim().parse().unwrap_or(0);
    assert!((60..=128).contains(&mib), "HeapAlloc grew {mib} MiB");
    assert!(o.peak < 128 << 20, "peak RSS {} MiB", o.peak >> 20);
}

/// Deep recursion with a `[256]int` local (conformance's
/// overflow_recursion_unrecoverable) reaches Go's stack overflow in memory
/// within 2x of Go's 1.0 GB (the array is 2 KiB of the VM's heap, Go's
/// size; before: 8 KiB of values a frame, 2.2 GB RSS).
#[test]
fn deep_recursion_with_an_int_array_local_is_a_stack_overflow() {
    let src = "package main\n\nfunc f(n int) int {\n\tvar buf [256]int\n\tbuf[n%256] = n\n\treturn f(n+1) + buf[(n+1)%256]\n}\n\nfunc main() {\n\tf(0)\n}\n";
    let o = run("int_array_recursion", src, &[], Duration::from_secs(30));
    sane("int_array_recursion", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert!(o.stderr.starts_with("runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp="), "{}", head(&o.stderr));
    assert!(o.stderr.contains("\nfatal error: stack overflow\n"), "{}", head(&o.stderr));
    assert!(o.peak < 1536 << 20, "peak RSS {} MiB", o.peak >> 20);
}

#[test]
fn a_local_array_larger_than_the_heap_limit_is_out_of_memory() {
    let src = main_with("\tvar a [1 << 28]int\n\ta[3] = 4\n\tprintln(a[3])");
    let o = run("local_array", &src, &["--max-heap", "256MiB"], Duration::from_secs(30));
    sane("local_array", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert!(o.stderr.contains("\nfatal error: out of memory\n"), "{}", head(&o.stderr));
    assert!(o.stderr.contains("\nmain.main()\n"), "{}", head(&o.stderr));
}

#[test]
fn sizes_take_units() {
    let src = main_with("\tprintln(\"ok\")");
    for size in ["64MiB", "64M", "67108864", "64MB", "1GiB"] {
        let o = run("sizes", &src, &["--max-heap", size, "--max-stack", "1MiB", "--max-output", "1KiB"], Duration::from_secs(20));
        sane("sizes", &o);
        assert_eq!((o.code, o.stderr.as_str()), (Some(0), "ok\n"), "{size}");
    }
    let o = run("sizes_bad", &src, &["--max-heap", "64 parsecs"], Duration::from_secs(20));
    assert_eq!(o.code, Some(2));
    assert!(o.stderr.contains("invalid size \"64 parsecs\""), "{}", head(&o.stderr));
}

#[test]
fn the_guest_cannot_lift_the_stack_limit() {
    // --max-stack is a ceiling: debug.SetMaxStack may lower it, never raise
    // it (before: 1<<62 lifted it and the recursion ran 7.7M frames deep
    // until the heap limit).
    for arg in ["1 << 62", "-1"] {
        let src = format!(
            "package main\n\nimport \"runtime/debug\"\n\nfunc f(n int) int {{\n\treturn f(n+1) + 1\n}}\n\nfunc main() {{\n\tdebug.SetMaxStack({arg})\n\tf(0)\n}}\n"
        );
        let o = run("set_max_stack", &src, &["--max-stack", "1000000"], Duration::from_secs(30));
        sane("set_max_stack", &o);
        assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
        assert!(o.stderr.starts_with("runtime: goroutine stack exceeds 1000000-byte limit\n"), "{arg}: {}", head(&o.stderr));
    }
}

#[test]
fn a_deferred_call_that_recovers_and_recurses_overflows_the_stack() {
    // Each level keeps a frame of f, gopanic's frame and the deferred
    // call's: Go overflows the stack. gostack used to take the heap limit's
    // path and then spend minutes rendering a traceback quadratic in the
    // number of panics.
    let src = "package main\n\nimport \"runtime/debug\"\n\nfunc f() {\n\tdefer func() {\n\t\trecover()\n\t\tf()\n\t}()\n\tpanic(1)\n}\n\nfunc main() {\n\tdebug.SetMaxStack(1 << 20)\n\tf()\n}\n";
    let o = run("deferred_recover_recursion", src, &[], Duration::from_secs(30));
    sane("deferred_recover_recursion", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert!(o.stderr.starts_with("runtime: goroutine stack exceeds 1048576-byte limit\n"), "{}", head(&o.stderr));
    assert!(o.stderr.contains("\nmain.f.func1()\n"), "{}", head(&o.stderr));
    // Under the heap limit instead, the fatal error and its traceback of
    // ~100,000 frames and panics come promptly.
    let src = src.replace("\tdebug.SetMaxStack(1 << 20)\n", "\tdebug.SetGCPercent(100)\n");
    let o = run("deferred_recover_recursion_heap", &src, &["--max-heap", "64MiB"], Duration::from_secs(30));
    sane("deferred_recover_recursion_heap", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert!(o.stderr.contains("fatal error: runtime: out of memory\n"), "{}", head(&o.stderr));
    assert!(o.stderr.contains(" frames elided...\n"), "{}", head(&o.stderr));
    // Issue 17's conditions: the frames are host memory that --max-heap
    // bounds (~472 host bytes a level against Go's 232 stack bytes; Go's
    // overflow would need under ~240), so the heap limit comes first,
    // promptly and within 2x 256 MiB + 32 MiB (docs/divergences.md).
    let o = run("deferred_recover_recursion_256", &src, &["--max-heap", "256MiB"], Duration::from_secs(20));
    sane("deferred_recover_recursion_256", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert!(o.stderr.contains("fatal error: runtime: out of memory\n"), "{}", head(&o.stderr));
    within_heap_bound("deferred_recover_recursion_256", &o, 256 << 20);
}

#[test]
fn timeout_is_an_alias_of_max_wall() {
    let src = main_with("\tfor {\n\t}");
    let o = run("timeout_alias", &src, &["--timeout", "300ms"], Duration::from_secs(20));
    sane("timeout_alias", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert_eq!(o.stderr, "gostack: program exceeded the time limit of 300ms (--max-wall)\n");
}

// ---------------------------------------------------------------------
// Natives spend --max-steps in proportion to their work.

#[test]
fn big_natives_in_a_loop_stop_at_max_steps() {
    // Each ToUpper of 8 MiB costs ~262,000 steps (its argument and result,
    // a step per 64 bytes): --max-steps 1000000 allows three or four of the
    // thousand calls, and the program never reaches its Println.
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"sort\"\n\t\"strings\"\n)\n\nfunc main() {\n\ts := strings.Repeat(\"a\", 8<<20)\n\tfor i := 0; i < 1000; i++ {\n\t\ts = strings.ToUpper(s)\n\t\tprintln(i)\n\t}\n\tx := make([]int, 1<<20)\n\tfor i := 0; i < 1000; i++ {\n\t\tsort.Ints(x)\n\t}\n\tfmt.Println(len(s), len(x))\n}\n";
    let o = run("big_natives_steps", src, &["--max-steps", "1000000"], Duration::from_secs(20));
    sane("big_natives_steps", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    assert!(o.stderr.contains("gostack: program exceeded the limit of 1000000 steps (--max-steps)"), "{}", head(&o.stderr));
    let calls = o.stderr.lines().filter(|l| l.parse::<u32>().is_ok()).count();
    assert!((2..=4).contains(&calls), "ToUpper ran {calls} times under the limit: {}", head(&o.stderr));
    // A slice sorted in place costs its length too.
    let src = "package main\n\nimport \"sort\"\n\nfunc main() {\n\tx := make([]int, 1<<20)\n\tfor i := 0; i < 1000; i++ {\n\t\tsort.Ints(x)\n\t\tprintln(i)\n\t}\n}\n";
    let o = run("sort_steps", src, &["--max-steps", "100000"], Duration::from_secs(20));
    sane("sort_steps", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
    let calls = o.stderr.lines().filter(|l| l.parse::<u32>().is_ok()).count();
    assert!(calls <= 7, "sort.Ints ran {calls} times under --max-steps 100000");
}

// ---------------------------------------------------------------------
// Wide functions compile in linear time: many locals, cases, labels,
// parameters, captures, literal elements (each was quadratic: 20,000
// locals 2.35 s, 60,000 parameters > 9 s, 50,000 cases 2.75 s, 20,000
// captures 1.94 s; now 0.1-0.7 s each, release build).

#[test]
fn wide_functions_compile_in_linear_time() {
    let wall = Duration::from_secs(30);
    let locals: String = (0..30_000).map(|i| format!("\tv{i} := {i}\n\t_ = v{i}\n")).collect();
    let cases: String = (0..100_000).map(|i| format!("\tcase {i}:\n\t\tprintln({i})\n")).collect();
    let labels: String = (0..50_000).map(|i| format!("L{i}:\n\tx++\n\tif x < 0 {{\n\t\tgoto L{i}\n\t}}\n")).collect();
    let params: Vec<String> = (0..60_000).map(|i| format!("p{i} int")).collect();
    let sums: String = (0..60_000).map(|i| format!("\ts += p{i}\n")).collect();
    let caps_decl: String = (0..20_000).map(|i| format!("\tv{i} := {i}\n")).collect();
    let caps_use: String = (0..20_000).map(|i| format!("\t\ts += v{i}\n")).collect();
    let elems: Vec<String> = (0..70_000).map(|i| i.to_string()).collect();
    let progs = [
        ("locals30k", main_with(&format!("{locals}\tprintln(v29999)")), "29999\n".to_string()),
        ("cases100k", main_with(&format!("\tx := 99999\n\tswitch x {{\n{cases}\t}}")), "99999\n".to_string()),
        ("labels50k", main_with(&format!("\tx := 0\n{labels}\tprintln(x)")), "50000\n".to_string()),
        (
            "params60k",
            format!(
                "package main\n\nfunc f({}) int {{\n\ts := 0\n{sums}\treturn s\n}}\n\nfunc main() {{\n\tprintln(f({}))\n}}\n",
                params.join(", "),
                vec!["1"; 20_000].join(", ")
            ),
            String::new(),
        ),
        (
            "captures20k",
            main_with(&format!("{caps_decl}\tf := func() int {{\n\t\ts := 0\n{caps_use}\t\treturn s\n\t}}\n\tprintln(f())")),
            "199990000\n".to_string(),
        ),
        (
            "slicelit70k",
            main_with(&format!("\tx := []int{{{}}}\n\tprintln(len(x), x[69999])", elems.join(", "))),
            "70000 69999\n".to_string(),
        ),
    ];
    for (name, src, want) in progs {
        let o = run(name, &src, &[], wall);
        sane(name, &o);
        if name == "params60k" {
            // Too few arguments: the whole signature is checked, at once.
            assert_eq!(o.code, Some(1), "{name}: {}", head(&o.stderr));
            assert!(o.stderr.contains("not enough arguments in call to f"), "{name}: {}", head(&o.stderr));
        } else {
            assert_eq!((o.code, o.stderr.as_str()), (Some(0), want.as_str()), "{name}");
        }
        assert!(o.took < Duration::from_secs(15), "{name}: took {:?}", o.took);
    }
}

#[test]
fn struct_with_too_many_fields_is_one_clear_error() {
    let fields: String = (0..70_000).map(|i| format!("\tF{i} int\n")).collect();
    let src =
        format!("package main\n\ntype T struct {{\n{fields}}}\n\nfunc main() {{\n\tvar t T\n\tt.F69999 = 3\n\tprintln(t.F69999)\n}}\n");
    let o = run("fields70k", &src, &[], Duration::from_secs(20));
    sane("fields70k", &o);
    assert_eq!(o.code, Some(1));
    // One error (after go's `# command-line-arguments` header): the uses of
    // the invalid type report nothing more.
    assert_eq!(o.stderr, "# command-line-arguments\n./prog.go:3:8: struct type has 70000 fields: gostack supports at most 65535\n");
}

// ---------------------------------------------------------------------
// Memory: cyclic garbage and timers are released (issues 15, 17, 19).

/// Runs `src` under a 64 MiB heap limit (and `flags`) and expects Go's
/// output `want` with exit status 0.
fn runs_in_bounded_memory(name: &str, src: &str, flags: &[&str], want: &str) {
    let mut all = vec!["--max-heap", "64MiB"];
    all.extend_from_slice(flags);
    let o = run(name, src, &all, Duration::from_secs(120));
    sane(name, &o);
    assert_eq!((o.code, o.stdout.as_str(), head(&o.stderr).as_str()), (Some(0), want, ""), "{name} (took {:?})", o.took);
}

#[test]
fn cyclic_garbage_in_a_loop_runs_in_bounded_memory() {
    // Before the collector: out of memory at the 64 MiB limit.
    let src = "package main\n\nimport \"fmt\"\n\ntype node struct {\n\tnext *node\n\tpad  [4]int\n}\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 1000000; i++ {\n\t\ta := &node{}\n\t\tb := &node{}\n\t\ta.next = b\n\t\tb.next = a\n\t\tn += len(a.pad)\n\t}\n\tfmt.Println(\"done\", n)\n}\n";
    runs_in_bounded_memory("cyclic_nodes", src, &[], "done 4000000\n");
}

#[test]
fn cycles_through_closures_maps_and_interfaces_are_collected() {
    let src = "package main\n\nimport \"fmt\"\n\ntype box struct{ v any }\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 300000; i++ {\n\t\tvar f func() int\n\t\tf = func() int { return len(fmt.Sprint(f == nil)) }\n\t\tm := map[int]any{}\n\t\tm[i] = m\n\t\tb := &box{}\n\t\tb.v = b\n\t\tc := make(chan any, 1)\n\t\tc <- c\n\t\tn += len(m)\n\t}\n\tfmt.Println(n)\n}\n";
    runs_in_bounded_memory("cyclic_kinds", src, &[], "300000\n");
}

#[test]
fn time_after_in_a_select_loop_runs_in_bounded_memory() {
    // Before: a goroutine per timer until its deadline (goroutine
    // exhaustion, 2.7 GB at 1.1M iterations). Timers are not goroutines:
    // --max-goroutines does not count them.
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tch := make(chan int, 1)\n\tn := 0\n\tfor i := 0; i < 1000000; i++ {\n\t\tch <- i\n\t\tselect {\n\t\tcase v := <-ch:\n\t\t\tn += v & 1\n\t\tcase <-time.After(time.Hour):\n\t\t\tfmt.Println(\"timeout\")\n\t\t}\n\t}\n\tfmt.Println(n)\n}\n";
    runs_in_bounded_memory("time_after_loop", src, &["--max-goroutines", "100"], "500000\n");
}

#[test]
fn stopped_timers_and_canceled_contexts_are_released() {
    let src = "package main\n\nimport (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tstopped := 0\n\tfor i := 0; i < 300000; i++ {\n\t\tt := time.NewTimer(time.Hour)\n\t\tif t.Stop() {\n\t\t\tstopped++\n\t\t}\n\t\tctx, cancel := context.WithTimeout(context.Background(), time.Hour)\n\t\tcancel()\n\t\t<-ctx.Done()\n\t\ttime.AfterFunc(time.Hour, func() {}).Stop()\n\t}\n\tfmt.Println(stopped)\n}\n";
    runs_in_bounded_memory("stopped_timers", src, &["--max-goroutines", "100"], "300000\n");
}

/// runtime.NumCPU and the initial GOMAXPROCS are a fixed, documented count
/// (natives::NUM_CPU), never the host's: output does not depend on the
/// machine and the program learns nothing about it.
#[test]
fn the_cpu_count_is_fixed() {
    let src = "package main\n\nimport \"runtime\"\n\nfunc main() {\n\tprintln(runtime.NumCPU(), runtime.GOMAXPROCS(0))\n}\n";
    let o = run("numcpu", src, &[], Duration::from_secs(20));
    sane("numcpu", &o);
    assert_eq!((o.code, o.stderr.as_str()), (Some(0), "8 8\n"));
}

/// A generic that instantiates itself with ever-growing type arguments
/// (through a method, a field, or a generic function's call) is types2's
/// `instantiation cycle`, at once (before: 1.8-3.6 GB, then the host's
/// failed allocation), with one line per step of the cycle as Go
/// (docs/reliability.md).
#[test]
fn unbounded_instantiation_is_an_instantiation_cycle() {
    // The step lines are go run's (`T instantiated as ...`).
    let cases = [
        (
            "method",
            "package main\n\ntype B[T any] struct{ x T }\n\nfunc (b B[T]) M() { B[B[T]]{}.M() }\n\nfunc main() { B[int]{}.M() }\n",
            "\t./prog.go:5:23: T instantiated as B[T]\n",
        ),
        (
            "func_chain",
            "package main\n\nfunc F[T any](n int) {\n\tif n > 0 {\n\t\tG[Box[T]](n - 1)\n\t}\n}\n\nfunc G[U any](n int) {\n\tF[U](n)\n}\n\ntype Box[T any] struct{ v T }\n\nfunc main() {\n\tF[int](3)\n}\n",
            "\t./prog.go:10:4: T instantiated as U\n\t./prog.go:5:5: U instantiated as Box[T]\n",
        ),
        (
            "field",
            "package main\n\ntype L[T any] struct{ next *L[L[T]] }\n\nfunc main() { var l L[int]; println(l.next == nil) }\n",
            "\t./prog.go:3:31: T instantiated as L[T]\n",
        ),
        (
            "func",
            "package main\n\nfunc f[T any](n int, x T) {\n\tif n > 0 {\n\t\tf[[]T](n-1, nil)\n\t}\n}\n\nfunc main() { f[int](3, 1) }\n",
            "\t./prog.go:5:5: T instantiated as []T\n",
        ),
    ];
    for (name, src, step) in cases {
        let o = run(name, src, &[], Duration::from_secs(20));
        sane(name, &o);
        assert_eq!(o.code, Some(1), "{name}: {}", head(&o.stderr));
        assert_eq!(o.stderr, format!("# command-line-arguments\n./prog.go:3:8: instantiation cycle:\n{step}"), "{name}");
        assert!(o.took < Duration::from_secs(5), "{name}: took {:?}", o.took);
        assert!(o.peak < 256 << 20, "{name}: peak RSS {} MiB", o.peak >> 20);
    }
}

/// Natives whose result can be far larger than their arguments, or large
/// from small arguments, are charged before they allocate (in Go's bytes)
/// or as their buffer grows: each looped to the limit stays within the
/// bound and ends in Go's out-of-memory fatal error (before: fmt.Sprint of
/// a slice holding one 1 MiB string 4,000 times, reflect.MakeSlice, New
/// and Zero of a huge type were host aborts; strings.Fields and
/// ToValidUTF8 were checked only once they had returned).
#[test]
fn natives_looped_to_the_limit_stay_within_the_bound() {
    let cases = [
        (
            "sprint_shared",
            "\"fmt\"\n\t\"strings\"",
            "big := strings.Repeat(\"x\", 1<<20)\n\tvar xs []string\n\tfor i := 0; ; i++ {\n\t\txs = append(xs, big)\n\t\tprintln(len(fmt.Sprint(xs)))\n\t}",
        ),
        (
            "sprintf_nested",
            "\"fmt\"\n\t\"strings\"",
            "big := []any{strings.Repeat(\"\\x01\", 1<<20)}\n\tm := map[int][]any{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = big\n\t\tprintln(len(fmt.Sprintf(\"%q\", m)))\n\t}",
        ),
        ("fields", "\"strings\"", "s := \"a \"\n\tvar keep [][]string\n\tfor i := 0; ; i++ {\n\t\ts += s\n\t\tkeep = append(keep, strings.Fields(s))\n\t}"),
        ("to_valid_utf8", "\"strings\"", "r := strings.Repeat(\"x\", 1<<16)\n\ts := \"\\xffa\"\n\tfor i := 0; ; i++ {\n\t\ts += s\n\t\tprintln(len(strings.ToValidUTF8(s, r)))\n\t}"),
        ("reflect_makeslice", "\"reflect\"", "t := reflect.TypeOf([]int{})\n\tfor n := 1; ; n *= 2 {\n\t\tprintln(reflect.MakeSlice(t, n, n).Len())\n\t}"),
        ("reflect_new", "\"reflect\"", "for n := 1; ; n *= 2 {\n\t\tprintln(reflect.New(reflect.ArrayOf(n, reflect.TypeOf(\"\"))).Elem().Len())\n\t}"),
        ("reflect_zero", "\"reflect\"", "var keep []reflect.Value\n\tfor n := 1; ; n *= 2 {\n\t\tkeep = append(keep, reflect.Zero(reflect.ArrayOf(n, reflect.TypeOf(0))))\n\t}"),
    ];
    for (name, import, body) in cases {
        let src = format!("package main\n\nimport (\n\t{import}\n)\n\nfunc main() {{\n\t{body}\n}}\n");
        let o = run(name, &src, &["--max-heap", "64MiB"], Duration::from_secs(30));
        sane(name, &o);
        assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
        assert!(
            o.stderr.contains("\nfatal error: out of memory\n") || o.stderr.contains("\nfatal error: runtime: out of memory\n"),
            "{name}: {}",
            head(&o.stderr)
        );
        within_heap_bound(name, &o, 64 << 20);
    }
}

/// With a `--max-heap` the address space cannot hold (the harness caps it
/// at 4 GiB), a large zeroed allocation the host refuses is Go's
/// `fatal error: out of memory`, never Rust's allocation-failure abort
/// (before: `memory allocation of 1073741824 bytes failed`, SIGABRT, for
/// the third 1 GiB array). Without `prlimit` the arrays fit and the
/// programs print their sum.
#[test]
fn zeroed_allocations_past_the_address_space_are_out_of_memory() {
    let capped = Command::new("prlimit").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok();
    let cases = [
        ("local_arrays", "var a, b, c [1 << 27]int\n\ta[1], b[2], c[3] = 1, 2, 3\n\tprintln(a[1] + b[2] + c[3])"),
        ("new_arrays", "a, b, c := new([1 << 27]int), new([1 << 27]int), new([1 << 27]int)\n\ta[1], b[2], c[3] = 1, 2, 3\n\tprintln(a[1] + b[2] + c[3])"),
        ("make_bytes", "a, b, c := make([]byte, 1<<30), make([]byte, 1<<30), make([]byte, 1<<30)\n\ta[1], b[2], c[3] = 1, 2, 3\n\tprintln(a[1] + b[2] + c[3])"),
        ("append_bytes", "a := make([]byte, 1<<30)\n\tb := make([]byte, 1<<30)\n\ta = append(a, 1)\n\tb[2] = 2\n\tprintln(int(a[1<<30]) + int(b[2]) + 3)"),
    ];
    for (name, body) in cases {
        let o = run(name, &main_with(&format!("\t{body}")), &["--max-heap", "4GiB"], Duration::from_secs(30));
        sane(name, &o);
        if !capped || o.code == Some(0) {
            assert_eq!((o.code, o.stderr.as_str()), (Some(0), "6\n"), "{name}");
            continue;
        }
        assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
        assert!(o.stderr.starts_with("runtime: out of memory: cannot allocate "), "{name}: {}", head(&o.stderr));
        assert!(o.stderr.contains("\nfatal error: out of memory\n"), "{name}: {}", head(&o.stderr));
    }
}

/// Issue 17's row: 100,000 deferred calls that each panic while the
/// previous panic unwinds end at once, as in Go (0.14 s); the output is
/// the golden case testdata/hostile/many_deferred_panics.go. Before: 8.6 s
/// (each unwinding step looked up the older panic from the oldest one).
#[test]
fn many_deferred_panics_unwind_in_linear_time() {
    let src =
        main_with("\tdefer func() { println(recover().(int)) }()\n\tfor i := 0; i < 100000; i++ {\n\t\tdefer func() { panic(i) }()\n\t}");
    let o = run("many_deferred_panics", &src, &["--max-heap", "256MiB"], Duration::from_secs(20));
    sane("many_deferred_panics", &o);
    assert_eq!((o.code, o.stderr.as_str()), (Some(0), "0\n"));
    assert!(o.took < Duration::from_secs(3), "took {:?}", o.took);
    within_heap_bound("many_deferred_panics", &o, 256 << 20);
}

/// regexp's FindAll over a million empty matches is linear (2.8 s here;
/// before: the rest of the text was copied at each empty match, 3.3 s for
/// 400,000 and no answer in 30 s for 32 MiB).
#[test]
fn regexp_find_all_with_empty_matches_is_linear() {
    let src = "package main\n\nimport (\n\t\"regexp\"\n\t\"strings\"\n)\n\nfunc main() {\n\ts := strings.Repeat(\"a\", 1000000)\n\tprintln(len(regexp.MustCompile(\"\").FindAllStringIndex(s, -1)))\n}\n";
    let o = run("find_all_empty", src, &[], Duration::from_secs(30));
    sane("find_all_empty", &o);
    assert_eq!((o.code, o.stderr.as_str()), (Some(0), "1000001\n"));
    assert!(o.took < Duration::from_secs(10), "took {:?}", o.took);
}

// ---------------------------------------------------------------------
// unsafe.Slice / unsafe.String where the VM has no memory to give: one
// clear fatal error; where Go would reinterpret memory, typed values and
// no crash.

#[test]
fn unsafe_slice_and_string_past_what_the_pointer_knows_are_not_supported() {
    let cases = [
        ("slicevar", "\tx := 1\n\tn := 2\n\t_ = unsafe.Slice(&x, n)", "fatal error: unsafe.Slice of a pointer to a variable"),
        ("slicepast", "\ta := [3]int{}\n\tn := 3\n\t_ = unsafe.Slice(&a[1], n)", "fatal error: unsafe.Slice past the end of the array"),
        (
            "stringpast",
            "\tb := []byte(\"abc\")\n\tn := 4\n\t_ = unsafe.String(&b[0], n)",
            "fatal error: unsafe.String of bytes past the end",
        ),
        ("stringvar", "\tc := byte('x')\n\tn := 2\n\t_ = unsafe.String(&c, n)", "fatal error: unsafe.String of bytes past the end"),
    ];
    for (name, body, want) in cases {
        let src = format!("package main\n\nimport \"unsafe\"\n\nfunc main() {{\n{body}\n}}\n");
        let o = run(name, &src, &[], Duration::from_secs(20));
        sane(name, &o);
        assert_eq!(o.code, Some(2), "{name}: {}", head(&o.stderr));
        assert!(o.stderr.starts_with(want) && o.stderr.contains("is not supported by gostack"), "{name}: {}", head(&o.stderr));
    }
}

#[test]
fn unsafe_slice_over_struct_fields_of_other_types_does_not_crash() {
    // Go reinterprets the fields' memory (undefined); gostack stores typed
    // values in fields of other types and must stay sane.
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"unsafe\"\n)\n\ntype S struct {\n\ta int\n\tb string\n\tc []int\n\tm map[int]int\n}\n\n\
               func main() {\n\tvar st S\n\ts := unsafe.Slice(&st.a, 4)\n\ts[1], s[2], s[3] = 5, 6, 7\n\tfmt.Println(st.b+\"x\", len(st.b), st.c, len(st.c), st.m)\n\
               \tst.c = append(st.c, 1)\n\tfor _, r := range st.b {\n\t\tfmt.Println(r)\n\t}\n\tst.m[1] = 2\n}\n";
    let o = run("structfields", src, &[], Duration::from_secs(20));
    sane("structfields", &o);
    assert_eq!(o.code, Some(2), "{}", head(&o.stderr));
}

#[test]
fn many_string_data_pointers_are_not_kept() {
    // StringData's table drops the entries of dead strings as it grows
    // (measured: without the sweep this run peaked at 1.4 GB, with it at
    // 10 MB).
    let body = "\tn := 0\n\tfor i := 0; i < 2000000; i++ {\n\t\ts := strings.Repeat(\"a\", 30) + strconv.Itoa(i)\n\t\tt := strconv.Itoa(i)\n\
                \t\tif unsafe.StringData(s) != nil && unsafe.StringData(t) != nil {\n\t\t\tn++\n\t\t}\n\t\t_ = unsafe.String(unsafe.StringData(s), len(s))\n\t}\n\tprintln(n)";
    let src = format!("package main\n\nimport (\n\t\"strconv\"\n\t\"strings\"\n\t\"unsafe\"\n)\n\nfunc main() {{\n{body}\n}}\n");
    let o = run("stringdata", &src, &["--max-heap", "64MiB"], Duration::from_secs(30));
    sane("stringdata", &o);
    assert_eq!((o.code, o.stderr.as_str()), (Some(0), "2000000\n"));
    within_heap_bound("stringdata", &o, 64 << 20);
}
