//! Inspection over the runtime's [`runtime::hook::Hook`] trait: the
//! event tracer (`gostack trace`), the step debugger (`gostack debug`) and
//! the unwind report (`gostack run --unwind-report`), plus the views of
//! frames, the `_defer` and `_panic` chains, segments and registers they
//! share, and the narration of events in plain English (`narrate`) that
//! the teaching trace (`gostack trace --plain`, `plain`) and the classroom
//! view use.
//!
//! ```no_run
//! # fn demo(prog: &bytecode::Program) -> Result<i32, String> {
//! use debug::trace::{Format, TraceHook, DEFAULT_GROUPS};
//! let hook = TraceHook::new(DEFAULT_GROUPS.to_vec(), Format::Text, Box::new(std::io::stderr()));
//! let code = debug::run_with_hook(prog, runtime::Options::default(), Box::new(std::io::stdout()), Box::new(std::io::stderr()), Box::new(hook))?;
//! # Ok(code) }
//! ```

pub mod debugger;
pub mod eval;
pub mod events;
pub mod narrate;
pub mod plain;
pub mod record;
pub mod render;
pub mod trace;
pub mod unwind;

use std::io::Write;

use runtime::hook::Hook;

/// Runs a compiled program with `hook` installed; returns the exit status.
/// The hook's `finish` runs after the program ends.
pub fn run_with_hook<'p>(
    prog: &'p bytecode::Program,
    opts: runtime::Options,
    stdout: Box<dyn Write + 'p>,
    stderr: Box<dyn Write + 'p>,
    hook: Box<dyn Hook + 'p>,
) -> Result<i32, String> {
    let mut vm = runtime::Vm::new(prog, opts, stdout, stderr)?;
    vm.set_hook(hook);
    let code = vm.run_main();
    vm.finish_hook(code);
    Ok(code)
}
