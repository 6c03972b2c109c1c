//! `gostack test` on Go test packages prints what `go test` prints. Each
//! case writes a small package, runs the built binary on it and, when Go
//! (go1.27.3) is on PATH, the same `go test` command (with `-count=1`, so
//! nothing comes from go's cache); the two must agree on stdout and the
//! exit status once durations are normalised (gostack prints `(0.00s)` and
//! `0.000s`, see docs/testing.md). `GOSTACK_REQUIRE_GO=1` makes a missing
//! Go a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

const GOMOD: &str = "module example.com/m\n\ngo 1.27\n";

mod common;

/// A fresh folder holding `files` (path, text).
fn tree(name: &str, files: &[(&str, &str)]) -> PathBuf {
    common::tree("gotest", name, files)
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
        stdout: normalize(&String::from_utf8_lossy(&o.stdout)),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Durations as gostack prints them: `(0.00s)` and `\t0.000s`.
fn normalize(s: &str) -> String {
    let d = regex::Regex::new(r"\(\d+\.\d\ds\)").unwrap();
    let t = regex::Regex::new(r"(?m)^((?:ok  |FAIL)\t\S+)\t\d+\.\d+s").unwrap();
    // log's default prefix: gostack's clock is virtual (2009/11/10 ...).
    let l = regex::Regex::new(r"(?m)^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d ").unwrap();
    let s = l.replace_all(s, "YYYY/MM/DD hh:mm:ss ");
    t.replace_all(&d.replace_all(&s, "(0.00s)"), "$1\t0.000s").into_owned()
}

fn gostack(cwd: &Path, cmd: &str, args: &[&str]) -> Out {
    out(Command::new(env!("CARGO_BIN_EXE_gostack")).arg(cmd).args(args).current_dir(cwd).output().unwrap())
}

/// `go CMD ARGS` in `cwd` (`go test` gets `-count=1`), or None without Go.
fn go(cwd: &Path, cmd: &str, args: &[&str]) -> Option<Out> {
    let Some(go) = golden::find_go() else {
        assert!(!golden::go_required(), "GOSTACK_REQUIRE_GO=1 but `go` is not on PATH");
        return None;
    };
    let mut c = Command::new(go);
    c.arg(cmd);
    if cmd == "test" {
        c.arg("-count=1");
    }
    c.args(args).current_dir(cwd);
    for (k, v) in golden::exec::GO_BUILD_ENV {
        c.env(k, v);
    }
    for k in golden::exec::SCRUB_ENV {
        c.env_remove(k);
    }
    Some(out(c.output().unwrap()))
}

/// `gostack test ARGS` and `go test ARGS` agree on stdout and exit status;
/// returns gostack's.
fn same(cwd: &Path, args: &[&str]) -> Out {
    let g = gostack(cwd, "test", args);
    if let Some(o) = go(cwd, "test", args) {
        assert_eq!(
            (g.code, &g.stdout),
            (o.code, &o.stdout),
            "gostack test {args:?} (left) differs from go test (right)\ngostack stderr: {}",
            g.stderr
        );
    }
    g
}

const LIB: &str = "package m\n\nimport \"fmt\"\n\nfunc Add(a, b int) int { return a + b }\n\nfunc Hello() { fmt.Println(\"hello\") }\n";

#[test]
fn passing_package_prints_ok() {
    let d = tree(
        "pass",
        &[
            ("go.mod", GOMOD),
            ("m.go", LIB),
            ("m_test.go", "package m\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n\nfunc TestAdd(t *testing.T) {\n\tfmt.Println(\"printed\")\n\tif Add(1, 2) != 3 {\n\t\tt.Fatal(\"bad\")\n\t}\n\tt.Log(\"fine\")\n}\n"),
        ],
    );
    let g = same(&d, &["."]);
    assert_eq!((g.code, g.stdout.as_str()), (0, "ok  \texample.com/m\t0.000s\n"));
    let g = same(&d, &["-v", "."]);
    assert!(g.stdout.contains("=== RUN   TestAdd\nprinted\n    m_test.go:13: fine\n--- PASS: TestAdd (0.00s)\nPASS\n"), "{}", g.stdout);
}

const FAILING: &str = r#"package m

import "testing"

func check(t *testing.T, got, want int) {
	t.Helper()
	if got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestSubtests(t *testing.T) {
	t.Log("before")
	t.Run("one plus one", func(t *testing.T) { check(t, Add(1, 1), 3) })
	t.Run("ok", func(t *testing.T) { check(t, Add(1, 1), 2) })
	t.Run("nested", func(t *testing.T) {
		t.Run("deep", func(t *testing.T) { t.Fatalf("stop %s", t.Name()) })
		t.Log("after deep")
	})
	t.Cleanup(func() { t.Log("cleanup 1") })
	t.Cleanup(func() { t.Log("cleanup 2") })
}

func TestFatal(t *testing.T) {
	t.Fatal("fatal", 1, "x")
	t.Log("never")
}

func TestSkip(t *testing.T) { t.Skipf("skipped %d", 1) }

func TestMultiline(t *testing.T) { t.Error("line one\nline two") }

func TestPassing(t *testing.T) {
	if t.Failed() || t.Name() != "TestPassing" {
		t.Fail()
	}
}

func TestTempDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/f.txt", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(dir + "/f.txt")
	if err != nil || string(b) != "x" {
		t.Fatal("read back", err)
	}
}
"#;

#[test]
fn failures_print_as_go_test() {
    let src = FAILING.replace("import \"testing\"", "import (\n\t\"os\"\n\t\"testing\"\n)");
    let d = tree("fail", &[("go.mod", GOMOD), ("m.go", LIB), ("m_test.go", &src)]);
    let g = same(&d, &["."]);
    assert_eq!(g.code, 1);
    assert!(
        g.stdout.contains("--- FAIL: TestSubtests (0.00s)\n    m_test.go:16: before\n    --- FAIL: TestSubtests/one_plus_one (0.00s)\n"),
        "{}",
        g.stdout
    );
    assert!(g.stdout.ends_with("FAIL\nFAIL\texample.com/m\t0.000s\nFAIL\n"), "{}", g.stdout);
    same(&d, &["-v", "."]);
    same(&d, &["-run", "Subtests/nested", "-v", "."]);
    same(&d, &["-run=Skip|Passing", "."]);
    same(&d, &["-v", "-run", "^TestTempDir$", "."]);
}

#[test]
fn examples_compare_output_comments() {
    let x = r#"package m_test

import (
	"fmt"

	"example.com/m"
)

func ExampleHello() {
	m.Hello()
	fmt.Println("  second  ")
	// Output:
	// hello
	//   second
}

func ExampleAdd() {
	fmt.Println(m.Add(1, 1))
	// Output: 3
}

func Example_unordered() {
	for _, s := range []string{"b", "a", "c"} {
		fmt.Println(s)
	}
	// Unordered output:
	// a
	// b
	// c
}

func ExampleHello_noOutput() {
	fmt.Println("not run")
}

func ExampleAdd_lineComment() {
	fmt.Println(m.Add(2, 2)) // a line comment is a group of its own
	// Output: 4
}
"#;
    let d = tree("examples", &[("go.mod", GOMOD), ("m.go", LIB), ("x_test.go", x)]);
    let g = same(&d, &["."]);
    assert!(g.stdout.starts_with("--- FAIL: ExampleAdd (0.00s)\ngot:\n2\nwant:\n3\nFAIL\n"), "{}", g.stdout);
    same(&d, &["-v", "."]);
    let g = same(&d, &["-run", "Hello|unordered", "."]);
    assert_eq!(g.code, 0);
    let g = same(&d, &["-run", "Nothing", "."]);
    assert_eq!(g.stdout, "ok  \texample.com/m\t0.000s [no tests to run]\n");
}

/// An example's and a test's runtime.Callers see Go's frames: the test
/// harness's functions, called by main.main as go test's _testmain.go calls
/// them (testing.(*M).Run, runExamples, runExample; tRunner for a test).
#[test]
fn callers_see_the_harness_frames() {
    let x = r#"package m_test

import (
	"fmt"
	"runtime"
	"testing"
)

func frames() []string {
	pc := make([]uintptr, 20)
	n := runtime.Callers(1, pc)
	fr := runtime.CallersFrames(pc[:n])
	var out []string
	for {
		f, more := fr.Next()
		out = append(out, f.Function)
		if !more {
			break
		}
	}
	return out
}

func ExampleFrames() {
	for _, f := range frames() {
		fmt.Println(f)
	}
	// Output:
}

func TestFrames(t *testing.T) {
	t.Log(frames())
}
"#;
    let d = tree("callers", &[("go.mod", GOMOD), ("m.go", LIB), ("x_test.go", x)]);
    let g = same(&d, &["."]);
    assert!(g.stdout.contains("testing.(*M).Run\nmain.main\nruntime.main\n"), "{}", g.stdout);
    same(&d, &["-v", "-run", "TestFrames", "."]);
}

#[test]
fn parallel_and_test_main() {
    let t = r#"package m

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup")
	code := m.Run()
	fmt.Println("teardown")
	os.Exit(code)
}

func TestParallel(t *testing.T) {
	t.Run("p", func(t *testing.T) {
		t.Parallel()
		t.Log("in parallel")
	})
	t.Log("parent")
}
"#;
    let d = tree("parallel", &[("go.mod", GOMOD), ("m.go", LIB), ("m_test.go", t)]);
    let g = same(&d, &["-v", "."]);
    assert!(g.stdout.contains("=== PAUSE TestParallel/p\n"), "{}", g.stdout);
    same(&d, &["."]);
}

#[test]
fn panics_and_build_failures() {
    let t = "package m\n\nimport \"testing\"\n\nfunc TestBoom(t *testing.T) {\n\tvar m map[string]int\n\tm[\"x\"] = 1\n}\n";
    let d = tree("panic", &[("go.mod", GOMOD), ("m.go", LIB), ("m_test.go", t)]);
    let g = gostack(&d, "test", &["."]);
    assert_eq!(g.code, 1);
    let head = |s: &str| s.split("\ngoroutine ").next().unwrap_or("").to_string();
    assert_eq!(head(&g.stdout), "--- FAIL: TestBoom (0.00s)\npanic: assignment to entry in nil map [recovered, repanicked]\n");
    assert!(g.stdout.contains("example.com/m.TestBoom("), "{}", g.stdout);
    assert!(g.stdout.ends_with("FAIL\texample.com/m\t0.000s\nFAIL\n"), "{}", g.stdout);
    if let Some(o) = go(&d, "test", &["."]) {
        assert_eq!((head(&g.stdout), g.code), (head(&o.stdout), o.code));
        assert!(o.stdout.ends_with("FAIL\texample.com/m\t0.000s\nFAIL\n"), "{}", o.stdout);
    }
    let bad = "package m\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {\n\tundefinedThing()\n}\n";
    let d = tree("buildfail", &[("go.mod", GOMOD), ("m.go", LIB), ("m_test.go", bad)]);
    let g = same(&d, &["."]);
    assert_eq!(g.stdout, "FAIL\texample.com/m [build failed]\nFAIL\n");
    assert_eq!(g.stderr, "# example.com/m [example.com/m.test]\n./m_test.go:6:2: undefined: undefinedThing\n");
}

#[test]
fn named_files_and_unsupported_functions() {
    let t = "package main\n\nimport \"testing\"\n\nfunc TestOne(t *testing.T) {}\n\nfunc BenchmarkOne(b *testing.B) {\n\tfor b.Loop() {\n\t}\n}\n";
    let d = tree("files", &[("main.go", "package main\n\nfunc main() {}\n"), ("main_test.go", t)]);
    let g = same(&d, &["main.go", "main_test.go"]);
    assert_eq!(g.stdout, "ok  \tcommand-line-arguments\t0.000s\n");
    assert_eq!(g.stderr, "gostack test: benchmarks and fuzz tests are not supported; not run: BenchmarkOne\n");
    // testing.Benchmark compiles (GOROOT's example_loop_test.go names it in
    // an example without output, which go test compiles and never runs);
    // called, it panics, naming what is not supported. Go would run the
    // benchmark: gostack only.
    let x = "package main\n\nimport \"testing\"\n\nfunc ExampleB() {\n\ttesting.Benchmark(func(b *testing.B) {\n\t\tfor b.Loop() {\n\t\t}\n\t})\n\t// Output:\n}\n";
    let d = tree("benchmarkcall", &[("x_test.go", x)]);
    let g = gostack(&d, "test", &["x_test.go"]);
    assert_eq!(g.code, 1);
    assert!(g.stdout.contains("panic: testing.Benchmark is not supported by gostack (benchmarks are not run)"), "{}", g.stdout);
}

#[test]
fn golden_folders_and_go_packages_do_not_mix() {
    let d = tree("mixed", &[("cases/a.go", "package main\n\nfunc main() {}\n"), ("pkg/m.go", LIB), ("pkg/m_test.go", "package m\n")]);
    let g = gostack(&d, "test", &["cases", "pkg"]);
    assert_eq!(g.code, 2);
    assert!(g.stderr.contains("cannot mix"), "{}", g.stderr);
    // The golden walk skips the Go package inside a folder of cases.
    let g = gostack(&d, "test", &["."]);
    assert!(g.stdout.contains("SKIP ") && !g.stdout.contains("m.go"), "{}", g.stdout);
}

// ---- modules (gostack run)

const MAIN: &str = "package main\n\nimport \"example.com/m/util\"\n\nfunc main() {\n\tutil.Check(-1)\n}\n";
const UTIL: &str = "package util\n\nimport \"fmt\"\n\n// Check panics for negative numbers.\nfunc Check(n int) {\n\tif n < 0 {\n\t\tpanic(fmt.Sprint(\"negative: \", n))\n\t}\n}\n";

/// The traceback's `FILE:LINE` lines without offsets.
fn places(stderr: &str) -> Vec<String> {
    stderr.lines().filter(|l| l.starts_with('\t')).map(|l| l.trim().split(" +").next().unwrap_or("").to_string()).collect()
}

#[test]
fn module_packages_import_and_trace() {
    let d = tree("mod", &[("go.mod", GOMOD), ("main.go", MAIN), ("util/util.go", UTIL)]);
    let g = gostack(&d, "run", &["."]);
    assert_eq!(g.code, 2);
    assert!(g.stderr.starts_with("panic: negative: -1\n\ngoroutine 1 [running]:\nexample.com/m/util.Check("), "{}", g.stderr);
    let util = d.join("util/util.go").display().to_string();
    assert_eq!(places(&g.stderr)[0], format!("{util}:8"));
    if let Some(o) = go(&d, "run", &["."]) {
        assert_eq!(places(&g.stderr), places(&o.stderr));
    }
}

/// The first line of stderr that is not go build's `# package` header.
fn first_error(o: &Out) -> String {
    o.stderr.lines().find(|l| !l.starts_with("# ")).unwrap_or("").to_string()
}

#[test]
fn module_package_rules() {
    let unused = UTIL.replace("import \"fmt\"", "import (\n\t\"fmt\"\n\t\"os\"\n)");
    let cases: Vec<(&str, Vec<(&str, String)>)> = vec![
        ("unused", vec![("util/util.go", unused)]),
        ("unexported", vec![("main.go", MAIN.replace("util.Check(-1)", "util.check(-1)"))]),
        (
            "cycle",
            vec![
                ("util/util.go", "package util\n\nimport \"example.com/m/other\"\n\nfunc Check(n int) { other.F() }\n".into()),
                ("other/other.go", "package other\n\nimport \"example.com/m/util\"\n\nfunc F() { util.Check(1) }\n".into()),
            ],
        ),
    ];
    for (name, over) in cases {
        let mut files: Vec<(&str, String)> = vec![("go.mod", GOMOD.into()), ("main.go", MAIN.into()), ("util/util.go", UTIL.into())];
        for (p, t) in over {
            files.retain(|f| f.0 != p);
            files.push((p, t));
        }
        let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let d = tree(&format!("rule-{name}"), &refs);
        let g = gostack(&d, "run", &["."]);
        assert_eq!(g.code, 1, "{name}: {}", g.stderr);
        if let Some(o) = go(&d, "run", &["."]) {
            assert_eq!(first_error(&g), first_error(&o), "{name}");
            if name == "cycle" {
                assert_eq!(g.stderr, o.stderr, "{name}");
            }
        }
    }
    let d = tree("thirdparty", &[("go.mod", GOMOD), ("main.go", "package main\n\nimport \"github.com/x/y\"\n\nfunc main() { y.F() }\n")]);
    let g = gostack(&d, "run", &["."]);
    assert_eq!(g.code, 1);
    assert_eq!(g.stderr, "./main.go:3:8: package github.com/x/y is not available in gostack (only the standard library can be imported)\n");
}

#[test]
fn tests_read_their_folder() {
    let t = "package m\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\nfunc TestData(t *testing.T) {\n\tb, err := os.ReadFile(\"testdata/in.txt\")\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n\tt.Logf(\"%q\", b)\n\tif _, err := os.ReadFile(\"../outside.txt\"); err == nil {\n\t\tt.Error(\"read outside the package\")\n\t}\n}\n";
    let d = tree(
        "testdata",
        &[("go.mod", GOMOD), ("pkg/m.go", LIB), ("pkg/m_test.go", t), ("pkg/testdata/in.txt", "data\n"), ("outside.txt", "x")],
    );
    let g = gostack(&d, "test", &["-v", "./pkg"]);
    assert!(g.stdout.contains("    m_test.go:13: \"data\\n\"\n--- PASS: TestData"), "{}", g.stdout);
    assert_eq!(g.code, 0);
}

/// Go's own example functions, from the standard library's
/// `example*_test.go` files of packages gostack supports, give what `go
/// test` gives (each file tested on its own, as `go test example_test.go`,
/// or with the file that declares its helpers):
/// the same output and status, failures included (time's examples expect
/// America/Los_Angeles as the local zone, which neither tool has here).
/// Copies folder `from` (files and folders) to `to`.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn standard_library_examples() {
    let Some(go) = golden::find_go() else {
        assert!(!golden::go_required(), "GOSTACK_REQUIRE_GO=1 but `go` is not on PATH");
        return;
    };
    let root = Command::new(go).args(["env", "GOROOT"]).output().unwrap();
    let root = PathBuf::from(String::from_utf8_lossy(&root.stdout).trim()).join("src");
    let files = [
        "bufio/example_test.go",
        "bytes/example_test.go",
        "container/heap/example_intheap_test.go",
        "container/heap/example_pq_test.go",
        "container/list/example_test.go",
        "container/ring/example_test.go",
        "crypto/md5/example_test.go",
        "crypto/rand/example_test.go",
        "crypto/sha1/example_test.go",
        "crypto/sha256/example_test.go",
        "encoding/base32/example_test.go",
        "encoding/base64/example_test.go",
        "encoding/binary/example_test.go",
        "encoding/csv/example_test.go",
        "encoding/hex/example_test.go",
        "encoding/json/example_marshaling_test.go",
        "encoding/json/example_test.go",
        "encoding/json/example_text_marshaling_test.go",
        "encoding/xml/example_marshaling_test.go",
        "encoding/xml/example_test.go",
        "encoding/xml/example_text_marshaling_test.go",
        "errors/example_test.go",
        "flag/example_flagset_test.go",
        "flag/example_test.go",
        "flag/example_value_test.go",
        "fmt/example_test.go",
        "hash/crc32/example_test.go",
        "hash/example_test.go",
        "hash/maphash/example_test.go",
        "hash/maphash/example_bloom_test.go",
        "html/example_test.go",
        "io/example_test.go",
        "io/fs/example_test.go",
        "io/ioutil/example_test.go",
        "log/example_test.go",
        "log/slog/example_custom_levels_test.go",
        "log/slog/example_discard_test.go",
        "log/slog/example_level_handler_test.go",
        "log/slog/example_log_level_test.go",
        "log/slog/example_logvaluer_group_test.go",
        "log/slog/example_logvaluer_secret_test.go",
        "log/slog/example_multi_handler_test.go",
        "log/slog/example_wrap_test.go",
        "maps/example_test.go",
        "math/big/example_rat_test.go",
        "math/big/example_test.go",
        "math/big/floatexample_test.go",
        "math/bits/example_math_test.go",
        "math/bits/example_test.go",
        "math/cmplx/example_test.go",
        "math/example_test.go",
        "math/rand/example_test.go",
        "math/rand/v2/example_test.go",
        "net/url/example_test.go",
        "os/example_other_test.go",
        "os/example_test.go os/example_other_test.go",
        "path/example_test.go",
        "path/filepath/example_test.go",
        "path/filepath/example_unix_test.go",
        "path/filepath/example_unix_walk_test.go",
        "reflect/example_test.go",
        "regexp/example_test.go",
        "runtime/example_test.go",
        "slices/example_test.go",
        "sort/example_interface_test.go",
        "sort/example_keys_test.go",
        "sort/example_multi_test.go",
        "sort/example_search_test.go",
        "sort/example_test.go",
        "sort/example_wrapper_test.go",
        "strconv/example_test.go",
        "strings/example_test.go",
        "sync/atomic/example_test.go",
        "sync/example_pool_test.go",
        "sync/example_test.go",
        "testing/example_loop_test.go",
        "testing/iotest/example_test.go",
        "text/tabwriter/example_test.go",
        "text/template/example_test.go",
        "text/template/examplefiles_test.go",
        "text/template/examplefunc_test.go",
        "time/example_test.go",
        "unicode/example_test.go",
        "unicode/utf8/example_test.go",
    ];
    for f in files {
        // An entry of several files (one package's, space-separated) is
        // tested as `go test a_test.go b_test.go`.
        let paths: Vec<&str> = f.split(' ').collect();
        let srcs: Vec<(&str, String)> =
            paths.iter().map(|p| (p.rsplit('/').next().unwrap(), std::fs::read_to_string(root.join(p)).unwrap())).collect();
        let names: Vec<&str> = srcs.iter().map(|(n, _)| *n).collect();
        let d = tree(&format!("std-{}", paths[0].replace('/', "-")), &srcs.iter().map(|(n, s)| (*n, s.as_str())).collect::<Vec<_>>());
        // The package's testdata, for a file that reads it (io/ioutil's
        // ExampleReadFile reads testdata/hello).
        let pkg = root.join(paths[0]).parent().unwrap().to_path_buf();
        if srcs.iter().any(|(_, s)| s.contains("testdata/")) && pkg.join("testdata").is_dir() {
            copy_dir(&pkg.join("testdata"), &d.join("testdata"));
        }
        // -v lists every example run: one that gostack did not find (an
        // output comment it did not see) shows as a missing `=== RUN`.
        let mut args = vec!["-v"];
        args.extend(&names);
        let g = same(&d, &args);
        assert!(g.stdout.contains("command-line-arguments\t0.000s"), "{f}: {}", g.stdout);
    }
}

#[test]
fn golden_flags_are_refused_for_go_packages() {
    let d = tree("flags", &[("go.mod", GOMOD), ("m.go", LIB), ("m_test.go", "package m\n")]);
    let g = gostack(&d, "test", &["--junit", "x.xml", "."]);
    assert_eq!(g.code, 2);
    assert_eq!(g.stderr, "gostack test: --junit is for golden cases; Go test packages take -run, -v, -json and --mount\n");
}

/// go test -json's events without what depends on the clock: `Time`, the
/// value of `Elapsed` (kept as present or not) and the durations in output.
fn json_shape(stdout: &str) -> Vec<String> {
    stdout
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"));
            let o = v.as_object_mut().unwrap();
            o.remove("Time");
            if let Some(e) = o.get_mut("Elapsed") {
                *e = serde_json::Value::from(0);
            }
            if let Some(serde_json::Value::String(s)) = o.get_mut("Output") {
                *s = normalize(s);
            }
            v.to_string()
        })
        .collect()
}

#[test]
fn json_is_test2jsons_event_stream() {
    let test = "package m\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n\nfunc TestPass(t *testing.T) {\n\tt.Log(\"a log line <&>\")\n}\n\nfunc TestFail(t *testing.T) {\n\tt.Errorf(\"got %d,\\nwant %d\", 4, 5)\n\tt.Log(\"after\")\n}\n\nfunc TestSkip(t *testing.T) {\n\tt.Skip(\"not now\")\n}\n\nfunc TestSub(t *testing.T) {\n\tt.Run(\"one\", func(t *testing.T) { t.Log(\"in one\") })\n\tt.Run(\"two\", func(t *testing.T) {\n\t\tfmt.Println(\"printed\")\n\t\tt.Error(\"two failed\")\n\t})\n}\n\nfunc ExampleF() {\n\tfmt.Println(F())\n\t// Output: 1\n}\n";
    let d = tree("json", &[("go.mod", GOMOD), ("m.go", "package m\n\nfunc F() int { return 1 }\n"), ("m_test.go", test)]);
    let g = gostack(&d, "test", &["-json", "."]);
    assert_eq!(g.code, 1, "{}", g.stderr);
    let shape = json_shape(&g.stdout);
    assert_eq!(shape.first().map(String::as_str), Some(r#"{"Action":"start","Package":"example.com/m"}"#));
    assert!(shape.contains(&r#"{"Action":"output","Output":"    m_test.go:13: got 4,\n","OutputType":"error","Package":"example.com/m","Test":"TestFail"}"#.to_string()), "{shape:#?}");
    assert_eq!(shape.last().map(String::as_str), Some(r#"{"Action":"fail","Elapsed":0,"Package":"example.com/m"}"#));
    if let Some(o) = go(&d, "test", &["-json", "."]) {
        assert_eq!((g.code, shape), (o.code, json_shape(&o.stdout)));
    }
    // A passing package.
    let d = tree(
        "json-ok",
        &[
            ("go.mod", GOMOD),
            ("m.go", "package m\n"),
            ("m_test.go", "package m\n\nimport \"testing\"\n\nfunc TestOK(t *testing.T) {}\n"),
            ("sub/s.go", "package sub\n"),
        ],
    );
    let g = gostack(&d, "test", &["-json", "."]);
    assert_eq!(g.code, 0, "{}", g.stderr);
    if let Some(o) = go(&d, "test", &["-json", "."]) {
        assert_eq!((g.code, json_shape(&g.stdout)), (o.code, json_shape(&o.stdout)));
    }
    // A package that does not build.
    let d = tree(
        "json-build",
        &[
            ("go.mod", GOMOD),
            ("m.go", "package m\n\nfunc F() { x := 1 }\n"),
            ("m_test.go", "package m\n\nimport \"testing\"\n\nfunc TestOK(t *testing.T) {}\n"),
        ],
    );
    let g = gostack(&d, "test", &["-json", "."]);
    assert_eq!(g.code, 1, "{}", g.stderr);
    if let Some(o) = go(&d, "test", &["-json", "."]) {
        assert_eq!((g.code, json_shape(&g.stdout)), (o.code, json_shape(&o.stdout)));
    }
}

/// testing's Setenv, Chdir, Context, Deadline, Attr and Output (go1.27's
/// testing.go), as go test -v and -json show them.
#[test]
fn setenv_chdir_context_deadline_attr_output() {
    let test = "package m\n\nimport (\n\t\"context\"\n\t\"errors\"\n\t\"fmt\"\n\t\"os\"\n\t\"path/filepath\"\n\t\"testing\"\n\t\"time\"\n)\n\nfunc TestSetenv(t *testing.T) {\n\tt.Run(\"set\", func(t *testing.T) {\n\t\tt.Setenv(\"GOSTACK_X\", \"1\")\n\t\tt.Setenv(\"HOME\", \"/elsewhere\")\n\t\tv, ok := os.LookupEnv(\"GOSTACK_X\")\n\t\tfmt.Println(\"in:\", v, ok, os.Getenv(\"HOME\"))\n\t})\n\tv, ok := os.LookupEnv(\"GOSTACK_X\")\n\tfmt.Println(\"after:\", v, ok, os.Getenv(\"HOME\") != \"/elsewhere\")\n\tfmt.Println(os.Setenv(\"\", \"x\"), os.Setenv(\"A=B\", \"x\"))\n}\n\nfunc TestChdir(t *testing.T) {\n\twd, _ := os.Getwd()\n\tt.Run(\"in\", func(t *testing.T) {\n\t\tt.Chdir(\"sub\")\n\t\tb, err := os.ReadFile(\"f.txt\")\n\t\tnow, _ := os.Getwd()\n\t\tfmt.Printf(\"%q %v %v %v\\n\", b, err, filepath.Base(now), os.Getenv(\"PWD\") == now)\n\t})\n\tnow, _ := os.Getwd()\n\tfmt.Println(\"back:\", now == wd)\n}\n\nfunc TestContext(t *testing.T) {\n\tvar ctx context.Context\n\tt.Run(\"sub\", func(t *testing.T) {\n\t\tctx = t.Context()\n\t\tfmt.Println(\"during:\", ctx.Err())\n\t\tt.Cleanup(func() { fmt.Println(\"in cleanup:\", ctx.Err(), errors.Is(ctx.Err(), context.Canceled)) })\n\t})\n\tfmt.Println(\"after:\", ctx.Err())\n}\n\nfunc TestDeadline(t *testing.T) {\n\td, ok := t.Deadline()\n\tleft := time.Until(d)\n\tfmt.Println(\"deadline:\", ok, left > 9*time.Minute && left <= 10*time.Minute)\n}\n\nfunc TestParallelAfterSetenv(t *testing.T) {\n\tdefer func() { fmt.Println(\"recovered:\", recover()) }()\n\tt.Setenv(\"Y\", \"1\")\n\tt.Parallel()\n}\n\nfunc TestAttrOutput(t *testing.T) {\n\tt.Attr(\"key\", \"value\")\n\tw := t.Output()\n\tfmt.Fprintf(w, \"partial \")\n\tfmt.Fprintf(w, \"line\\nsecond\")\n\tt.Log(\"logged\")\n}\n";
    let d = tree("tb-api", &[("go.mod", GOMOD), ("m.go", "package m\n"), ("sub/f.txt", "hi\n"), ("m_test.go", test)]);
    let g = same(&d, &["-v", "."]);
    assert_eq!(g.code, 0, "{}", g.stderr);
    assert!(g.stdout.contains("in cleanup: context canceled true\n"), "{}", g.stdout);
    assert!(g.stdout.contains("=== ATTR  TestAttrOutput key value\n    partial line\n    second\n    m_test.go:"), "{}", g.stdout);
    let g = gostack(&d, "test", &["-json", "-run", "Attr", "."]);
    assert!(
        g.stdout.contains(r#"{"Action":"attr","Package":"example.com/m","Test":"TestAttrOutput","Key":"key","Value":"value"}"#),
        "{}",
        g.stdout
    );
    if let Some(o) = go(&d, "test", &["-json", "-run", "Attr", "."]) {
        assert_eq!(json_shape(&g.stdout), json_shape(&o.stdout));
    }
}

/// `./...` and lists of packages: every package of the module in import
/// path order (not `testdata`, `_x` or `.x` folders, not a nested module),
/// packages without tests built and reported `[no test files]`, and a
/// dependency's build failure printed once for all the packages importing
/// it, as go test does; stderr and the -json stream too.
#[test]
fn package_patterns_and_shared_build_failures() {
    let test = |p: &str| format!("package {p}\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {{}}\n");
    let user = |p: &str| format!("package {p}\n\nimport \"example.com/m/util\"\n\nvar V = util.F()\n");
    let (ta, tb, tc, ua, ub) = (test("a"), test("b"), test("c"), user("a"), user("b"));
    let files = [
        ("go.mod", GOMOD),
        ("util/u.go", "package util\n\nfunc F() int { return x }\n"),
        ("a/a.go", ua.as_str()),
        ("a/a_test.go", ta.as_str()),
        ("b/b.go", ub.as_str()),
        ("b/b_test.go", tb.as_str()),
        ("c/c_test.go", tc.as_str()),
        ("c/d/d.go", "package d\n\nfunc D() {}\n"),
        ("testdata/x/x.go", "package x\n"),
        ("_skip/s.go", "package s\n"),
        ("nested/go.mod", "module example.com/nested\n\ngo 1.27\n"),
        ("nested/n.go", "package nested\n"),
    ];
    let d = tree("patterns", &files);
    let g = same(&d, &["./..."]);
    assert_eq!(
        g.stdout,
        "FAIL\texample.com/m/a [build failed]\nFAIL\texample.com/m/b [build failed]\nok  \texample.com/m/c\t0.000s\n?   \texample.com/m/c/d\t[no test files]\nFAIL\texample.com/m/util [build failed]\nFAIL\n"
    );
    assert_eq!((g.code, g.stderr.as_str()), (1, "# example.com/m/util\nutil/u.go:3:23: undefined: x\n"));
    // Named packages keep their order; from a subfolder, paths are relative.
    let g = same(&d, &["./b", "./a", "./c/d"]);
    assert_eq!(g.stderr, "# example.com/m/util\nutil/u.go:3:23: undefined: x\n");
    let g = same(&d.join("c"), &["./...", "../a"]);
    assert_eq!(g.stderr, "# example.com/m/util\n../util/u.go:3:23: undefined: x\n");
    if let Some(o) = go(&d, "test", &["./..."]) {
        assert_eq!(gostack(&d, "test", &["./..."]).stderr, o.stderr);
    }
    let g = gostack(&d, "test", &["-json", "./..."]);
    let builds = g.stdout.lines().filter(|l| l.contains("\"build-fail\"")).count();
    assert_eq!(builds, 1, "{}", g.stdout);
    if let Some(o) = go(&d, "test", &["-json", "./..."]) {
        // go reports the packages that wait on the failed build in
        // parallel, so their events interleave in any order from run to
        // run (a's and b's "start" and "fail"): compare each package's
        // events in order, not the interleaving.
        let by_package = |events: Vec<String>| {
            let mut events = events;
            events.sort_by_key(|e| {
                let key = |k: &str| e.split(&format!("\"{k}\":\"")).nth(1).and_then(|r| r.split('"').next()).map(str::to_string);
                key("Package").or_else(|| key("ImportPath")).unwrap_or_default()
            });
            events
        };
        assert_eq!((g.code, by_package(json_shape(&g.stdout))), (o.code, by_package(json_shape(&o.stdout))));
    }
}

#[test]
fn trimpath_names_files_without_the_hosts_folders() {
    let lib = "package lib\n\nimport \"runtime\"\n\nfunc Where() string {\n\t_, file, _, _ := runtime.Caller(0)\n\treturn file\n}\n";
    let internal = "package lib\n\nimport (\n\t\"runtime\"\n\t\"testing\"\n)\n\nfunc TestIn(t *testing.T) {\n\t_, file, _, _ := runtime.Caller(0)\n\tt.Log(file, Where())\n}\n";
    let external = "package lib_test\n\nimport (\n\t\"runtime\"\n\t\"testing\"\n)\n\nfunc TestX(t *testing.T) {\n\t_, file, _, _ := runtime.Caller(0)\n\tt.Error(file)\n}\n";
    let d = tree("trimpath", &[("go.mod", GOMOD), ("lib/lib.go", lib), ("lib/lib_test.go", internal), ("lib/x_test.go", external)]);
    // A module's package: its files (external tests too) by import path.
    let g = same(&d, &["-trimpath", "-v", "./lib"]);
    assert!(g.stdout.contains("    lib_test.go:10: example.com/m/lib/lib_test.go example.com/m/lib/lib.go\n"), "{}", g.stdout);
    assert!(g.stdout.contains("    x_test.go:10: example.com/m/lib/x_test.go\n"), "{}", g.stdout);
    // The double-dash spelling, from the package's folder.
    let g = gostack(&d.join("lib"), "test", &["--trimpath", "-v", "."]);
    assert!(g.stdout.contains(" example.com/m/lib/x_test.go\n"), "{}", g.stdout);
    // Files named on the command line, from another folder: `./`.
    let g = same(&d, &["-trimpath", "-v", "lib/lib.go", "lib/lib_test.go"]);
    assert!(g.stdout.contains("    lib_test.go:10: ./lib_test.go ./lib.go\n"), "{}", g.stdout);
    // Without it, the absolute paths.
    let g = same(&d, &["-v", "./lib"]);
    assert!(g.stdout.contains(&format!(": {}\n", d.join("lib/x_test.go").display())), "{}", g.stdout);
}
