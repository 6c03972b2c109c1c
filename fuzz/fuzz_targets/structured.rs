//! Structure-aware: valid Go from the panic-matrix generator (seed and knobs
//! from the fuzzer), then statement deletions chosen by the fuzzer (most
//! results still compile), checked and run under small limits. Random bytes
//! rarely get past the parser; these reach the checker and the VM.
#![no_main]
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    seed: u64,
    funcs: u8,
    budget: u8,
    /// Line numbers (mod the line count) of statements to delete.
    deletions: Vec<u16>,
}

fuzz_target!(|input: Input| {
    let max_funcs = 1 + (input.funcs % 6) as usize;
    let params = matrix::Params {
        min_funcs: 1,
        max_funcs,
        call_budget: 1 + (input.budget % 60) as u64,
        exclude: Vec::new(),
    };
    let src = matrix::generate_with(input.seed, &params);
    let (comment, body) = matrix::split_header(&src);
    let mut lines: Vec<&str> = body.lines().collect();
    for d in input.deletions.iter().take(8) {
        if lines.is_empty() {
            break;
        }
        let i = *d as usize % lines.len();
        if let Some(end) = matrix::reduce::statement_end(&lines, i) {
            if !lines[i].trim_start().starts_with('}') {
                lines.drain(i..=end);
            }
        }
    }
    let mut body = lines.join("\n");
    body.push('\n');
    let src = matrix::gen::assemble(&comment, &body);
    let Ok(prog) = compiler::compile("prog.go", &src) else { return };
    let opts = runtime::Options { max_steps: 50_000, max_stack: 1 << 20, args: vec!["prog.go".into()], ..Default::default() };
    let _ = runtime::run(&prog, opts, Box::new(std::io::sink()), Box::new(std::io::sink()));
});
