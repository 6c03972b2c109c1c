//! `gostack test` on Go test packages: what `go test` does for a folder
//! with `_test.go` files (cmd/go/internal/load/test.go and test.go): the
//! package's files and its internal test files make one package, the
//! external (`package x_test`) files another, and a generated main runs the
//! `TestXxx` and `ExampleXxx` functions through the `testing` package
//! (crates/compiler/stdlib/testing.go). The output is go test's, in its
//! package-list mode (`go test ./pkg`): the test binary's output only when
//! a test failed or with -v, then `ok`/`FAIL` lines.
//!
//! Divergence: durations are not measured: tests print (0.00s) and the
//! package lines 0.000s, so output is reproducible.

use std::cell::RefCell;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::load::{self, LoadedFile, LocalPackage};
use crate::test2json::Converter;

/// Whether `paths` name Go test packages: `_test.go` files, folders that
/// are Go packages ([`is_go_package`]) or package patterns (`./...`).
pub fn is_go_test(paths: &[PathBuf]) -> bool {
    let is_go = |p: &PathBuf| p.extension().is_some_and(|e| e == "go") && !p.is_dir();
    if !paths.is_empty() && paths.iter().all(is_go) {
        // `go test a.go a_test.go`: files of one package.
        return paths.iter().any(|p| p.to_string_lossy().ends_with("_test.go"));
    }
    !paths.is_empty() && paths.iter().all(|p| is_pattern(p) || (p.is_dir() && is_go_package(p)))
}

/// Whether some, but not all, of `paths` are Go test packages.
pub fn is_mixed(paths: &[PathBuf]) -> bool {
    let one = |p: &PathBuf| {
        if is_pattern(p) {
            true
        } else if p.is_dir() {
            is_go_package(p)
        } else {
            p.to_string_lossy().ends_with("_test.go")
        }
    };
    paths.iter().any(one) && !is_go_test(paths)
}

/// Whether `p` is a package pattern with `...` (`./...`, `sub/...`).
pub fn is_pattern(p: &Path) -> bool {
    let s = p.to_string_lossy();
    s == "..." || s.ends_with("/...")
}

/// Whether folder `dir` is a Go package for `go test`, not golden cases:
/// it holds `_test.go` files, or it is a package of a module (a go.mod in
/// or above it) that is neither in a `testdata` folder (the go command
/// ignores those) nor a golden folder: no `X.exit` expectations in it or
/// beside it.
pub fn is_go_package(dir: &Path) -> bool {
    if has_test_files(dir) {
        return true;
    }
    let abs = load::absolute(dir);
    if load::find_module(&abs).is_none() {
        return false;
    }
    // A `testdata` folder anywhere in the path: the go command ignores
    // such folders, and gostack keeps its golden cases (folder cases with
    // a go.mod of their own too) in them.
    let under_testdata = abs.components().any(|c| c.as_os_str() == "testdata");
    if under_testdata || golden::case::beside(&abs, "exit").exists() {
        return false;
    }
    let names = go_names(&abs);
    !names.is_empty() && !names.iter().any(|n| abs.join(n).with_extension("exit").exists())
}

/// The `.go` files of folder `dir` the go command reads (not `_x.go` or
/// `.x.go`), sorted.
fn go_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).filter_map(|e| e.file_name().into_string().ok()).collect())
        .unwrap_or_default();
    names.retain(|n| n.ends_with(".go") && !n.starts_with(['_', '.']));
    names.sort();
    names
}

/// `paths` with each pattern `DIR/...` replaced by the packages under DIR,
/// as the go command matches them (cmd/go/internal/modload's matchPackages):
/// every folder holding `.go` files, DIR included, except under folders
/// named `testdata` or starting with `.` or `_`, and nested modules (a
/// folder with its own go.mod), sorted by path. A pattern matching nothing
/// is go's warning.
pub fn expand_patterns(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if !is_pattern(p) {
            if !out.contains(p) {
                out.push(p.clone());
            }
            continue;
        }
        let s = p.to_string_lossy();
        let base = match s.strip_suffix("...").unwrap_or("").trim_end_matches('/') {
            "" => ".",
            b => b,
        };
        let mut found = Vec::new();
        walk_packages(Path::new(base), true, &mut found);
        found.sort();
        if found.is_empty() {
            eprintln!("go: warning: \"{s}\" matched no packages");
        }
        for f in found {
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    out
}

fn walk_packages(dir: &Path, top: bool, out: &mut Vec<PathBuf>) {
    if !top && dir.join("go.mod").exists() {
        return;
    }
    if !go_names(dir).is_empty() {
        out.push(dir.to_path_buf());
    }
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() && name != "testdata" && !name.starts_with(['.', '_']) {
            walk_packages(&dir.join(&name), false, out);
        }
    }
}

/// Whether folder `dir` holds `_test.go` files: a Go test package, never a
/// folder of golden cases.
pub fn has_test_files(dir: &Path) -> bool {
    go_names(dir).iter().any(|n| n.ends_with("_test.go"))
}

/// go test's flags that gostack takes.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub run: Option<String>,
    pub verbose: bool,
    /// `-json`: test2json's event stream instead of the text.
    pub json: bool,
    pub timeout: Option<std::time::Duration>,
    /// `--mount`s: each as given and as read (the snapshot, for `:rw`'s
    /// write-back).
    pub mounts: Vec<(crate::mount::MountSpec, runtime::Mount)>,
    /// `-trimpath`: tracebacks and runtime.Caller without the host's
    /// folders (`load::trim_files`).
    pub trimpath: bool,
}

/// A function the test main calls.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Func {
    name: String,
    /// Declared in an external (`_test` package) file.
    external: bool,
    /// For examples: the output comment, and whether it is unordered.
    output: Option<(String, bool)>,
}

/// The test functions of one package, in go test's order.
#[derive(Debug, Default)]
struct Found {
    tests: Vec<Func>,
    examples: Vec<Func>,
    /// Benchmarks and fuzz targets (not run).
    unsupported: Vec<String>,
    /// TestMain's package, if there is one (`true`: external).
    test_main: Option<bool>,
}

/// Runs the Go test packages `paths` names; returns go test's exit status.
pub fn run(paths: &[PathBuf], flags: &Flags) -> i32 {
    let paths = expand_patterns(paths);
    if paths.is_empty() {
        eprintln!("no packages to test");
        return 1;
    }
    let mut status = 0;
    // Named files make one package, as `go test a.go a_test.go` does.
    let (files, dirs): (Vec<&PathBuf>, Vec<&PathBuf>) = paths.iter().partition(|p| p.is_file());
    let mut out = std::io::stdout().lock();
    let mut seen = Seen::default();
    if !files.is_empty() {
        status = status.max(run_package(Target::Files(files.iter().map(|p| p.to_path_buf()).collect()), flags, &mut seen, &mut out));
    }
    for d in dirs {
        status = status.max(run_package(Target::Dir(d.to_path_buf()), flags, &mut seen, &mut out));
    }
    let _ = out.write_all(&seen.later);
    if status != 0 && !flags.json {
        // go test's last line when a package failed.
        let _ = writeln!(out, "FAIL");
    }
    status
}

/// What one `gostack test` command carries from package to package.
#[derive(Default)]
struct Seen {
    /// Build failures already reported, by `# header`: go builds a package
    /// once per command, so a dependency's errors are printed once however
    /// many packages import it.
    reported: HashSet<String>,
    /// -json events of test binaries after their `start`: go test prints
    /// the results of packages that run nothing (build failures, no test
    /// files) as soon as they are known, while test binaries still run.
    later: Vec<u8>,
}

enum Target {
    Files(Vec<PathBuf>),
    Dir(PathBuf),
}

fn run_package(target: Target, flags: &Flags, seen: &mut Seen, out: &mut impl Write) -> i32 {
    let (dir, names, import_path) = match &target {
        Target::Dir(d) => {
            let abs = load::absolute(d);
            let mut names: Vec<String> = match std::fs::read_dir(&abs) {
                Ok(rd) => {
                    rd.filter_map(|e| e.ok()).filter_map(|e| e.file_name().into_string().ok()).filter(|n| n.ends_with(".go")).collect()
                }
                Err(e) => {
                    eprintln!("open {}: {}", abs.display(), load::io_words(&e));
                    return 1;
                }
            };
            names.retain(|n| !n.starts_with(['_', '.']));
            names.sort();
            let ip = load::import_path(&abs).unwrap_or_else(|| "command-line-arguments".into());
            (abs, names, ip)
        }
        Target::Files(fs) => {
            let abs: Vec<PathBuf> = fs.iter().map(|f| load::absolute(f)).collect();
            let dir = abs[0].parent().map(Path::to_path_buf).unwrap_or_default();
            let names = abs.iter().filter_map(|f| f.file_name().map(|n| n.to_string_lossy().into_owned())).collect();
            (dir, names, "command-line-arguments".to_string())
        }
    };
    let mut pkg_files: Vec<LoadedFile> = Vec::new();
    let mut test_files: Vec<LoadedFile> = Vec::new();
    for n in &names {
        let f = match load::read_file(&dir.join(n)) {
            Ok(f) => f,
            Err(e) => {
                eprintln!("{}", e.0);
                return 1;
            }
        };
        if !load::build_tags_hold(n, &f.src) {
            continue;
        }
        if n.ends_with("_test.go") {
            test_files.push(f);
        } else {
            pkg_files.push(f);
        }
    }
    if test_files.is_empty() {
        // go test still builds the package.
        match build_untested(&dir, &import_path, &pkg_files) {
            Err(d) if d.refused => {
                eprintln!("{}", d.lines.join("\n"));
                let _ = writeln!(out, "FAIL\t{import_path} [setup failed]");
                return 1;
            }
            Err(d) => return build_failed(out, &d, &import_path, None, flags, &mut seen.reported),
            Ok(()) => {}
        }
        let line = format!("?   \t{import_path}\t[no test files]\n");
        if flags.json {
            let mut c = Converter::new(&mut *out, &import_path);
            c.write(line.as_bytes());
            c.close();
        } else {
            let _ = out.write_all(line.as_bytes());
        }
        return 0;
    }
    let pkg_name = pkg_files.iter().chain(&test_files).find_map(|f| load::package_clause(&f.src).filter(|n| !n.ends_with("_test")));
    let pkg_name = pkg_name.unwrap_or_else(|| {
        test_files.iter().find_map(|f| load::package_clause(&f.src)).map(|n| n.trim_end_matches("_test").to_string()).unwrap_or_default()
    });
    let (mut internal, mut external) = (Vec::new(), Vec::new());
    for f in test_files {
        if load::package_clause(&f.src).is_some_and(|n| n == format!("{pkg_name}_test") && n != pkg_name) {
            external.push(f);
        } else {
            internal.push(f);
        }
    }
    let found = find_funcs(&internal, &external);
    if !found.unsupported.is_empty() {
        eprintln!("gostack test: benchmarks and fuzz tests are not supported; not run: {}", found.unsupported.join(", "));
    }
    let xpath = format!("{import_path}_test");
    let mut locals: Vec<LocalPackage> = Vec::new();
    let mut under_test = pkg_files.clone();
    under_test.extend(internal.iter().cloned());
    if !under_test.is_empty() {
        locals.push(LocalPackage { path: import_path.clone(), files: under_test });
    }
    if !external.is_empty() {
        locals.push(LocalPackage { path: xpath.clone(), files: external.clone() });
    }
    if let Some(m) = load::find_module(&dir) {
        let all: Vec<&LoadedFile> = locals.iter().flat_map(|l| l.files.iter()).collect();
        match load::module_packages(&m, &all, &[import_path.clone(), xpath.clone()]) {
            Ok(more) => locals.extend(more),
            Err(e) => {
                eprintln!("{}", e.0);
                let _ = writeln!(out, "FAIL\t{import_path} [setup failed]");
                return 1;
            }
        }
    }
    if flags.trimpath {
        for l in &mut locals {
            let ip = if l.path == xpath { import_path.clone() } else { l.path.clone() };
            load::trim_files(&mut l.files, &ip);
        }
    }
    let main_src = test_main(&import_path, &xpath, !pkg_files.is_empty() || !internal.is_empty(), !external.is_empty(), &found, flags);
    let main_file = LoadedFile { display: "_testmain.go".into(), path: "/tmp/go-build/b001/_testmain.go".into(), src: main_src };
    let prog = match gostack::Program::compile_module(std::slice::from_ref(&main_file), "main", &locals) {
        Ok(p) => p,
        Err(d) => return build_failed(out, &d, &import_path, Some(&xpath), flags, &mut seen.reported),
    };
    // The test binary's stdout and stderr, in one buffer as go test reads
    // them.
    let buf = Shared::default();
    let opts = gostack::RunOptions {
        heap_in_use: Some(crate::heap_in_use),
        fast_exit: true,
        max_wall: flags.timeout,
        max_output: 0,
        arg0: Some(format!("/tmp/go-build/b001/{}.test", import_path.rsplit('/').next().unwrap_or("x"))),
        // Tests run in the package's folder, as go test runs them, with
        // copies of its files (testdata/ too) in the sandbox.
        cwd: Some(dir.display().to_string()),
        files: folder_files(&dir),
        mounts: flags.mounts.iter().map(|(_, m)| m.clone()).collect(),
        keep_files: flags.mounts.iter().any(|(s, _)| s.writable),
        trimpath: flags.trimpath,
        // Go's runtime reads it from the process environment.
        gotraceback: std::env::var("GOTRACEBACK").ok(),
        ..Default::default()
    };
    let ended = prog.run_streaming(&opts, Box::new(buf.clone()), Box::new(buf.clone()), None);
    for (spec, m) in flags.mounts.iter().filter(|(s, _)| s.writable) {
        for p in crate::mount::write_back(spec, m, &ended.files) {
            eprintln!("gostack: {p}");
        }
    }
    let code = match ended.error {
        None => ended.exit_code,
        Some(e) => {
            buf.0.borrow_mut().extend_from_slice(format!("gostack: {e}\n").as_bytes());
            2
        }
    };
    let text = buf.0.borrow().clone();
    if flags.json {
        let mut events = Vec::new();
        let mut c = Converter::new(&mut events, &import_path);
        c.write(&text);
        if code != 0 && text.is_empty() {
            c.write(format!("exit status {code}\n").as_bytes());
        } else if !text.is_empty() && !text.ends_with(b"\n") {
            c.write(b"\n");
        }
        // go test marks its FAIL line as framing for test2json (test.go,
        // golang.org/issue/37555); the ok line is plain output.
        let last = if code == 0 { format!("ok  \t{import_path}\t0.000s\n") } else { format!("\x16FAIL\t{import_path}\t0.000s\n") };
        c.write(last.as_bytes());
        c.exited(code == 0);
        c.close();
        let start = events.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
        let _ = out.write_all(&events[..start]);
        seen.later.extend_from_slice(&events[start..]);
        return i32::from(code != 0);
    }
    if code == 0 {
        const NO_TESTS: &[u8] = b"\ntesting: warning: no tests to run\n";
        let norun =
            if text.starts_with(&NO_TESTS[1..]) || text.windows(NO_TESTS.len()).any(|w| w == NO_TESTS) { " [no tests to run]" } else { "" };
        if flags.verbose {
            let _ = out.write_all(&text);
            if !text.is_empty() && !text.ends_with(b"\n") {
                let _ = out.write_all(b"\n");
            }
        }
        let _ = writeln!(out, "ok  \t{import_path}\t0.000s{norun}");
        0
    } else {
        let _ = out.write_all(&text);
        if text.is_empty() {
            let _ = writeln!(out, "exit status {code}");
        } else if !text.ends_with(b"\n") {
            let _ = out.write_all(b"\n");
        }
        let _ = writeln!(out, "FAIL\t{import_path}\t0.000s");
        1
    }
}

/// Type-checks a package that has no test files, as go test builds it:
/// a main package as the program, another through a program importing it.
fn build_untested(dir: &Path, import_path: &str, files: &[LoadedFile]) -> Result<(), gostack::Diagnostics> {
    let is_main = files.iter().any(|f| load::package_clause(&f.src).as_deref() == Some("main"));
    let mut locals = Vec::new();
    if !is_main {
        locals.push(LocalPackage { path: import_path.to_string(), files: files.to_vec() });
    }
    if let Some(m) = load::find_module(dir) {
        let all: Vec<&LoadedFile> = files.iter().collect();
        match load::module_packages(&m, &all, &[import_path.to_string()]) {
            Ok(more) => locals.extend(more),
            Err(e) => return Err(gostack::Diagnostics { lines: vec![e.0], refused: true }),
        }
    }
    if is_main {
        return gostack::Program::compile_module(files, import_path, &locals).map(drop);
    }
    let src = format!("package main\n\nimport _ {}\n\nfunc main() {{}}\n", go_quote(import_path));
    let main_file = LoadedFile { display: "_buildmain.go".into(), path: "/tmp/go-build/b001/_buildmain.go".into(), src };
    gostack::Program::compile_module(std::slice::from_ref(&main_file), "main", &locals).map(drop)
}

/// The diagnostics of a build, grouped by the package they are about: its
/// `# header` (go test names the package under test and its external tests
/// as built for the test binary, `pkg [pkg.test]`; `xpath` is `None` for
/// a package without tests, built as it is) and its lines.
fn build_groups(d: &gostack::Diagnostics, import_path: &str, xpath: Option<&str>) -> Vec<(String, Vec<String>)> {
    let tested = |p: &str| xpath.is_some() && (p == import_path || Some(p) == xpath);
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for l in &d.lines {
        if let Some(p) = l.strip_prefix("# ") {
            let id = if tested(p) { format!("{p} [{import_path}.test]") } else { p.to_string() };
            groups.push((id.clone(), vec![format!("# {id}\n")]));
        } else {
            if groups.is_empty() {
                let id = if xpath.is_some() { format!("{import_path} [{import_path}.test]") } else { import_path.to_string() };
                groups.push((id, Vec::new()));
            }
            groups.last_mut().expect("a group").1.push(format!("{l}\n"));
        }
    }
    groups
}

/// Reports a package that did not build: the errors of each package not
/// reported yet in this command (on stderr, or as -json's build events),
/// then the package's `FAIL ... [build failed]` line.
fn build_failed(
    out: &mut impl Write,
    d: &gostack::Diagnostics,
    import_path: &str,
    xpath: Option<&str>,
    flags: &Flags,
    reported: &mut HashSet<String>,
) -> i32 {
    let groups = build_groups(d, import_path, xpath);
    let failed = groups.last().map(|g| g.0.clone()).unwrap_or_else(|| import_path.to_string());
    let fresh: Vec<&(String, Vec<String>)> = groups.iter().filter(|g| reported.insert(g.0.clone())).collect();
    if flags.json {
        build_failed_json(out, &fresh, import_path, &failed);
        return 1;
    }
    let _ = out.flush();
    let mut e = std::io::stderr().lock();
    for (_, lines) in fresh {
        for l in lines {
            let _ = e.write_all(l.as_bytes());
        }
    }
    let _ = writeln!(out, "FAIL\t{import_path} [build failed]");
    1
}

/// go test -json's events for a package that did not build: each
/// package's diagnostics as `build-output` events under its `# header`
/// (`ImportPath`), a `build-fail` after them, then the package's `FAIL ...
/// [build failed]` line and its `fail` event naming the failed build.
fn build_failed_json(out: &mut impl Write, groups: &[&(String, Vec<String>)], import_path: &str, failed: &str) {
    let q = |s: &str| serde_json::Value::String(s.to_string()).to_string();
    for (id, lines) in groups {
        for l in lines {
            let _ = writeln!(out, "{{\"ImportPath\":{},\"Action\":\"build-output\",\"Output\":{}}}", q(id), q(l));
        }
        let _ = writeln!(out, "{{\"ImportPath\":{},\"Action\":\"build-fail\"}}", q(id));
    }
    let mut c = Converter::new(&mut *out, import_path);
    c.write(format!("FAIL\t{import_path} [build failed]\n").as_bytes());
    c.set_failed_build(failed);
    c.exited(false);
    c.close();
}

/// The files under `dir` (not in folders holding a go.mod: other modules),
/// at most 64 MB in all: what the sandbox gives a package's tests.
fn folder_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut budget: u64 = 64 << 20;
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let p = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                if !p.join("go.mod").exists() && !e.file_name().to_string_lossy().starts_with('.') {
                    todo.push(p);
                }
            } else if ft.is_file() {
                let len = e.metadata().map(|m| m.len()).unwrap_or(u64::MAX);
                if len <= budget {
                    if let Ok(b) = std::fs::read(&p) {
                        budget -= len;
                        out.push((p.display().to_string(), b));
                    }
                }
            }
        }
    }
    out
}

/// A writer both of the program's streams share.
#[derive(Clone, Default)]
struct Shared(Rc<RefCell<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// go test's isTest: `name` is `prefix` or continues with a non-lowercase
/// letter (`TestFoo`, `Test_foo`, not `Testfoo`).
fn is_test(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some("") => true,
        Some(rest) => !rest.chars().next().is_some_and(|c| c.is_lowercase()),
        None => false,
    }
}

fn find_funcs(internal: &[LoadedFile], external: &[LoadedFile]) -> Found {
    let mut found = Found::default();
    for (files, ext) in [(internal, false), (external, true)] {
        for f in files {
            let arena = bumpalo::Bump::new();
            let Ok(ast) = syntax::parse_file(&arena, &f.src) else { continue };
            for d in ast.decls.iter() {
                let syntax::ast::Decl::Func(fd) = d else { continue };
                if fd.recv.is_some() || !fd.type_params.is_empty() {
                    continue;
                }
                let name = fd.name.name;
                if name == "TestMain" {
                    found.test_main = Some(ext);
                } else if is_test(name, "Test") {
                    found.tests.push(Func { name: name.into(), external: ext, output: None });
                } else if is_test(name, "Example") {
                    let output = fd.body.and_then(|b| example_output(&f.src, b.lbrace.lo as usize, b.rbrace.hi as usize));
                    // An example without an output comment is compiled, not run.
                    if output.is_some() {
                        found.examples.push(Func { name: name.into(), external: ext, output });
                    }
                } else if is_test(name, "Benchmark") || is_test(name, "Fuzz") {
                    found.unsupported.push(name.into());
                }
            }
        }
    }
    found
}

/// go/doc's exampleOutput: the last comment group in the body (lo..hi of
/// `src`), if its text starts with `Output:` or `Unordered output:`
/// (any case, after spaces): the text after it, and whether unordered.
fn example_output(src: &str, lo: usize, hi: usize) -> Option<(String, bool)> {
    let body = src.get(lo..hi)?;
    let groups = comment_groups(body);
    let last = groups.last()?;
    let text = last.trim_start();
    let lower = text.to_lowercase();
    let (unordered, rest) = if lower.starts_with("unordered output:") {
        (true, &text["unordered output:".len()..])
    } else if lower.starts_with("output:") {
        (false, &text["output:".len()..])
    } else {
        return None;
    };
    let rest = rest.trim_start_matches(' ');
    let rest = rest.strip_prefix('\n').unwrap_or(rest);
    Some((rest.to_string(), unordered))
}

/// The comment groups of Go text (comments on adjacent lines), each as
/// go/ast's CommentGroup.Text gives it: markers removed, one space after
/// `//` removed, trailing spaces cut, leading and trailing blank lines
/// dropped and inner runs of blank lines made one.
fn comment_groups(src: &str) -> Vec<String> {
    // (end line of the group, how many lines further it reaches, lines)
    let mut groups: Vec<(usize, usize, Vec<String>)> = Vec::new();
    let b = src.as_bytes();
    let (mut i, mut line) = (0, 1);
    // Whether a token came since the last comment: it ends the group.
    let mut code_since = false;
    // The line of the last token.
    let mut code_line = 0;
    // go/parser's next: a comment on the line of the previous token is a
    // line comment, its group only the comments on that same line
    // (consumeCommentGroup(0)); any other group takes the comments of the
    // next line too (consumeCommentGroup(1)). So `f() // note` followed by
    // `// Output:` on the next line is two groups.
    let push = |start_line: usize,
                end_line: usize,
                lines: Vec<String>,
                code: bool,
                code_line: usize,
                groups: &mut Vec<(usize, usize, Vec<String>)>| match groups.last_mut() {
        Some((end, reach, ls)) if *end + *reach >= start_line && !code => {
            ls.extend(lines);
            *end = end_line;
        }
        _ => {
            let reach = if code && code_line == start_line { 0 } else { 1 };
            groups.push((end_line, reach, lines))
        }
    };
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'"' | b'\'' => {
                code_since = true;
                code_line = line;
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q && b[i] != b'\n' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
            }
            b'`' => {
                code_since = true;
                i += 1;
                while i < b.len() && b[i] != b'`' {
                    if b[i] == b'\n' {
                        line += 1;
                    }
                    i += 1;
                }
                code_line = line;
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = src[i..].find('\n').map_or(b.len(), |e| i + e);
                let raw = &src[i + 2..end];
                // Directives (`//go:build`) are left out of the text.
                if !raw.starts_with("go:") {
                    let c = raw.strip_prefix(' ').unwrap_or(raw);
                    push(line, line, vec![c.to_string()], code_since, code_line, &mut groups);
                    code_since = false;
                }
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e);
                let c = &src[i + 2..end];
                let start = line;
                line += c.matches('\n').count();
                push(start, line, c.split('\n').map(str::to_string).collect(), code_since, code_line, &mut groups);
                code_since = false;
                i = (end + 2).min(b.len());
            }
            c => {
                if !c.is_ascii_whitespace() {
                    code_since = true;
                    code_line = line;
                }
                i += 1;
            }
        }
    }
    groups
        .into_iter()
        .map(|(_, _, lines)| {
            let lines: Vec<&str> = lines.iter().map(|l| l.trim_end()).collect();
            let mut out: Vec<&str> = Vec::new();
            for l in lines {
                if l.is_empty() && (out.is_empty() || out.last() == Some(&"")) {
                    continue;
                }
                out.push(l);
            }
            while out.last() == Some(&"") {
                out.pop();
            }
            let mut s = out.join("\n");
            if !s.is_empty() {
                s.push('\n');
            }
            s
        })
        .collect()
}

/// A Go string literal for `s`.
fn go_quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => q.push_str("\\\""),
            '\\' => q.push_str("\\\\"),
            '\n' => q.push_str("\\n"),
            '\t' => q.push_str("\\t"),
            '\r' => q.push_str("\\r"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => q.push_str(&format!("\\x{:02x}", c as u32)),
            c => q.push(c),
        }
    }
    q.push('"');
    q
}

/// The generated main package (go test's _testmain.go, reduced).
fn test_main(ip: &str, xp: &str, has_pkg: bool, has_x: bool, found: &Found, flags: &Flags) -> String {
    let uses_pkg = found.tests.iter().chain(&found.examples).any(|f| !f.external) || found.test_main == Some(false);
    let uses_x = found.tests.iter().chain(&found.examples).any(|f| f.external) || found.test_main == Some(true);
    let mut s = String::from("package main\n\nimport (\n\t\"os\"\n\t\"testing\"\n");
    if has_pkg {
        s.push_str(&format!("\t{} {}\n", if uses_pkg { "_test" } else { "_" }, go_quote(ip)));
    }
    if has_x {
        s.push_str(&format!("\t{} {}\n", if uses_x { "_xtest" } else { "_" }, go_quote(xp)));
    }
    s.push_str(")\n\nvar tests = []testing.InternalTest{\n");
    let q = |f: &Func| format!("{}.{}", if f.external { "_xtest" } else { "_test" }, f.name);
    for t in &found.tests {
        s.push_str(&format!("\t{{{}, {}}},\n", go_quote(&t.name), q(t)));
    }
    s.push_str("}\n\nvar examples = []testing.InternalExample{\n");
    for e in &found.examples {
        let (out, unordered) = e.output.clone().unwrap_or_default();
        s.push_str(&format!("\t{{{}, {}, {}, {unordered}}},\n", go_quote(&e.name), q(e), go_quote(&out)));
    }
    let run = go_quote(flags.run.as_deref().unwrap_or(""));
    // go test's -timeout (default 10m), in nanoseconds, for T.Deadline.
    let timeout = flags.timeout.unwrap_or(std::time::Duration::from_secs(600)).as_nanos();
    // As go test's _testmain.go: main calls TestMain or m.Run itself.
    let body = match found.test_main {
        Some(ext) => format!("\t{}.TestMain(m)\n\tos.Exit(testing.MainExitCode(m))\n", if ext { "_xtest" } else { "_test" }),
        None => "\tos.Exit(m.Run())\n".into(),
    };
    s.push_str(&format!(
        "}}\n\nfunc main() {{\n\tm := testing.MainStart(tests, examples, {run}, {}, {}, {})\n{body}}}\n",
        flags.verbose, flags.json, timeout
    ));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_test_is_go_tests() {
        assert!(is_test("Test", "Test"));
        assert!(is_test("TestFoo", "Test"));
        assert!(is_test("Test_foo", "Test"));
        assert!(!is_test("Testfoo", "Test"));
        assert!(is_test("Example", "Example"));
    }

    #[test]
    fn output_comments() {
        let src = "{\n\tfmt.Println(\"// no\")\n\t// Output:\n\t// a\n\t//\n\t//\n\t// b  \n}";
        assert_eq!(example_output(src, 0, src.len()), Some(("a\n\nb\n".into(), false)));
        let src = "{\n\t// Unordered output: x\n\t// y\n}";
        assert_eq!(example_output(src, 0, src.len()), Some(("x\ny\n".into(), true)));
        let src = "{\n\t// output:\n\n\t// not the last group\n}";
        assert_eq!(example_output(src, 0, src.len()), None);
        let src = "{\n\t// Output:\n}";
        assert_eq!(example_output(src, 0, src.len()), Some((String::new(), false)));
        // A line comment (after a token on its line) is a group of its own.
        let src = "{\n\tw.Flush() // flush!\n\t// Output: hi\n}";
        assert_eq!(example_output(src, 0, src.len()), Some(("hi\n".into(), false)));
        let src = "{\n\tf(\"x\") // a\n\t// Output: hi\n}";
        assert_eq!(example_output(src, 0, src.len()), Some(("hi\n".into(), false)));
        // A comment on a line of its own takes the next line's comment.
        let src = "{\n\tf()\n\t// note\n\t// Output: hi\n}";
        assert_eq!(example_output(src, 0, src.len()), None);
    }

    #[test]
    fn quoting() {
        assert_eq!(go_quote("a\"b\\\n\u{1}é"), "\"a\\\"b\\\\\\n\\x01é\"");
    }
}
