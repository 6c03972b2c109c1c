//! Compares our AST with go/parser's on every stdlib file, through the
//! S-expression dump (`syntax::dump`, and `tests/goast/main.go` for go/ast).
//! Skips (passes with a note) when `go` is unavailable, unless
//! `GOSTACK_REQUIRE_GO` is set.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// All `.go` files; with `testdata` false, skips `testdata` folders.
fn walk(dir: &Path, testdata: bool, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if (testdata || name != "testdata") && !name.starts_with('.') {
                walk(&p, testdata, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}

#[test]
fn ast_matches_go_parser() {
    let root = Command::new("go").args(["env", "GOROOT"]).env("GOTOOLCHAIN", "local").output();
    let root = match root {
        Ok(o) if o.status.success() => PathBuf::from(String::from_utf8_lossy(&o.stdout).trim().to_string()),
        _ => {
            if std::env::var_os("GOSTACK_REQUIRE_GO").is_some() {
                panic!("go not found");
            }
            eprintln!("astcompare: go not found; skipping");
            return;
        }
    };
    // Every file, `testdata` included (many of those are deliberately
    // invalid: there we only compare files both parsers accept).
    let mut files = Vec::new();
    walk(&root.join("src"), true, &mut files);
    files.sort();
    let dumper = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/goast/main.go");
    let mut child = Command::new("go")
        .arg("run")
        .arg(&dumper)
        .env("GOTOOLCHAIN", "local")
        .env("GOFLAGS", "-mod=mod")
        .env("GO111MODULE", "off")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("go run");
    let mut stdin = child.stdin.take().expect("stdin");
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let out = child.wait_with_output().expect("goast output");
    let _ = writer.join();
    let text = String::from_utf8_lossy(&out.stdout);
    let mut want: HashMap<&str, String> = HashMap::new();
    let mut cur: Option<&str> = None;
    for line in text.split_inclusive('\n') {
        if let Some(p) = line.strip_prefix("\u{1}FILE ") {
            cur = Some(p.trim_end());
            want.insert(p.trim_end(), String::new());
        } else if let Some(c) = cur {
            if let Some(s) = want.get_mut(c) {
                s.push_str(line);
            }
        }
    }
    assert!(!want.is_empty(), "goast produced no output");
    let mut bad = Vec::new();
    let mut compared = 0;
    for f in &files {
        let key = f.display().to_string();
        let Some(w) = want.get(key.as_str()) else { continue };
        if w.starts_with("error:") {
            continue;
        }
        let src = std::fs::read_to_string(f).unwrap_or_default();
        let arena = bumpalo::Bump::new();
        let in_testdata = f.components().any(|c| c.as_os_str() == "testdata");
        let Ok(file) = syntax::parse_file(&arena, &src) else {
            if !in_testdata {
                bad.push(format!("{key}: we fail to parse"));
            }
            continue;
        };
        compared += 1;
        let got = syntax::dump::dump_file(file);
        if &got != w {
            let (gl, wl) = got.lines().zip(w.lines()).find(|(a, b)| a != b).unwrap_or(("<len>", "<len>"));
            let i = gl.bytes().zip(wl.bytes()).take_while(|(a, b)| a == b).count();
            let lo = i.saturating_sub(80);
            let cut = |s: &str| s.get(lo..(i + 80).min(s.len())).unwrap_or("").to_string();
            bad.push(format!("{key}:\n  ours: …{}…\n  go:   …{}…", cut(gl), cut(wl)));
        }
    }
    println!("astcompare: {compared} files compared, {} differ", bad.len());
    if !bad.is_empty() {
        for b in bad.iter().take(30) {
            println!("{b}");
        }
        panic!("{} files differ from go/parser", bad.len());
    }
}
