//! The gostack driver: wires the pipeline stages together for the binary
//! (source → tokens → AST → checked program → bytecode → VM).

pub mod debug_cmd;
pub mod gotest;
pub mod inproc;
pub mod load;
pub mod mount;
pub mod parse_cmd;
pub mod run_cmd;
pub mod serve_cmd;
pub mod show_cmd;
pub mod trace_cmd;

/// Counts every byte the process allocates, so the runtime can enforce
/// `--max-heap` (the runtime reads it through `Options::heap_in_use`). The
/// cap itself is left unlimited: the VM refuses requests that would pass the
/// limit before making them, with Go's out-of-memory errors.
#[global_allocator]
static ALLOCATOR: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

/// Bytes allocated by the process right now.
pub fn heap_in_use() -> usize {
    ALLOCATOR.allocated()
}
