//! `cargo run -p syntax --example parse -- [--dump] FILE...`: parse files,
//! print the first syntax error as gc would (or the AST with `--dump`).

fn main() {
    let mut dump = false;
    for a in std::env::args().skip(1) {
        if a == "--dump" {
            dump = true;
            continue;
        }
        let src = std::fs::read_to_string(&a).expect("read");
        let arena = bumpalo::Bump::new();
        match syntax::parse_file(&arena, &src) {
            Ok(f) => {
                if dump {
                    if std::env::var_os("SEXPR").is_some() {
                        print!("{}", syntax::dump::dump_file(f));
                    } else {
                        println!("{f:#?}");
                    }
                } else {
                    println!("{a}: ok ({} exprs)", f.expr_count);
                }
            }
            Err(errs) => {
                let map = syntax::SourceMap::new(a.clone(), &src);
                for e in errs {
                    println!("{}", e.render(&map));
                }
            }
        }
    }
}
