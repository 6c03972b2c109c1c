//! What the go command does before compiling for `go run`: split the
//! command line into the package and the program's arguments, find the
//! package's files (named `.go` files, or a folder's), and refuse what it
//! refuses, in its words (go1.27.3, cmd/go/internal/run and load).

use std::path::{Path, PathBuf};

/// One file of the program's package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedFile {
    /// The name compile errors print (`./a.go`, `sub/a.go`, `../a.go`).
    pub display: String,
    /// The absolute path tracebacks print.
    pub path: String,
    pub src: String,
}

/// The package `gostack run` builds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Package {
    /// Its files, in the order the go command hands them to the compiler
    /// (named files as given; a folder's sorted by name).
    pub files: Vec<LoadedFile>,
    /// `os.Args[0]`: the first named file, or the folder's name.
    pub arg0: String,
    /// Its import path: `command-line-arguments` for named files and
    /// folders outside a module.
    pub import_path: String,
    /// The main module's packages it imports (see [`module_packages`]).
    pub locals: Vec<LocalPackage>,
}

/// A refusal, printed as is on stderr; exit status 1 as the go command's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub String);

/// Splits `gostack run`'s positional words as `go run` does: the leading
/// words ending in `.go` are the files, and the rest are the program's
/// arguments; without such words the first word is the package (a folder)
/// and the rest are the arguments. `-` alone is the program on standard
/// input. A `--` right after the files is dropped (gostack's older
/// spelling; `go run` would pass it on).
pub fn split(words: &[String]) -> Result<(Vec<String>, Vec<String>), LoadError> {
    let Some(first) = words.first() else {
        return Err(LoadError("go: no go files listed".into()));
    };
    if first.starts_with('-') && first != "-" {
        // Go's flag package stops at the first non-flag word: a word
        // starting with `-` here is a flag gostack does not know.
        let name = first.trim_start_matches('-');
        let name = name.split('=').next().unwrap_or(name);
        return Err(LoadError(format!(
            "flag provided but not defined: -{name}\nusage: gostack run [flags] file.go... | folder [arguments...]\nRun 'gostack run --help' for details."
        )));
    }
    let n = if first == "-" { 1 } else { words.iter().take_while(|w| w.ends_with(".go")).count().max(1) };
    let mut args: Vec<String> = words[n..].to_vec();
    if args.first().is_some_and(|a| a == "--") {
        args.remove(0);
    }
    Ok((words[..n].to_vec(), args))
}

/// Whether `split`'s first part names files (rather than one folder).
pub fn names_files(targets: &[String]) -> bool {
    targets.first().is_some_and(|t| t.ends_with(".go"))
}

/// Loads the named `.go` files: one folder, no `_test.go` file, and
/// `go run`'s messages for missing files and folders named as files.
pub fn load_files(names: &[String]) -> Result<Package, LoadError> {
    for f in names {
        if f.ends_with("_test.go") {
            return Err(LoadError(format!("go: cannot run *_test.go files ({f})")));
        }
    }
    let mut dir: Option<String> = None;
    let mut files = Vec::new();
    for f in names {
        let meta = std::fs::metadata(f).map_err(|e| LoadError(format!("stat {f}: {}", io_words(&e))))?;
        if meta.is_dir() {
            return Err(LoadError(format!("{f} is a directory, should be a Go file")));
        }
        let d = go_dir(f);
        match &dir {
            Some(d0) if *d0 != d => return Err(LoadError(format!("named files must all be in one directory; have {d0} and {d}"))),
            _ => dir = Some(d),
        }
        files.push(read_file(Path::new(f))?);
    }
    let dir = dir_of(&files);
    check_package(&files, &dir, "command-line-arguments")?;
    let locals = match find_module(Path::new(&dir)) {
        Some(m) => module_packages(&m, &files.iter().collect::<Vec<_>>(), &[])?,
        None => Vec::new(),
    };
    Ok(Package { arg0: names[0].clone(), files, import_path: "command-line-arguments".into(), locals })
}

/// Loads the non-test `.go` files of folder `arg` (sorted by name, as
/// go/build reads a folder), leaving out those the go command would: names
/// starting with `_` or `.`, and files whose build constraints (file-name
/// suffix or `//go:build` line) do not hold on linux/amd64.
///
/// Divergence: `go run DIR` needs a go.mod in or above the folder (outside
/// a module it says `go: go.mod file not found ...`); gostack runs a folder
/// without one. A name that is neither a local path (`.`, `./x`, `../x`,
/// `/x`) nor an existing folder is an import path, which gostack cannot
/// look up: `package x is not in std`.
pub fn load_dir(arg: &str) -> Result<Package, LoadError> {
    let local = arg == "." || arg == ".." || arg.starts_with("./") || arg.starts_with("../") || arg.starts_with('/');
    let path = Path::new(arg);
    if !local && !path.is_dir() {
        return Err(LoadError(format!("package {arg} is not in std")));
    }
    let abs = absolute(path);
    let shown = abs.display().to_string();
    let entries = match std::fs::read_dir(&abs) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(LoadError(format!("stat {shown}: directory not found"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory || abs.is_file() => {
            return Err(LoadError(format!("{arg} is not a folder or a .go file")));
        }
        Err(e) => return Err(LoadError(format!("open {shown}: {}", io_words(&e)))),
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go") && !n.starts_with('_') && !n.starts_with('.'))
        .collect();
    names.sort();
    let import_path = import_path(&abs).unwrap_or_else(|| "command-line-arguments".into());
    if names.is_empty() {
        return Err(LoadError(format!("no Go files in {shown}")));
    }
    let mut files = Vec::new();
    let (mut tests, mut excluded) = (0, 0);
    for n in &names {
        if n.ends_with("_test.go") {
            tests += 1;
            continue;
        }
        let f = read_file(&abs.join(n))?;
        if !build_tags_hold(n, &f.src) {
            excluded += 1;
            continue;
        }
        files.push(f);
    }
    if files.is_empty() {
        return Err(LoadError(if excluded > 0 && tests == 0 {
            format!("package {import_path}: build constraints exclude all Go files in {shown}")
        } else {
            format!("{import_path}: no non-test Go files in {shown}")
        }));
    }
    check_package(&files, &shown, &import_path)?;
    let arg0 = abs.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| arg.to_string());
    let locals = match find_module(&abs) {
        Some(m) => module_packages(&m, &files.iter().collect::<Vec<_>>(), std::slice::from_ref(&import_path))?,
        None => Vec::new(),
    };
    Ok(Package { files, arg0, import_path, locals })
}

/// `go build -trimpath`'s names for the files of `pkg` and of the module
/// packages it imports (cmd/go's `Action.trimpath` rewrites a package's
/// folder to its import path): `example.com/m/cmd/tool/main.go`; named
/// files (`command-line-arguments`) as `./main.go`, whatever folder they
/// are in (go1.27.3 prints that). A folder outside a module, which only
/// gostack runs, is named as named files are.
pub fn trim_paths(pkg: &mut Package) {
    trim_files(&mut pkg.files, &pkg.import_path);
    for l in &mut pkg.locals {
        trim_files(&mut l.files, &l.path);
    }
}

/// Names `files`, of the package at `import_path`, as `-trimpath` does
/// (see [`trim_paths`]); a package's external tests (`p_test`) go by the
/// package's path, as their folder is the package's.
pub fn trim_files(files: &mut [LoadedFile], import_path: &str) {
    let dir = if import_path == "command-line-arguments" { "." } else { import_path };
    for f in files {
        let base = Path::new(&f.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        f.path = format!("{dir}/{base}");
    }
}

/// The files' package clauses: all one package, and that package `main`.
fn check_package(files: &[LoadedFile], dir: &str, import_path: &str) -> Result<(), LoadError> {
    let base = |f: &LoadedFile| Path::new(&f.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut first: Option<(String, String)> = None;
    for f in files {
        // A file whose clause cannot be read is left to the compiler's
        // syntax error.
        let Some(name) = package_clause(&f.src) else { continue };
        match &first {
            None => first = Some((name, base(f))),
            Some((n0, f0)) if *n0 != name => {
                return Err(LoadError(format!("found packages {n0} ({f0}) and {name} ({}) in {dir}", base(f))));
            }
            Some(_) => {}
        }
    }
    match first {
        Some((n, _)) if n != "main" => Err(LoadError(format!("package {import_path} is not a main package"))),
        _ => Ok(()),
    }
}

fn dir_of(files: &[LoadedFile]) -> String {
    files.first().and_then(|f| Path::new(&f.path).parent()).map(|d| d.display().to_string()).unwrap_or_default()
}

/// `filepath.Dir` of a named file, as `named files must all be in one
/// directory` prints it.
fn go_dir(f: &str) -> String {
    let abs = f.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    let dir = f.rfind('/').map_or("", |i| &f[..i]);
    for c in dir.split('/') {
        match c {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            ".." if abs => {}
            c => parts.push(c),
        }
    }
    match (abs, parts.is_empty()) {
        (true, _) => format!("/{}", parts.join("/")),
        (false, true) => ".".into(),
        (false, false) => parts.join("/"),
    }
}

pub fn read_file(p: &Path) -> Result<LoadedFile, LoadError> {
    let bytes = std::fs::read(p).map_err(|e| LoadError(format!("open {}: {}", p.display(), io_words(&e))))?;
    // Go reports invalid UTF-8 as a compile error at its position; gostack
    // reads the text lossily and lets the lexer see U+FFFD.
    let src = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    let abs = absolute(p);
    Ok(LoadedFile { display: display_path(&abs), path: abs.display().to_string(), src })
}

/// The words Go's `os` package uses for an error (`no such file or
/// directory`), not Rust's (`entity not found`).
pub fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or directory".into(),
        PermissionDenied => "permission denied".into(),
        IsADirectory => "is a directory".into(),
        NotADirectory => "not a directory".into(),
        _ => {
            // "No such device (os error 19)" → "no such device"
            let s = e.to_string();
            let s = s.split(" (os error").next().unwrap_or(&s).to_string();
            let mut c = s.chars();
            c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
        }
    }
}

/// `path` made absolute against the current folder, with `.` and `..`
/// folded (lexically, as Go's filepath.Abs does).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut out = PathBuf::from("/");
    for c in joined.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::Normal(n) => out.push(n),
            _ => {}
        }
    }
    out
}

/// The name gc's messages carry after the go command shortened them: the
/// file's folder relative to the current one when that is shorter
/// (`./a.go`, `sub/a.go`, `../a.go`), else absolute (base.ShortPath).
pub fn display_path(abs: &Path) -> String {
    display_path_from(&absolute(Path::new(".")), abs)
}

/// [`display_path`] as seen from folder `cwd` (absolute) rather than the
/// process's current folder.
pub fn display_path_from(cwd: &Path, abs: &Path) -> String {
    let dir = abs.parent().unwrap_or(Path::new("/"));
    let file = abs.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let cwd = cwd.to_path_buf();
    let rel = relative(&cwd, dir);
    let dir_s = dir.display().to_string();
    let shown = if rel.len() < dir_s.len() { rel } else { dir_s };
    if shown == "/" {
        format!("/{file}")
    } else {
        format!("{shown}/{file}")
    }
}

/// `filepath.Rel(from, to)` for absolute, clean paths.
fn relative(from: &Path, to: &Path) -> String {
    let a: Vec<_> = from.components().collect();
    let b: Vec<_> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut parts: Vec<String> = vec!["..".into(); a.len() - common];
    parts.extend(b[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    if parts.is_empty() {
        ".".into()
    } else {
        parts.join("/")
    }
}

/// The import path of folder `dir` when a go.mod in it or above names a
/// module: `example.com/m/sub`.
pub fn import_path(dir: &Path) -> Option<String> {
    let m = find_module(dir)?;
    let rel = relative(&m.root, dir);
    Some(if rel == "." { m.path } else { format!("{}/{rel}", m.path) })
}

/// A go.mod in or above a folder: its folder and module path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    pub root: PathBuf,
    pub path: String,
}

/// The module folder `dir` is in, if a go.mod in it or above names one.
pub fn find_module(dir: &Path) -> Option<Module> {
    let mut d = Some(dir);
    while let Some(cur) = d {
        if let Ok(text) = std::fs::read_to_string(cur.join("go.mod")) {
            let path = text.lines().find_map(|l| l.trim().strip_prefix("module "))?.trim().trim_matches('"').to_string();
            return Some(Module { root: cur.to_path_buf(), path });
        }
        d = cur.parent();
    }
    None
}

/// A package of the main module that the program imports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalPackage {
    /// Its import path (`example.com/m/util`).
    pub path: String,
    pub files: Vec<LoadedFile>,
}

/// The import paths file `src` imports (none if it does not parse: the
/// compiler reports that).
pub fn imports_of(src: &str) -> Vec<String> {
    let arena = bumpalo::Bump::new();
    match syntax::parse_file(&arena, src) {
        Ok(f) => f.imports.iter().map(|i| i.path.to_string()).collect(),
        Err(_) => Vec::new(),
    }
}

/// The main module's packages that `files` import, directly or through
/// each other (go.mod's module path, or a path under it, names a folder
/// under the go.mod's): their non-test files, as `load_dir` finds them.
/// Packages in `known` (by import path) are given already. Paths of other
/// modules are left to the compiler, which refuses them.
pub fn module_packages(module: &Module, files: &[&LoadedFile], known: &[String]) -> Result<Vec<LocalPackage>, LoadError> {
    let mut out: Vec<LocalPackage> = Vec::new();
    let mut todo: Vec<String> = files.iter().flat_map(|f| imports_of(&f.src)).collect();
    while let Some(ip) = todo.pop() {
        let rel = if ip == module.path {
            ""
        } else if let Some(r) = ip.strip_prefix(&module.path).and_then(|r| r.strip_prefix('/')) {
            r
        } else {
            continue;
        };
        if known.contains(&ip) || out.iter().any(|p| p.path == ip) {
            continue;
        }
        let dir = module.root.join(rel);
        let files = package_files(&dir, &ip)?;
        todo.extend(files.iter().flat_map(|f| imports_of(&f.src)));
        out.push(LocalPackage { path: ip, files });
    }
    Ok(out)
}

/// The non-test `.go` files of an imported package's folder that build on
/// linux/amd64, or the go command's refusal.
fn package_files(dir: &Path, ip: &str) -> Result<Vec<LoadedFile>, LoadError> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|_| LoadError(format!("package {ip} is not in the main module (no folder {shown})")))?;
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go") && !n.ends_with("_test.go") && !n.starts_with('_') && !n.starts_with('.'))
        .collect();
    names.sort();
    let mut files = Vec::new();
    for n in &names {
        let f = read_file(&dir.join(n))?;
        if build_tags_hold(n, &f.src) {
            files.push(f);
        }
    }
    if files.is_empty() {
        return Err(LoadError(format!("no Go files in {shown}")));
    }
    check_library(&files, &shown)?;
    Ok(files)
}

/// The files' package clauses name one package (not main: a main package
/// cannot be imported).
fn check_library(files: &[LoadedFile], dir: &str) -> Result<String, LoadError> {
    let base = |f: &LoadedFile| Path::new(&f.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut first: Option<(String, String)> = None;
    for f in files {
        let Some(name) = package_clause(&f.src) else { continue };
        match &first {
            None => first = Some((name, base(f))),
            Some((n0, f0)) if *n0 != name => {
                return Err(LoadError(format!("found packages {n0} ({f0}) and {name} ({}) in {dir}", base(f))));
            }
            Some(_) => {}
        }
    }
    Ok(first.map(|f| f.0).unwrap_or_default())
}

/// The name in a file's package clause, found after comments and blanks;
/// `None` when the file does not start with one.
pub fn package_clause(src: &str) -> Option<String> {
    let mut s = src.strip_prefix('\u{feff}').unwrap_or(src);
    loop {
        s = s.trim_start();
        if let Some(rest) = s.strip_prefix("//") {
            s = rest.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(rest) = s.strip_prefix("/*") {
            s = rest.split_once("*/")?.1;
        } else {
            break;
        }
    }
    let rest = s.strip_prefix("package")?;
    if !rest.starts_with(|c: char| c.is_whitespace() || c == '/') {
        return None;
    }
    let mut rest = rest;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/")?.1;
        } else {
            break;
        }
    }
    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    (!name.is_empty()).then_some(name)
}

const GOOS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];
const GOARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// Whether file `name` with text `src` is part of the build on linux/amd64
/// (gc, no cgo): its `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` name suffix and
/// its `//go:build` line (go/build's goodOSArchFile and shouldBuild).
pub fn build_tags_hold(name: &str, src: &str) -> bool {
    let stem = name.strip_suffix(".go").unwrap_or(name);
    let stem = stem.strip_suffix("_test").unwrap_or(stem);
    let parts: Vec<&str> = stem.split('_').collect();
    // The first part is never a constraint (`linux.go` builds everywhere).
    if parts.len() >= 3 && GOOS.contains(&parts[parts.len() - 2]) && GOARCH.contains(&parts[parts.len() - 1]) {
        return tag_holds(parts[parts.len() - 2]) && tag_holds(parts[parts.len() - 1]);
    }
    if parts.len() >= 2 {
        let last = parts[parts.len() - 1];
        if GOOS.contains(&last) || GOARCH.contains(&last) {
            return tag_holds(last);
        }
    }
    // The `//go:build` line must come before the package clause, among
    // comments and blank lines only.
    for line in src.lines() {
        let t = line.trim();
        if let Some(expr) = t.strip_prefix("//go:build") {
            if expr.starts_with(|c: char| c.is_whitespace()) {
                return eval_constraint(expr).unwrap_or(true);
            }
        }
        if !(t.is_empty() || t.starts_with("//")) {
            break;
        }
    }
    true
}

fn tag_holds(tag: &str) -> bool {
    if let Some(minor) = tag.strip_prefix("go1.") {
        return minor.parse::<u32>().is_ok_and(|m| m <= 27);
    }
    matches!(tag, "linux" | "amd64" | "unix" | "gc")
}

/// Evaluates a `//go:build` expression (`||`, `&&`, `!`, parentheses,
/// tags); `None` when it does not parse (go/build then builds the file and
/// vet complains).
fn eval_constraint(expr: &str) -> Option<bool> {
    let mut toks = Vec::new();
    let cs: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' || c == '!' {
            toks.push(c.to_string());
            i += 1;
        } else if (c == '&' || c == '|') && cs.get(i + 1) == Some(&c) {
            toks.push(format!("{c}{c}"));
            i += 2;
        } else if c.is_alphanumeric() || c == '_' || c == '.' {
            let start = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_' || cs[i] == '.') {
                i += 1;
            }
            toks.push(cs[start..i].iter().collect());
        } else {
            return None;
        }
    }
    let mut pos = 0;
    let v = or_expr(&toks, &mut pos)?;
    (pos == toks.len()).then_some(v)
}

fn or_expr(t: &[String], p: &mut usize) -> Option<bool> {
    let mut v = and_expr(t, p)?;
    while t.get(*p).is_some_and(|x| x == "||") {
        *p += 1;
        v |= and_expr(t, p)?;
    }
    Some(v)
}

fn and_expr(t: &[String], p: &mut usize) -> Option<bool> {
    let mut v = not_expr(t, p)?;
    while t.get(*p).is_some_and(|x| x == "&&") {
        *p += 1;
        v &= not_expr(t, p)?;
    }
    Some(v)
}

fn not_expr(t: &[String], p: &mut usize) -> Option<bool> {
    let tok = t.get(*p)?;
    *p += 1;
    match tok.as_str() {
        "!" => not_expr(t, p).map(|v| !v),
        "(" => {
            let v = or_expr(t, p)?;
            (t.get(*p)? == ")").then(|| *p += 1)?;
            Some(v)
        }
        ")" | "&&" | "||" => None,
        tag => Some(tag_holds(tag)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn split_is_go_runs() {
        assert_eq!(split(&w(&["a.go", "b.go", "x", "y.go"])).unwrap(), (w(&["a.go", "b.go"]), w(&["x", "y.go"])));
        assert_eq!(split(&w(&[".", "-v", "x"])).unwrap(), (w(&["."]), w(&["-v", "x"])));
        assert_eq!(split(&w(&["a.go", "--", "x"])).unwrap(), (w(&["a.go"]), w(&["x"])));
        assert_eq!(split(&w(&["-", "x"])).unwrap(), (w(&["-"]), w(&["x"])));
        assert_eq!(split(&[]).unwrap_err().0, "go: no go files listed");
        assert!(split(&w(&["-zz", "a.go"])).unwrap_err().0.starts_with("flag provided but not defined: -zz\n"));
    }

    #[test]
    fn package_clause_skips_comments() {
        assert_eq!(package_clause("// x\n/* y */ package /* z */ main\n").as_deref(), Some("main"));
        assert_eq!(package_clause("packagemain"), None);
        assert_eq!(package_clause("func f()"), None);
    }

    #[test]
    fn build_constraints() {
        assert!(build_tags_hold("a.go", "//go:build linux && amd64\n\npackage main"));
        assert!(!build_tags_hold("a.go", "// comment\n//go:build ignore\n\npackage main"));
        assert!(build_tags_hold("a.go", "//go:build !windows && (go1.21 || ignore)\npackage main"));
        assert!(!build_tags_hold("a.go", "//go:build go1.99\npackage main"));
        assert!(build_tags_hold("a.go", "package main\n//go:build ignore\n"));
        assert!(!build_tags_hold("a_windows.go", ""));
        assert!(!build_tags_hold("a_linux_arm64.go", ""));
        assert!(build_tags_hold("a_linux_amd64.go", ""));
        assert!(build_tags_hold("linux.go", ""));
    }

    #[test]
    fn go_dir_is_clean() {
        assert_eq!(go_dir("a.go"), ".");
        assert_eq!(go_dir("./sub/a.go"), "sub");
        assert_eq!(go_dir("sub/../a.go"), ".");
        assert_eq!(go_dir("../a.go"), "..");
        assert_eq!(go_dir("/a.go"), "/");
        assert_eq!(go_dir("/x/y/a.go"), "/x/y");
    }

    #[test]
    fn relative_paths() {
        assert_eq!(relative(Path::new("/a/b"), Path::new("/a/b")), ".");
        assert_eq!(relative(Path::new("/a/b"), Path::new("/a/b/c")), "c");
        assert_eq!(relative(Path::new("/a/b/c"), Path::new("/a/b")), "..");
        assert_eq!(relative(Path::new("/a/b"), Path::new("/x")), "../../x");
    }
}
