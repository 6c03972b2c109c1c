//! The `gostack` command line's subcommands: argument parsing and printing
//! around the embedding facade (the `gostack` crate) and the inspection
//! crates (`debug`, `show`, `serve`, `golden`).

// The argument structs' doc comments are clap's --help text, written for
// the terminal (`os.Args[1:]`), not rustdoc links.
#![allow(rustdoc::broken_intra_doc_links)]

pub mod debug_cmd;
pub mod gotest;
pub mod mount;
pub mod parse_cmd;
pub mod run_cmd;
pub mod serve_cmd;
pub mod show_cmd;
pub mod test2json;
pub mod trace_cmd;

pub use gostack::load;

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
