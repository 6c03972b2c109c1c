//! Parser throughput: every `.go` file under `$GOROOT/src/{go,net/http,runtime}`
//! (no testdata), parsed from memory. `benches/go/parsebench` times
//! go/parser over the same set; see docs/parser.md for the comparison.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::{Path, PathBuf};

const DIRS: &[&str] = &["go", "net/http", "runtime"];

fn goroot() -> Option<PathBuf> {
    let out = std::process::Command::new("go").args(["env", "GOROOT"]).env("GOTOOLCHAIN", "local").output().ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let s = s.trim();
    (!s.is_empty()).then(|| PathBuf::from(s))
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if name != "testdata" && !name.starts_with('.') {
                walk(&p, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}

/// The sample: (path, source) pairs, sorted by path.
pub fn sample() -> Vec<(PathBuf, String)> {
    let Some(root) = goroot() else {
        eprintln!("parse bench: `go env GOROOT` failed; no sample");
        return Vec::new();
    };
    let mut paths = Vec::new();
    for d in DIRS {
        walk(&root.join("src").join(d), &mut paths);
    }
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let s = std::fs::read_to_string(&p).ok()?;
            Some((p, s))
        })
        .collect()
}

fn parse_all(files: &[(PathBuf, String)], arena: &mut bumpalo::Bump) -> usize {
    let mut exprs = 0;
    for (_, src) in files {
        arena.reset();
        match syntax::parse_file(arena, src) {
            Ok(f) => exprs += f.expr_count as usize,
            Err(e) => panic!("parse error: {:?}", e[0]),
        }
    }
    exprs
}

fn bench(c: &mut Criterion) {
    let files = sample();
    if files.is_empty() {
        return;
    }
    let bytes: usize = files.iter().map(|f| f.1.len()).sum();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    let mut arena = bumpalo::Bump::new();
    g.bench_function("stdlib_go_nethttp_runtime", |b| b.iter(|| parse_all(&files, &mut arena)));
    let mut toks = 0usize;
    g.bench_function("lex_only", |b| {
        b.iter(|| {
            for (_, src) in &files {
                toks += syntax::lexer::tokenize(src).0.len();
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
