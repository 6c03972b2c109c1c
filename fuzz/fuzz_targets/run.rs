//! Whole pipeline under small limits: whatever the program does, the VM
//! ends it with an exit code (panics and fatal errors are Go-level output).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else { return };
    let Ok(prog) = compiler::compile("prog.go", src) else { return };
    let opts = runtime::Options { max_steps: 20_000, max_stack: 1 << 20, args: vec!["prog.go".into()], ..Default::default() };
    let _ = runtime::run(&prog, opts, Box::new(std::io::sink()), Box::new(std::io::sink()));
});
