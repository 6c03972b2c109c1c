//! AST dump goldens: `tests/ast/NAME.go` against `tests/ast/NAME.ast`
//! (`syntax::dump` format). `BLESS=1 cargo test -p syntax --test ast_goldens`
//! rewrites the `.ast` files; review the diff.

use std::path::PathBuf;

#[test]
fn ast_goldens() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/ast");
    let bless = std::env::var_os("BLESS").is_some();
    let mut bad = Vec::new();
    let mut n = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("tests/ast").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.extension().and_then(|x| x.to_str()) != Some("go") {
            continue;
        }
        n += 1;
        let src = std::fs::read_to_string(&p).expect("read");
        let arena = bumpalo::Bump::new();
        let got = match syntax::parse_file(&arena, &src) {
            Ok(f) => syntax::dump::dump_file(f),
            Err(e) => format!("error: {}\n", e[0].message),
        };
        let want_path = p.with_extension("ast");
        if bless {
            std::fs::write(&want_path, &got).expect("write");
            continue;
        }
        let want = std::fs::read_to_string(&want_path).unwrap_or_default();
        if got != want {
            bad.push(format!("{}:\n--- want\n{want}\n+++ got\n{got}", p.display()));
        }
    }
    assert!(n > 0);
    assert!(bad.is_empty(), "{}\n(BLESS=1 to accept)", bad.join("\n"));
}
