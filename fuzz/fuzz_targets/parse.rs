//! Lexer + parser: any UTF-8 input gives an AST or syntax errors, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(src) = std::str::from_utf8(data) {
        let arena = bumpalo::Bump::new();
        let _ = syntax::parse_file(&arena, src);
    }
});
