//! Embeds the Go sources of the standard library subset (`stdlib/*.go`),
//! each with its syntax tree parsed here, once, in the compact form of
//! `syntax::serial`: a start-up decodes the prelude's trees instead of
//! lexing and parsing its sources (docs/performance.md, "Start-up").
use std::fmt::Write;

fn main() {
    let dir = std::path::Path::new("stdlib");
    println!("cargo:rerun-if-changed=stdlib");
    let mut entries: Vec<(String, String)> = Vec::new();
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().and_then(|x| x.to_str()) == Some("go") {
                let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
                let import_path = stem.replace('_', "/");
                let abs = std::fs::canonicalize(&p).unwrap();
                println!("cargo:rerun-if-changed={}", abs.display());
                entries.push((import_path, abs.display().to_string()));
            }
        }
    }
    entries.sort();
    // `P.more.go` is the rest of package P, loaded only when a program (or a
    // package outside hello-world's chain) imports P (docs/stdlib.md).
    // `P.on-NAME1-NAME2.go` is a part of package P loaded only when a file
    // that imports P (a program's file or a `.more.go` file) mentions one
    // of NAME1, NAME2 as `P.NAME`: code that every user of those names
    // needs and nobody else (fmt's ScanState implementation).
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    // Each file's source as a constant the functions below share with
    // `stdlib_ast`, which finds a source's tree by its text (any text equal
    // to a stdlib file parses to that file's tree).
    let mut s = String::new();
    let mut asts = String::from("/// The pre-parsed tree of an embedded stdlib source (`syntax::serial`), found by\n/// its text: None for any other text.\npub(crate) fn stdlib_ast(src: &str) -> Option<&'static [u8]> {\n    let all: &[(&str, &[u8])] = &[\n");
    let mut names: Vec<(String, String)> = Vec::new();
    for (i, (path, file)) in entries.iter().enumerate() {
        let name = format!("STDLIB_SRC_{i}");
        writeln!(s, "const {name}: &str = include_str!({file:?});").unwrap();
        // A file that does not parse gets no tree: the compiler parses it
        // at run time and reports its syntax errors as before.
        let text = std::fs::read_to_string(file).unwrap();
        let arena = bumpalo::Bump::new();
        if let Ok(f) = syntax::parse_file(&arena, &text) {
            let ast = out_dir.join(format!("stdlib_ast_{i}.bin"));
            std::fs::write(&ast, syntax::serial::encode(f, &text)).unwrap();
            writeln!(asts, "        ({name}, include_bytes!({:?})),", ast.display().to_string()).unwrap();
        }
        names.push((path.clone(), name));
    }
    asts.push_str(
        "    ];\n    all.iter().find(|(s, _)| s.len() == src.len() && (s.as_ptr() == src.as_ptr() || *s == src)).map(|&(_, a)| a)\n}\n",
    );
    s.push_str(&asts);
    let all: Vec<&str> = names.iter().map(|(_, n)| n.as_str()).collect();
    writeln!(
        s,
        "\n/// Every embedded stdlib source (for the tests).\n#[cfg(test)]\npub(crate) const STDLIB_FILES: &[&str] = &[{}];",
        all.join(", ")
    )
    .unwrap();
    let entries: Vec<(String, String)> = names;
    let (parts, entries): (Vec<_>, Vec<_>) = entries.into_iter().partition(|(path, _)| path.contains(".on-"));
    let (more, core): (Vec<_>, Vec<_>) = entries.into_iter().partition(|(path, _)| path.ends_with(".more"));
    s.push_str("\n/// The Go source of a standard library package, if gostack has it.\npub fn stdlib_source(path: &str) -> Option<&'static str> {\n    match path {\n");
    for (path, file) in &core {
        writeln!(s, "        {path:?} => Some({file}),").unwrap();
    }
    s.push_str("        _ => None,\n    }\n}\n");
    s.push_str("\n/// The rest of a standard library package (`stdlib/P.more.go`), if it has one.\npub fn stdlib_more(path: &str) -> Option<&'static str> {\n    match path {\n");
    for (path, file) in &more {
        writeln!(s, "        {:?} => Some({file}),", path.trim_end_matches(".more")).unwrap();
    }
    s.push_str("        _ => None,\n    }\n}\n");
    s.push_str("\n/// The parts of a standard library package (`stdlib/P.on-NAMES.go`): the\n/// names that load each, its file name and its source.\npub fn stdlib_parts(path: &str) -> &'static [(&'static [&'static str], &'static str, &'static str)] {\n    match path {\n");
    // Each part: the names that load it, its file name and the embedded file.
    type Part = (Vec<String>, String, String);
    let mut by_pkg: Vec<(String, Vec<Part>)> = Vec::new();
    for (path, file) in &parts {
        let (pkg, names) = path.split_once(".on-").unwrap();
        let names: Vec<String> = names.split('-').map(str::to_string).collect();
        let fname = names[0].to_lowercase();
        match by_pkg.iter_mut().find(|(p, _)| p == pkg) {
            Some((_, v)) => v.push((names, fname, file.clone())),
            None => by_pkg.push((pkg.to_string(), vec![(names, fname, file.clone())])),
        }
    }
    for (pkg, v) in &by_pkg {
        write!(s, "        {pkg:?} => &[").unwrap();
        for (names, fname, file) in v {
            write!(s, "(&{names:?}, {fname:?}, {file}), ").unwrap();
        }
        s.push_str("],\n");
    }
    s.push_str("        _ => &[],\n    }\n}\n");
    let out = out_dir.join("stdlib_sources.rs");
    std::fs::write(out, s).unwrap();
}
