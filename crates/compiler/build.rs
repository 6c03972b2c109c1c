//! Embeds the Go sources of the standard library subset (`stdlib/*.go`).
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
    let mut s = String::from("/// The Go source of a standard library package, if gostack has it.\npub fn stdlib_source(path: &str) -> Option<&'static str> {\n    match path {\n");
    for (path, file) in &entries {
        writeln!(s, "        {path:?} => Some(include_str!({file:?})),").unwrap();
    }
    s.push_str("        _ => None,\n    }\n}\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("stdlib_sources.rs");
    std::fs::write(out, s).unwrap();
}
