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

/// One activation record.
#[derive(Debug)]
pub struct Frame {
    pub func: u32,
    /// Next instruction (saved while the frame is not on top).
    pub pc: u32,
    /// Segment holding the slots, and index of slot 0 in it.
    pub seg: u32,
    pub base: u32,
    /// Virtual stack pointer and frame pointer (addresses; sp < fp).
    pub sp: u64,
    pub fp: u64,
    pub closure: Option<Rc<Closure>>,
    pub ret: RetTo,
    /// Open-coded defers: Go's `deferBits` byte and the closure slots.
    pub defer_bits: u8,
    pub open_slots: Vec<Option<DeferredCall>>,
    /// True once `Return` started (deferreturn in progress).
    pub returning: bool,
    /// After a recovery into this frame: the pc of the call that panicked
    /// (where Go's traceback still places a frame with open-coded defers).
    pub recovered_at: Option<u32>,
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
    pub frame: usize,
    pub sp: u64,
    /// The function index (not a pc) of the deferred call run last, which
    /// the debugger's `panics` view shows.
    ///
    /// Note: Go's `retpc` is the pc that call returns to in deferreturn;
    /// gostack resumes by frame (`recovery`) and never needs that pc, so
    /// only the name is Go's.
    pub retpc: u32,
    /// Index of the frame of the deferred call now running.
    pub call_frame: usize,
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
    /// An empty, dead G (a stand-in while a slot is being reused).
    pub fn placeholder() -> G {
        G {
            goid: 0,
            status: Gstatus::Dead,
            stack: crate::stack::Stack::new(0, 0),
            frames: Vec::new(),
            defers: Vec::new(),
            panics: Vec::new(),
            waitreason: "",
            parent_goid: 0,
            created_by: None,
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
