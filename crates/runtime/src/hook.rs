//! Inspection hooks: the runtime reports its events to an optional [`Hook`]
//! (the `trace` and `debug` commands and the unwind report live in the
//! `debug` crate and implement it).
//!
//! Cost when off: every event site is `if self.hook.is_some() { self.emit(..) }`,
//! a predictable branch on a field; `emit` is `#[cold]` and out of line. The
//! dispatch loop is compiled twice (`exec_loop::<STEP>`): only the `STEP`
//! copy calls [`Hook::step`] before each instruction, and it runs only while
//! [`Vm::step_hook`] is set, that is while a hook asks for single steps
//! (`Hook::wants_step`: a breakpoint is set or the debugger is stepping).
//! Measured with cachegrind (fib(22), 20k defers): the instruction counts of
//! `gostack run` with these hooks are within 1% of those without them.
//!
//! A hook sees the machine read-only (`&Vm`): it may render frames, chains
//! and registers, or run a whole debugger command loop inside the call, but
//! it cannot change the program's state. When [`Hook::step`] is called, the
//! top frame's saved `pc` is the instruction about to execute; at events it
//! is the pc after the instruction that caused them (the return address
//! convention of every other frame).

use crate::proc::{DeferFn, DeferredCall, RetTo};
use crate::vm::{Flow, Vm};

/// What the VM does after a hook returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Continue,
    /// End the program with this status (the debugger's `quit`). Returned
    /// from `event`, it takes effect at the next instruction boundary.
    Exit(i32),
}

/// Who runs a deferred call (Go: `deferreturn`, `gopanic`, `Goexit`), by
/// the id of the `Panic` record for the last two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunBy {
    DeferReturn,
    Panic(u64),
    Goexit(u64),
}

/// A runtime event. Frame numbers index `G::frames` (0 = outermost).
pub enum Event<'a> {
    /// A frame was pushed; it is `frames[frame]` (the top).
    Call { frame: usize },
    /// copystack (contiguous stacks) moved the stack to a larger range
    /// (`segs[0]`), adjusting every saved sp/fp, for the frame being pushed.
    Copystack,
    /// morestack linked segment `seg` for the frame about to be pushed.
    Morestack { seg: usize },
    /// A frame returned (already popped); `unlinked` segments were released
    /// as control crossed back over a segment boundary.
    Return { func: u32, sp: u64, fp: u64, ret: RetTo, unlinked: usize },
    /// A defer statement registered a call for frame `frame`: the open-coded
    /// slot `slot`, or the newest `_defer` record (`G::defers.last()`).
    DeferPushed { frame: usize, slot: Option<usize> },
    /// A deferred call of frame `frame` is about to start (`native`: it is
    /// a native call that completes at once).
    DeferCall { by: RunBy, frame: usize, call: &'a DeferredCall, native: bool },
    /// gopanic: the panic with this id is now the head of `G::panics`.
    Panic { id: u64 },
    /// Goexit started (its record is the head of `G::panics`).
    Goexit { id: u64 },
    /// The panic (or Goexit) `id` ran out of deferred calls in frame `from`
    /// and moved on to frame `to`.
    Unwind { id: u64, from: usize, to: usize },
    /// The top frame executed `recover()`; it returned the panic value iff
    /// `accepted`.
    Recover { accepted: bool },
    /// recovery: the stack was cut back to `frame`, which resumes at `pc`
    /// (its deferreturn site).
    Recovery { id: u64, frame: usize, pc: u32 },
    /// An unrecovered panic is about to be printed (fatalpanic).
    FatalPanic,
    /// A fatal error (`fatal error: msg`): a throw, stack overflow, deadlock.
    Fatal { msg: &'a str },
    /// newproc created this goroutine (its entry frame is pushed; a native
    /// entry function already ran and left no frame).
    GoCreate { parent_goid: u64 },
    /// The scheduler resumed this goroutine.
    GoResume,
    /// The goroutine left the loop: yielded, blocked (see `G::waitreason`),
    /// died, or ended the program.
    GoStop { flow: &'a Flow },
}

/// An observer of the VM. All methods have no-op defaults.
pub trait Hook {
    fn event(&mut self, _vm: &Vm, _gi: usize, _ev: &Event) -> Control {
        Control::Continue
    }
    /// Called before each instruction while [`Vm::step_hook`] is set.
    fn step(&mut self, _vm: &Vm, _gi: usize) -> Control {
        Control::Continue
    }
    /// Whether `step` should be called before each instruction (asked after
    /// every call into the hook).
    fn wants_step(&self) -> bool {
        false
    }
    /// The program ended with `code`.
    fn finish(&mut self, _vm: &Vm, _code: i32) {}
}

impl<'p> Vm<'p> {
    /// Installs `hook` (replacing any other).
    pub fn set_hook(&mut self, hook: Box<dyn Hook + 'p>) {
        self.step_hook = hook.wants_step();
        self.hook = Some(hook);
    }

    /// Reports `ev` on goroutine `gi` to the hook. Callers test
    /// `self.hook.is_some()` first so that the off path is one branch.
    #[cold]
    #[inline(never)]
    pub fn emit(&mut self, gi: usize, ev: Event) {
        let Some(mut h) = self.hook.take() else { return };
        // The program's buffered output goes first, so that it interleaves
        // with what the hook prints.
        if !self.out.is_empty() {
            self.flush();
        }
        let c = h.event(self, gi, &ev);
        self.step_hook = h.wants_step();
        if let Control::Exit(code) = c {
            self.hook_exit = Some(code);
            self.step_hook = true;
        }
        self.hook = Some(h);
    }

    /// The per-instruction hook; `Some(status)` ends the program.
    #[cold]
    #[inline(never)]
    pub fn hook_step(&mut self, gi: usize) -> Option<i32> {
        if let Some(code) = self.hook_exit {
            return Some(code);
        }
        let mut h = self.hook.take()?;
        if !self.out.is_empty() {
            self.flush();
        }
        let c = h.step(self, gi);
        self.step_hook = h.wants_step();
        self.hook = Some(h);
        match c {
            Control::Exit(code) => Some(code),
            Control::Continue => None,
        }
    }

    /// Reports a deferred call about to run for `ret` (see `run_deferred`).
    #[cold]
    #[inline(never)]
    pub fn emit_defer_call(&mut self, gi: usize, call: &DeferredCall, ret: RetTo) {
        let g = &self.gs[gi];
        let (by, frame) = match ret {
            RetTo::Panic(id) => match g.panics.iter().rev().find(|p| p.id == id) {
                Some(p) if p.goexit => (RunBy::Goexit(id), p.frame),
                Some(p) => (RunBy::Panic(id), p.frame),
                None => (RunBy::Panic(id), g.frames.len().saturating_sub(1)),
            },
            _ => (RunBy::DeferReturn, g.frames.len().saturating_sub(1)),
        };
        let native = match &call.func {
            DeferFn::Closure(c) => c.native.is_some(),
            DeferFn::Native(_) => true,
            DeferFn::Nil => false,
        };
        self.emit(gi, Event::DeferCall { by, frame, call, native });
    }

    /// Tells the hook that the program ended, and removes it.
    pub fn finish_hook(&mut self, code: i32) {
        if let Some(mut h) = self.hook.take() {
            self.flush();
            h.finish(self, code);
        }
    }
}
