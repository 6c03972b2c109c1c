//! The host stack that gostack's recursive walks over guest values may use.
//!
//! Printing, comparing and hashing a value recurse on the Rust stack as Go's
//! printValue, efaceeq and typehash recurse on the goroutine's. A value can
//! nest without bound (a slice that holds itself, `x = []any{x}` in a loop),
//! and Go ends such a walk with `fatal error: stack overflow`. Here each walk
//! asks [`exhausted`] at every level: past the budget it stops, and its
//! caller ends the program with Go's fatal error instead of overflowing the
//! host's stack (an abort no Go program can cause).

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes of host stack a walk may use below the shallowest point any walk
/// of this thread started at. The default fits the 8 MiB main thread; the
/// CLI, which runs programs on a thread with a 1 GiB stack, raises it.
static BUDGET: AtomicUsize = AtomicUsize::new(4 << 20);

thread_local! {
    /// The highest (shallowest) stack address seen by [`exhausted`].
    static BASE: Cell<usize> = const { Cell::new(0) };
    /// Set when a walk stopped for lack of stack; taken by its caller.
    static OVERFLOWED: Cell<bool> = const { Cell::new(false) };
}

/// Sets the budget (for a thread whose stack is known to be larger).
pub fn set_budget(bytes: usize) {
    BUDGET.store(bytes, Ordering::Relaxed);
}

/// Whether the current walk has used up its host stack; if so, the
/// overflow is remembered for [`take_overflow`].
#[inline]
pub fn exhausted() -> bool {
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    let base = BASE.with(|b| {
        if here > b.get() {
            b.set(here);
        }
        b.get()
    });
    if base - here > BUDGET.load(Ordering::Relaxed) {
        OVERFLOWED.with(|o| o.set(true));
        return true;
    }
    false
}

/// Whether a walk stopped for lack of stack since the last call (and
/// clears it).
pub fn take_overflow() -> bool {
    OVERFLOWED.with(|o| o.replace(false))
}
