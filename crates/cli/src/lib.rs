//! The gostack driver: wires the pipeline stages together for the binary
//! (source → tokens → AST → checked program → bytecode → VM).

pub mod debug_cmd;
pub mod parse_cmd;
pub mod run_cmd;
pub mod trace_cmd;
