//! Compares our AST with go/parser's on every stdlib file, through the
//! S-expression dump (`syntax::dump`, and `tests/goast/main.go` for go/ast).
//! Needs `go`: without it the trial is reported as ignored, unless
//! `GOSTACK_REQUIRE_GO=1`, which makes it fail.

mod gotool;

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Completion, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let trial = Trial::ignorable_test("ast_matches_go_parser", || match gotool::goroot() {
        Some(root) => ast_matches_go_parser(&root).map(|()| Completion::Completed),
        None => gotool::without_go(),
    });
    libtest_mimic::run(&args, vec![trial]).exit();
}

fn ast_matches_go_parser(root: &Path) -> Result<(), Failed> {
    // Every file, `testdata` included (many of those are deliberately
    // invalid: there we only compare files both parsers accept).
    let mut files = Vec::new();
    gotool::go_files(&root.join("src"), true, &mut files);
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
        .map_err(|e| format!("go run {}: {e}", dumper.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let out = child.wait_with_output().map_err(|e| format!("goast output: {e}"))?;
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
    if want.is_empty() {
        return Err(format!("goast produced no output (exit {:?})", out.status.code()).into());
    }
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
    if compared == 0 {
        return Err(format!("no file compared (of {})", files.len()).into());
    }
    if !bad.is_empty() {
        let shown: Vec<&str> = bad.iter().take(30).map(String::as_str).collect();
        return Err(format!("{} files differ from go/parser:\n{}", bad.len(), shown.join("\n")).into());
    }
    Ok(())
}
