//! Goroutines (`g`), their frames, and the `_defer` and `_panic` records
//! (runtime/runtime2.go).
//!
//! ```text
//!  virtual addresses (grow down, as on amd64)
//!
//!  segment 0  hi ┌──────────────────┐ ← fp of main.main
//!                │ main.main frame  │
//!                ├──────────────────┤ ← sp of main.main = fp of f
//!                │ main.f frame     │
//!                ├──────────────────┤ ← sp of f
//!                │ ... free ...     │
//!  lo+guard ─ ─ ─│─ ─ stackguard ─ ─│
//!             lo └──────────────────┘
//!  segment 1  (linked by morestack when a frame doesn't fit above the guard)
//! ```
//!
//! A frame's slots (`R[0..nslots]`) are the values the bytecode works on;
//! they live in the segment's slot vector starting at `base`. The frame's
//! virtual size (`FuncProto::frame_size`) decides `sp`, and so when a new
//! segment is needed.

use std::rc::Rc;

use crate::value::{Closure, Value};

/// Go's `_Grunnable`, `_Grunning`, `_Gwaiting`, `_Gdead`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gstatus {
    Runnable,
    Running,
    Waiting,
    Dead,
}

/// Where a returning frame's results go, and who resumes after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetTo {
    /// An ordinary call: results are copied to the caller's `R[base..]`.
    Caller { base: u16 },
    /// A deferred call run by `deferreturn` of the frame below.
    DeferReturn,
    /// A deferred call run by the panic (or Goexit) with this id.
    Panic(u64),
    /// The goroutine's entry function: returning ends the goroutine (goexit).
    Goexit,
    /// A call made by Rust code (a native calling a method); the loop stops
    /// when this frame returns.
    Native,
    /// reflect.callReflect run for a MakeFunc func value called ordinarily:
    /// its one result, a []any of boxes, goes to the caller's `R[base..]`
    /// one value each (the results of the function MakeFunc made).
    Spread { base: u16 },
    /// The same for a MakeFunc func value called by Rust code.
    NativeSpread,
}

/// A deferred call with its arguments already evaluated (Go binds them at
/// the defer statement; `normalizeGoDeferCall`).
#[derive(Clone, Debug)]
pub struct DeferredCall {
    pub func: DeferFn,
    pub args: Vec<Value>,
}

#[derive(Clone, Debug)]
pub enum DeferFn {
    Closure(Rc<Closure>),
    /// A nil func value: calling it panics when the deferred call runs.
    Nil,
    Native(u16),
}

/// One activation record: 56 bytes (a recursion keeps millions of them;
/// see the size test below).
#[derive(Debug)]
pub struct Frame {
    pub func: u32,
    /// Next instruction (saved while the frame is not on top).
    pub pc: u32,
    /// Index of slot 0 in the segment's slot vector.
    pub base: u32,
    /// Segment holding the slots (a stack has a few dozen segments at
    /// most: they double in size; `Stack::morestack` refuses past
    /// `u16::MAX`).
    pub seg: u16,
    /// Open-coded defers: Go's `deferBits` byte.
    pub defer_bits: u8,
    /// True once `Return` started (deferreturn in progress).
    pub returning: bool,
    /// Virtual stack pointer (an address); the frame pointer is
    /// `fp()`, `sp` + the function's frame size.
    pub sp: u64,
    pub closure: Option<Rc<Closure>>,
    pub ret: RetTo,
    /// Index in `G::open_slots` of this frame's first open-coded defer
    /// slot (Go's closure slots below `varp`); it has
    /// `FuncProto::open_defers` of them. Kept beside the frames rather
    /// than in a vector of its own, so a frame with open-coded defers costs
    /// no allocation (a frame that never returns, as in a recursion through
    /// deferred calls, kept one each).
    pub open: u32,
    /// After a recovery into this frame: the pc of the call that panicked
    /// (where Go's traceback still places a frame with open-coded defers);
    /// `NO_PC` before.
    recovered_pc: u32,
}

/// `Frame::recovered_pc` of a frame no recovery resumed.
const NO_PC: u32 = u32::MAX;

impl Frame {
    /// A frame of function `func` whose open-coded defer slots (if it has
    /// any) start at `open` in `G::open_slots`, just pushed (pc 0, no
    /// deferred call recorded yet).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub fn new(func: u32, seg: usize, base: usize, sp: u64, closure: Option<Rc<Closure>>, ret: RetTo, open: usize) -> Frame {
        Frame {
            func,
            pc: 0,
            base: base as u32,
            seg: seg as u16,
            defer_bits: 0,
            returning: false,
            sp,
            closure,
            ret,
            open: open as u32,
            recovered_pc: NO_PC,
        }
    }

    /// The frame pointer: the caller's sp (or, for a deferred call a panic
    /// runs, gopanic's sp), `FuncProto::frame_size` above `sp`.
    #[inline]
    pub fn fp(&self, prog: &bytecode::Program) -> u64 {
        self.sp + prog.funcs[self.func as usize].frame_size as u64
    }

    /// After a recovery into this frame: the pc of the call that panicked.
    pub fn recovered_at(&self) -> Option<u32> {
        (self.recovered_pc != NO_PC).then_some(self.recovered_pc)
    }

    /// Records the recovery into this frame at the call before `pc`.
    pub fn set_recovered_at(&mut self, pc: u32) {
        self.recovered_pc = pc.min(NO_PC - 1);
    }
}

/// Go's `_defer`: a linked (stack- or heap-allocated) defer record.
#[derive(Debug)]
pub struct Defer {
    /// `heap`: allocated by deferproc (defer in a loop) rather than on the stack.
    pub heap: bool,
    /// sp of the deferring frame: the record belongs to the frame with this sp.
    pub sp: u64,
    /// pc after the defer statement in the deferring function.
    pub pc: u32,
    pub call: DeferredCall,
}

/// Go's `_panic`, also used for Goexit (`goexit` set).
#[derive(Debug)]
pub struct Panic {
    pub id: u64,
    pub arg: Value,
    /// Index of the frame that called panic/Goexit (Go: startSP identifies
    /// the gopanic frame just above it).
    pub start_frame: usize,
    pub start_sp: u64,
    /// The frame whose deferred calls are being run (Go: `sp`, `fp`, `pc`).
    /// Frame indices here are 32 bits, so that the record is 96 bytes: a
    /// recursion through deferred calls keeps one a level.
    pub frame: u32,
    pub sp: u64,
    /// The function index (not a pc) of the deferred call run last, which
    /// the debugger's `panics` view shows.
    ///
    /// Note: Go's `retpc` is the pc that call returns to in deferreturn;
    /// gostack resumes by frame (`recovery`) and never needs that pc, so
    /// only the name is Go's.
    pub retpc: u32,
    /// Index of the frame of the deferred call now running (`NO_FRAME`
    /// before the first).
    pub call_frame: u32,
    pub recovered: bool,
    pub repanicked: bool,
    pub goexit: bool,
    /// Go frames of the native that raised this panic, printed above
    /// `start_frame` (e.g. `sync.(*WaitGroup).Add` for a negative counter).
    pub native_frames: &'static [&'static str],
    /// Raised by gopanic itself while running the previous panic's
    /// deferred calls (a nil deferred func): a traceback shows that
    /// gopanic frame too.
    pub in_gopanic: bool,
}

/// `Panic::call_frame` before the panic ran a deferred call.
pub const NO_FRAME: u32 = u32::MAX;

/// Where a `go` statement started a goroutine (traceback's `created by`).
#[derive(Clone, Debug)]
pub struct Creator {
    /// The function containing the go statement, and its name.
    pub func: u32,
    pub name: Rc<str>,
    pub line: u32,
    /// The pc after the go statement.
    pub pc: u32,
}

/// Go's `g`.
#[derive(Debug)]
pub struct G {
    pub goid: u64,
    pub status: Gstatus,
    pub stack: crate::stack::Stack,
    pub frames: Vec<Frame>,
    /// The `_defer` chain, oldest first (so the head is `last()`).
    pub defers: Vec<Defer>,
    /// The `_panic` chain, oldest first.
    pub panics: Vec<Panic>,
    /// The open-coded defer slots of every frame that has them, in frame
    /// order (`Frame::open`); frames that leave take theirs along
    /// (`truncate_open_slots`).
    pub open_slots: Vec<Option<DeferredCall>>,
    pub waitreason: &'static str,
    /// Creator: function name and line of the `go` statement.
    pub parent_goid: u64,
    pub created_by: Option<Creator>,
    /// Virtual time to wake at (time.Sleep; its timer in `Vm::timers`
    /// wakes it).
    pub wake_at: u64,
    /// Readied by `closechan` while parked in a send (or a select's send
    /// case): it panics with "send on closed channel" when it resumes (Go:
    /// `gp.param == nil`, `sg.success` false).
    pub closed_wake: bool,
    /// Readied by a sync.Mutex or RWMutex unlock: a Lock that fails again
    /// queues at the front (Go's `queueLifo` for a waiter that already
    /// waited).
    pub sema_retry: bool,
    /// The sync.Cond ticket this goroutine waits for (notifyList).
    pub sema_ticket: u32,
    /// Generation of the select it parked in last (its sudogs carry it),
    /// and whether a partner took one of that select's cases (Go's
    /// `g.selectDone`): its other sudogs are stale (`chan::Sudog::live`).
    pub sel_gen: u64,
    pub sel_done: bool,
    /// In runtime.GC, back from the park that stands for Go's
    /// gcWaitOnMark: the retried call collects.
    pub gc_waited: bool,
    /// time.Sleep's argument while it sleeps (a traceback prints it, as
    /// Go's shows the live argument of Sleep's frame).
    pub sleep_for: u64,
}

impl G {
    /// The open-coded defer slots of frame `fi` (`n` = its function's
    /// `open_defers`).
    pub fn frame_open_slots(&self, fi: usize, n: usize) -> &[Option<DeferredCall>] {
        let start = self.frames[fi].open as usize;
        self.open_slots.get(start..(start + n).min(self.open_slots.len())).unwrap_or(&[])
    }

    /// Drops the open-coded defer slots from `open` up: those of a frame
    /// just popped whose `Frame::open` it was, and of any frame above it.
    #[inline(always)]
    pub fn release_open_slots(&mut self, open: u32) {
        if self.open_slots.len() > open as usize {
            self.open_slots.truncate(open as usize);
        }
    }

    /// Room for `n` open-coded defer slots of a frame being pushed: where
    /// they start (its `Frame::open`).
    #[inline(always)]
    pub fn push_open_slots(&mut self, n: usize) -> usize {
        let at = self.open_slots.len();
        if n != 0 {
            self.open_slots.resize_with(at + n, || None);
        }
        at
    }

    /// Drops the open-coded defer slots of frames from index `fi` up (they
    /// have left, or are about to): what the frame below them pushed
    /// stays.
    #[inline(always)]
    pub fn truncate_open_slots(&mut self, fi: usize) {
        if let Some(f) = self.frames.get(fi) {
            let open = f.open as usize;
            if self.open_slots.len() > open {
                self.open_slots.truncate(open);
            }
        }
    }

    /// A fresh runnable G for goroutine `goid` on `stack` (newproc when no
    /// freed G can be reused).
    pub fn new(goid: u64, stack: crate::stack::Stack, parent_goid: u64, created_by: Option<Creator>) -> G {
        G {
            goid,
            status: Gstatus::Runnable,
            stack,
            frames: Vec::with_capacity(4),
            defers: Vec::new(),
            panics: Vec::new(),
            open_slots: Vec::new(),
            waitreason: "",
            parent_goid,
            created_by,
            wake_at: 0,
            closed_wake: false,
            sema_retry: false,
            sema_ticket: 0,
            sel_gen: 0,
            sel_done: false,
            gc_waited: false,
            sleep_for: 0,
        }
    }
}

#[cfg(test)]
mod tests {
    /// A recursion through deferred calls keeps two frames and a panic
    /// record a level (docs/reliability.md): their sizes are its cost.
    #[test]
    fn frame_and_panic_sizes() {
        assert_eq!(std::mem::size_of::<super::Frame>(), 56);
        assert_eq!(std::mem::size_of::<super::Panic>(), 96);
    }
}
