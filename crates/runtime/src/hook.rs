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

/// A [`Hook::step_marks`] byte: call `Hook::step` before this instruction.
pub const MARK_STEP: u8 = 1;
/// A [`Hook::step_marks`] byte: this instruction sets [`Vm::step_dirty`].
pub const MARK_DIRTY: u8 = 2;

/// What [`Hook::step_quick`] sees: the running frame as the dispatch
/// loop holds it.
pub struct QuickStep<'a> {
    /// The goroutine, its number of frames and its top frame (whose `pc`
    /// field is stale: `pc` is the instruction about to run).
    pub gi: usize,
    pub depth: usize,
    pub frame: &'a crate::proc::Frame,
    /// Whether the frame's function has open-coded defer slots.
    pub open_defers: bool,
    pub pc: u32,
    /// [`Vm::step_prev`] and [`Vm::step_dirty`] as `step` would see them.
    pub prev: u32,
    pub dirty: bool,
    /// The frame's registers: `regs[r]` is register `r`.
    pub regs: &'a [crate::value::Value],
}

/// What the VM does after a hook returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Continue,
    /// End the program with this status (the debugger's `quit`). Returned
    /// from `event`, it takes effect at the next instruction boundary.
    Exit(i32),
    /// Apply the hook's edits now and call it again at the same point
    /// (the debugger shows the state after a `set` before the program
    /// moves on).
    Again,
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
    /// as control crossed back over a segment boundary. `results` are the
    /// values it returns (after its deferred calls ran), about to be
    /// delivered to its caller.
    Return { func: u32, sp: u64, fp: u64, ret: RetTo, unlinked: usize, results: &'a [crate::value::Value] },
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
    /// Where `step` is called while `wants_step`: for each function, one
    /// byte per pc, [`MARK_STEP`] to call `step` before that instruction,
    /// [`MARK_DIRTY`] to set [`Vm::step_dirty`] when it runs (the recorder
    /// calls `step` at statement starts only, and learns from the flag
    /// whether anything but registers may have changed in between). None,
    /// the default: before every instruction (the debugger). Asked once,
    /// when the hook is installed.
    fn step_marks(&self, _prog: &bytecode::Program) -> Option<Vec<Box<[u8]>>> {
        None
    }
    /// The short way of a [`Hook::step`] at a [`MARK_STEP`] instruction,
    /// tried first: the VM has not saved the running frame (its `pc` field
    /// and the registers in the stack are stale), so the hook sees only
    /// what `q` gives. True: the hook is done with this instruction (it
    /// took its step, or there was none to take), the program goes on at
    /// once with no `step` call, no edits and no change of `wants_step`;
    /// false, the default: the VM saves its state and calls `step`. The
    /// recorder answers true for the commonest statement step of a loop
    /// (docs/performance.md, "Recording for the classroom view").
    fn step_quick(&mut self, _q: &QuickStep) -> bool {
        false
    }
    /// The program called runtime.Breakpoint. A debugger stops there and
    /// answers `Some` (the program then goes on, or ends with `Exit`);
    /// `None`, the default, means no debugger is attached and the program
    /// dies of SIGTRAP as Go's does.
    fn breakpoint(&mut self, _vm: &Vm, _gi: usize) -> Option<Control> {
        None
    }
    /// The program ended with `code`.
    fn finish(&mut self, _vm: &Vm, _code: i32) {}
    /// Changes to the program's state the hook asks for (the debugger's
    /// `set`), applied by the VM right after the hook call returns: a hook
    /// never writes the machine itself.
    fn take_edits(&mut self) -> Vec<Edit> {
        Vec::new()
    }
}

/// Where an [`Edit`] stores its value.
#[derive(Clone, Debug)]
pub enum Place {
    /// A variable of frame `fi` of goroutine `gi` (through its cell when
    /// `boxed`).
    Var { gi: usize, fi: usize, loc: bytecode::VarLoc, boxed: bool },
    /// A package-level variable.
    Global(u32),
    /// What a pointer value points at (a field, an element, a cell).
    Pointee(crate::value::Value),
    /// Map `map`'s element under `key`.
    MapElem { map: crate::value::Value, key: crate::value::Value },
}

/// A store asked for by a hook: `place = value`.
#[derive(Clone, Debug)]
pub struct Edit {
    pub place: Place,
    pub value: crate::value::Value,
}

impl<'p> Vm<'p> {
    /// Installs `hook` (replacing any other).
    pub fn set_hook(&mut self, hook: Box<dyn Hook + 'p>) {
        self.step_hook = hook.wants_step();
        self.step_marks = hook.step_marks(self.prog).unwrap_or_default();
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
        let mut c = h.event(self, gi, &ev);
        loop {
            for e in h.take_edits() {
                self.apply_edit(e);
            }
            if c != Control::Again {
                break;
            }
            c = h.event(self, gi, &ev);
        }
        self.step_hook = h.wants_step();
        if let Control::Exit(code) = c {
            self.hook_exit = Some(code);
            self.step_hook = true;
            // The exit is taken before the next instruction, marked or not.
            self.step_marks = Vec::new();
        }
        self.hook = Some(h);
    }

    /// Asks the hook whether a debugger takes runtime.Breakpoint (see
    /// [`Hook::breakpoint`]); None without a hook or a debugger.
    pub fn hook_breakpoint(&mut self, gi: usize) -> Option<Control> {
        let mut h = self.hook.take()?;
        if !self.out.is_empty() {
            self.flush();
        }
        let mut c = h.breakpoint(self, gi);
        while c.is_some() {
            for e in h.take_edits() {
                self.apply_edit(e);
            }
            if c != Some(Control::Again) {
                break;
            }
            c = h.breakpoint(self, gi);
        }
        self.step_hook = h.wants_step();
        if let Some(Control::Exit(code)) = c {
            self.hook_exit = Some(code);
            self.step_hook = true;
            // The exit is taken before the next instruction, marked or not.
            self.step_marks = Vec::new();
        }
        self.hook = Some(h);
        c
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
        let mut c = h.step(self, gi);
        self.step_dirty = false;
        loop {
            for e in h.take_edits() {
                self.apply_edit(e);
            }
            if c != Control::Again {
                break;
            }
            c = h.step(self, gi);
        }
        self.step_hook = h.wants_step();
        self.hook = Some(h);
        match c {
            Control::Exit(code) => Some(code),
            Control::Continue | Control::Again => None,
        }
    }

    /// Reports a deferred call about to run for `ret` (see `run_deferred`).
    #[cold]
    #[inline(never)]
    pub fn emit_defer_call(&mut self, gi: usize, call: &DeferredCall, ret: RetTo) {
        let g = &self.gs[gi];
        let (by, frame) = match ret {
            RetTo::Panic(id) => match g.panics.iter().rev().find(|p| p.id == id) {
                Some(p) if p.goexit => (RunBy::Goexit(id), p.frame as usize),
                Some(p) => (RunBy::Panic(id), p.frame as usize),
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

    /// Stores an edit's value (the debugger's `set`). Aggregates are
    /// copied, as an assignment copies them.
    pub fn apply_edit(&mut self, e: Edit) {
        let v = e.value.copy_val();
        match e.place {
            Place::Var { gi, fi, loc, boxed } => {
                let Some(g) = self.gs.get_mut(gi) else { return };
                let Some(f) = g.frames.get(fi) else { return };
                let target = match loc {
                    bytecode::VarLoc::Slot(s) => {
                        g.stack.segs.get_mut(f.seg as usize).and_then(|seg| seg.slots.get_mut(f.base as usize + s as usize))
                    }
                    bytecode::VarLoc::Capture(i) => {
                        // A captured variable is written through its cell
                        // (a capture by value cannot change: Go copies it).
                        if let Some(crate::value::Value::Cell(c)) = f.closure.as_ref().and_then(|c| c.caps.get(i as usize)) {
                            *c.borrow_mut() = v;
                        }
                        return;
                    }
                };
                if let Some(slot) = target {
                    match slot {
                        crate::value::Value::Cell(c) if boxed => *c.borrow_mut() = v,
                        slot => *slot = v,
                    }
                }
            }
            Place::Global(g) => {
                if let Some(slot) = self.globals.get_mut(g as usize) {
                    *slot = v;
                }
            }
            Place::Pointee(p) => {
                let _ = self.store_ptr(&p, v);
            }
            Place::MapElem { map, key } => {
                if let crate::value::Value::Map(m) = map {
                    m.borrow_mut().insert_key(key, v);
                }
            }
        }
    }

    /// Tells the hook that the program ended, and removes it.
    pub fn finish_hook(&mut self, code: i32) {
        if let Some(mut h) = self.hook.take() {
            self.flush();
            h.finish(self, code);
        }
    }
}
