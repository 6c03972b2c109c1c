//! The gostack virtual machine: goroutines with segmented stacks and
//! explicit sp/pc/fp, the `_defer` and `_panic` chains, the scheduler, and
//! the standard library subset implemented natively.
//!
//! Vocabulary follows the Go runtime (runtime2.go, panic.go, stack.go,
//! traceback.go): `G`, `Frame`, `Defer`, `Panic`, `gopanic`, `gorecover`,
//! `deferreturn`, `goexit`, `morestack`.

// Docs use Go's index notation (`m[k] = v`), not rustdoc links.
#![allow(rustdoc::broken_intra_doc_links)]

pub mod chan;
pub mod exec;
pub mod fmt;
pub mod gc;
pub mod heap;
pub mod hook;
pub mod hoststack;
pub mod inspect;
pub mod intloop;
mod intops;
pub mod layout;
pub mod natives;
pub mod panic;
pub mod proc;
pub mod rterr;
pub mod stack;
pub mod timer;
pub mod traceback;
pub mod value;
pub mod vm;

pub use vm::{Mount, Options, Vm};

/// Runs a compiled program, writing to the given streams; returns the exit status.
pub fn run(
    prog: &bytecode::Program,
    opts: Options,
    stdout: Box<dyn std::io::Write + '_>,
    stderr: Box<dyn std::io::Write + '_>,
) -> Result<i32, String> {
    let fast_exit = opts.fast_exit;
    let mut vm = Vm::new(prog, opts, stdout, stderr)?;
    let code = vm.run_main();
    vm.flush();
    if fast_exit {
        std::mem::forget(vm);
    }
    Ok(code)
}
