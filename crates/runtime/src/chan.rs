//! Channels (runtime/chan.go's `hchan`) and select (runtime/select.go), for
//! a single-threaded scheduler with wait queues.
//!
//! A goroutine that cannot proceed parks (Go's `gopark`): it puts a
//! [`Sudog`] in the channel's `recvq` or `sendq` and leaves the dispatch
//! loop with its pc still on the blocking instruction. It is never polled.
//! The partner that later meets it completes its operation, as Go's
//! `send`/`recv` do through `sg.elem`: a value handed to a parked receiver
//! is written straight into its destination register (and its `ok` flag),
//! a parked sender's value is taken from its sudog, a parked select gets the
//! index of the case taken; then the partner moves the parked goroutine's pc
//! past the instruction and readies it (`goready`, which makes it
//! `runnext`). The woken goroutine resumes after the instruction; it does
//! not run it again.
//!
//! A select that parks puts one sudog per case on the cases' queues, all
//! marked with the select's generation (`G::sel_gen`); the first partner to
//! dequeue one claims the select (`G::sel_done`, Go's `g.selectDone`) and
//! decides which case it took, and the select's other sudogs become stale. Go unlinks them when the select resumes (its queues
//! are doubly linked); here they stay where they are, are skipped by the
//! partners that dequeue them, and are dropped when a queue compacts
//! (`WaitQ::enqueue`, amortised O(1)), so every channel operation stays O(1)
//! however many goroutines wait.
//!
//! `closechan` completes every parked receiver (the zero value, `ok` false)
//! and readies every parked sender with `G::closed_wake` set: the sender
//! then panics with "send on closed channel" at its send, as chansend does
//! when a close wakes it.

use std::collections::VecDeque;
use std::rc::Rc;

use crate::proc::{Gstatus, G};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Debug, Default)]
pub struct Chan {
    /// Virtual address of the `hchan` (`crate::heap::vaddr`).
    pub addr: u64,
    pub cap: usize,
    pub buf: VecDeque<Value>,
    /// Goroutines parked receiving (or in a select with a receive case on
    /// this channel), oldest first.
    pub recvq: WaitQ,
    /// Goroutines parked sending (or in a select with a send case on this
    /// channel), oldest first, with their values.
    pub sendq: WaitQ,
    pub closed: bool,
    pub elem_zero: Value,
    /// The collector's mark word (`crate::gc`).
    pub gc: std::cell::Cell<u32>,
}

/// Go's `sudog`: a goroutine parked on a channel.
#[derive(Debug)]
pub struct Sudog {
    /// The parked goroutine (index in `Vm::gs`, and its id, to be safe).
    pub gi: usize,
    pub goid: u64,
    /// Where its registers are: segment and slot of the receive's
    /// destination (a select's result triple: case, value, ok).
    pub seg: u32,
    pub slot: u32,
    /// A receive that also wants the `ok` flag (written at `slot + 1`).
    pub ok: bool,
    /// The value a parked sender offers (`sg.elem` of a send).
    pub val: Value,
    /// For a select's sudog, the select's generation (`G::sel_gen`, never
    /// 0) and the case index; 0 for a plain send or receive.
    pub sel: u64,
    pub case: u32,
}

impl Sudog {
    /// Whether a partner may still complete it: a select's sudog goes stale
    /// once one of its cases was taken.
    pub fn live(&self, gs: &[G]) -> bool {
        self.sel == 0 || gs.get(self.gi).is_some_and(|g| g.goid == self.goid && g.sel_gen == self.sel && !g.sel_done)
    }
}

/// Go's `waitq`: parked goroutines, oldest first.
#[derive(Debug, Default)]
pub struct WaitQ {
    q: VecDeque<Sudog>,
    /// The queue drops its stale sudogs when it reaches this length.
    compact_at: usize,
}

/// The shortest queue worth compacting.
const MIN_COMPACT: usize = 16;

impl WaitQ {
    /// enqueue: adds `sg` at the back. Stale select sudogs are dropped when
    /// the queue has doubled since the last compaction, so a select run in
    /// a loop does not grow the queues of the cases it did not take.
    pub fn enqueue(&mut self, sg: Sudog, gs: &[G]) {
        if self.q.len() >= self.compact_at.max(MIN_COMPACT) {
            self.q.retain(|sg| sg.live(gs));
            self.compact_at = 2 * self.q.len();
        }
        self.q.push_back(sg);
    }

    /// dequeue: takes the oldest live sudog, claiming its select (Go's
    /// `selectDone.CompareAndSwap(0, 1)`); stale ones are dropped on the way.
    pub fn dequeue(&mut self, gs: &mut [G]) -> Option<Sudog> {
        while let Some(sg) = self.q.pop_front() {
            if !sg.live(gs) {
                continue;
            }
            if sg.sel != 0 {
                gs[sg.gi].sel_done = true;
            }
            return Some(sg);
        }
        None
    }

    /// Whether a live sudog waits (stale ones at the front are dropped).
    pub fn has_waiter(&mut self, gs: &[G]) -> bool {
        while self.q.front().is_some_and(|sg| !sg.live(gs)) {
            self.q.pop_front();
        }
        !self.q.is_empty()
    }

    /// Whether a live sudog waits, without dropping stale ones.
    pub fn any_live(&self, gs: &[G]) -> bool {
        self.q.iter().any(|sg| sg.live(gs))
    }

    /// The live sudogs, oldest first (for inspection).
    pub fn iter<'a>(&'a self, gs: &'a [G]) -> impl Iterator<Item = &'a Sudog> {
        self.q.iter().filter(move |sg| sg.live(gs))
    }

    /// Every sudog, stale ones included (the collector: they still hold
    /// their values).
    pub fn all(&self) -> impl Iterator<Item = &Sudog> {
        self.q.iter()
    }

    pub fn clear(&mut self) {
        self.q.clear();
    }
}

/// Where a parked receive (or select) wants its result.
#[derive(Clone, Copy, Debug)]
pub struct Elem {
    pub seg: u32,
    pub slot: u32,
    pub ok: bool,
}

/// What a blocking channel operation did.
pub enum ChanOp {
    /// Completed (a receive's value and `ok`; a send's is `Nil`, true).
    Done(Value, bool),
    /// The goroutine parked: the caller leaves the loop with `Flow::Block`.
    Parked,
    /// Nothing was ready and the operation was not to block.
    WouldBlock,
}

/// What selectgo did.
pub enum Selected {
    /// Case `i` ran: a receive's value and `ok` (a send's: `Nil`, true).
    Case(usize, Value, bool),
    /// A send case found its channel closed.
    SendClosed(usize),
    /// No case was ready and there is a default.
    Default,
    Parked,
}

type ChanRef = Rc<std::cell::RefCell<Chan>>;

impl Vm<'_> {
    /// chansend: sends `v` on `c` for goroutine `gi` (the caller has checked
    /// that `c` is not closed). A receiver parked on `c` gets the value
    /// directly (`send`); else the value goes into the buffer if there is
    /// room; else the sender parks in `sendq` (when `block`).
    pub fn chansend(&mut self, gi: usize, c: &ChanRef, v: Value, block: bool) -> ChanOp {
        let sg = c.borrow_mut().recvq.dequeue(&mut self.gs);
        if let Some(sg) = sg {
            self.complete(sg, Some((v, true)));
            return ChanOp::Done(Value::Nil, true);
        }
        let mut cb = c.borrow_mut();
        if cb.buf.len() < cb.cap {
            cb.buf.push_back(v);
            return ChanOp::Done(Value::Nil, true);
        }
        if !block {
            return ChanOp::WouldBlock;
        }
        let goid = self.gs[gi].goid;
        cb.sendq.enqueue(Sudog { gi, goid, seg: 0, slot: 0, ok: false, val: v, sel: 0, case: 0 }, &self.gs);
        ChanOp::Parked
    }

    /// chanrecv: receives from `c` for goroutine `gi`. From a parked sender
    /// (`recv`: directly on an unbuffered channel, else the buffer's head
    /// while the sender's value takes the freed slot), else from the
    /// buffer, else the zero value of a closed channel, else the receiver
    /// parks in `recvq` (when `block`) with `elem` as its destination.
    pub fn chanrecv(&mut self, gi: usize, c: &ChanRef, elem: Elem, block: bool) -> ChanOp {
        let mut cb = c.borrow_mut();
        if cb.closed && cb.buf.is_empty() {
            return ChanOp::Done(cb.elem_zero.clone(), false);
        }
        if let Some(mut sg) = cb.sendq.dequeue(&mut self.gs) {
            let sent = std::mem::take(&mut sg.val);
            let v = if cb.cap == 0 {
                sent
            } else {
                let head = cb.buf.pop_front().unwrap_or_default();
                cb.buf.push_back(sent);
                head
            };
            drop(cb);
            self.complete(sg, None);
            return ChanOp::Done(v, true);
        }
        if let Some(v) = cb.buf.pop_front() {
            return ChanOp::Done(v, true);
        }
        if !block {
            return ChanOp::WouldBlock;
        }
        let goid = self.gs[gi].goid;
        cb.recvq.enqueue(Sudog { gi, goid, seg: elem.seg, slot: elem.slot, ok: elem.ok, val: Value::Nil, sel: 0, case: 0 }, &self.gs);
        ChanOp::Parked
    }

    /// closechan (the caller has checked for nil and closed channels):
    /// completes every parked receiver with the zero value and readies
    /// every parked sender to panic. Go collects the waiters in a gList and
    /// readies them from its head, so the last one collected is readied
    /// first and the oldest receiver ends up in runnext.
    pub fn closechan(&mut self, c: &ChanRef) {
        let mut cb = c.borrow_mut();
        cb.closed = true;
        let zero = cb.elem_zero.clone();
        let mut glist = Vec::new();
        while let Some(sg) = cb.recvq.dequeue(&mut self.gs) {
            glist.push((sg, true));
        }
        while let Some(sg) = cb.sendq.dequeue(&mut self.gs) {
            glist.push((sg, false));
        }
        drop(cb);
        for (sg, recv) in glist.into_iter().rev() {
            if recv {
                self.complete(sg, Some((zero.clone(), false)));
            } else if self.parked(&sg) {
                self.gs[sg.gi].closed_wake = true;
                self.goready(sg.gi);
            }
        }
    }

    /// Whether sudog `sg`'s goroutine is still parked (always, unless
    /// gostack has a bug; checked so that one cannot touch another G).
    fn parked(&self, sg: &Sudog) -> bool {
        self.gs.get(sg.gi).is_some_and(|g| g.goid == sg.goid && g.status == Gstatus::Waiting)
    }

    /// Completes the operation a parked goroutine waits in, as the partner
    /// that met it: writes what it received (`recv`) into its registers, or
    /// for a select the case taken, moves its pc past the instruction, and
    /// readies it.
    fn complete(&mut self, sg: Sudog, recv: Option<(Value, bool)>) {
        if !self.parked(&sg) {
            return;
        }
        let g = &mut self.gs[sg.gi];
        if let Some(slots) = g.stack.segs.get_mut(sg.seg as usize).map(|s| &mut s.slots) {
            let at = sg.slot as usize;
            let mut put = |i: usize, v: Value| {
                if let Some(s) = slots.get_mut(at + i) {
                    *s = v;
                }
            };
            match (sg.sel != 0, recv) {
                (true, recv) => {
                    put(0, Value::Int(sg.case as i64));
                    if let Some((v, ok)) = recv {
                        put(1, v);
                        put(2, Value::Bool(ok));
                    }
                }
                (false, Some((v, ok))) => {
                    put(0, v);
                    if sg.ok {
                        put(1, Value::Bool(ok));
                    }
                }
                (false, None) => {}
            }
        }
        if let Some(f) = g.frames.last_mut() {
            f.pc += 1;
        }
        self.goready(sg.gi);
    }

    /// selectgo for goroutine `gi`: runs a ready case (chosen at random
    /// among the ready ones, `--sched-seed`), else takes the default, else
    /// parks with a sudog on every case's queue; `elem` is where the
    /// select's results go (case index, value, ok). `cases` are the select's
    /// registers, three per case: kind (0 send, 1 receive), channel, value
    /// to send. A nil channel's case is never ready.
    pub fn selectgo(&mut self, gi: usize, cases: &[Value], elem: Elem, has_default: bool) -> Selected {
        let mut ready: smallvec::SmallVec<[usize; 8]> = smallvec::SmallVec::new();
        for (i, sc) in cases.chunks_exact(3).enumerate() {
            let Value::Chan(c) = &sc[1] else { continue };
            let mut cb = c.borrow_mut();
            let can = if sc[0].as_int() == 0 {
                cb.closed || cb.buf.len() < cb.cap || cb.recvq.has_waiter(&self.gs)
            } else {
                !cb.buf.is_empty() || cb.sendq.has_waiter(&self.gs) || cb.closed
            };
            if can {
                ready.push(i);
            }
        }
        if !ready.is_empty() {
            let i = ready[self.rand_n(ready.len())];
            let sc = &cases[3 * i..3 * i + 3];
            let Value::Chan(c) = &sc[1] else { unreachable!("a ready case has a channel") };
            let c = c.clone();
            if sc[0].as_int() == 0 {
                if c.borrow().closed {
                    return Selected::SendClosed(i);
                }
                // Ready, so it does not park.
                let _ = self.chansend(gi, &c, sc[2].clone(), false);
                return Selected::Case(i, Value::Nil, true);
            }
            return match self.chanrecv(gi, &c, elem, false) {
                ChanOp::Done(v, ok) => Selected::Case(i, v, ok),
                _ => Selected::Case(i, Value::Nil, false),
            };
        }
        if has_default {
            return Selected::Default;
        }
        // Park: one sudog per case, in case order (Go enqueues in lock
        // order; with one thread the order only decides who is met first
        // on a channel that two of the cases share).
        let g = &mut self.gs[gi];
        g.sel_gen += 1;
        g.sel_done = false;
        let (goid, sel) = (g.goid, g.sel_gen);
        for (i, sc) in cases.chunks_exact(3).enumerate() {
            let Value::Chan(c) = &sc[1] else { continue };
            let send = sc[0].as_int() == 0;
            let sg = Sudog {
                gi,
                goid,
                seg: elem.seg,
                slot: elem.slot,
                ok: true,
                val: if send { sc[2].clone() } else { Value::Nil },
                sel,
                case: i as u32,
            };
            let mut cb = c.borrow_mut();
            if send {
                cb.sendq.enqueue(sg, &self.gs);
            } else {
                cb.recvq.enqueue(sg, &self.gs);
            }
        }
        Selected::Parked
    }
}
