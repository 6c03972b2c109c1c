//! Channels (runtime/chan.go's `hchan`), for a single-threaded scheduler.
//!
//! Blocked operations are retried by the scheduler: a goroutine that cannot
//! proceed parks with a wait reason and re-executes the same instruction
//! when it is next scheduled. An unbuffered send with no receiver waiting
//! parks with a ticket in `sendq`; a receiver takes the value and marks the
//! ticket delivered, which lets the sender continue. A send that finds a
//! receiver parked in `recvq` hands the value over at once (chansend's
//! `send(c, sg, ...)`): it lands in the receiver's mailbox (`G::handoff`),
//! the sender carries on, and the receiver runs next (`Vm::runnext`).
//!
//! A select that parks puts a waiter on every case's queue, as selectgo
//! enqueues a sudog per case: a receive case in `recvq`, a send case in
//! `sendq` with its value. The send waiters of one select share one ticket
//! (`SelectTicket`): the first partner to claim it decides which case the
//! select took, and the select's other waiters become stale (skipped, and
//! removed when the select resumes). Without them a select parked on a send
//! could never meet a receiver that does not wait itself (a `select` with a
//! `default`).
//!
//! Divergence: Go also puts a new goroutine, and a sender readied by a
//! receive, in runnext; here those wait their round-robin turn.

use std::cell::Cell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::value::Value;

#[derive(Debug, Default)]
pub struct Chan {
    /// Virtual address of the `hchan` (`crate::heap::vaddr`).
    pub addr: u64,
    pub cap: usize,
    pub buf: VecDeque<Value>,
    /// Senders waiting for a receiver, oldest first.
    pub sendq: VecDeque<SendWaiter>,
    /// Goroutines parked in a receive or select, oldest first: (goid, index
    /// in `Vm::gs`). Entries of goroutines that moved on are skipped.
    pub recvq: Vec<(u64, usize)>,
    pub closed: bool,
    pub elem_zero: Value,
    /// The collector's mark word (`crate::gc`).
    pub gc: std::cell::Cell<u32>,
}

/// A ticket's state before a partner claims it.
pub const PENDING: i64 = -1;
/// A parked select was handed a value on one of its receive cases.
pub const CLAIMED_BY_HANDOFF: i64 = -2;
/// A parked select found a case ready itself when it was polled again.
pub const CLAIMED_BY_SELF: i64 = -3;

/// The shared fate of a parked send (or of a parked select's send cases):
/// `PENDING`, then the index of the case a receiver took (0 for a plain
/// send), or one of the `CLAIMED_*` values.
pub type Ticket = Rc<Cell<i64>>;

/// A sender parked on a channel (Go's sudog in `hchan.sendq`).
#[derive(Debug)]
pub struct SendWaiter {
    pub val: Value,
    pub ticket: Ticket,
    /// The select case this waiter stands for (0 for a plain send).
    pub case: i64,
    pub goid: u64,
}

pub fn new_ticket() -> Ticket {
    Rc::new(Cell::new(PENDING))
}

/// Result of a non-blocking attempt.
pub enum TryRecv {
    Value(Value),
    Closed,
    WouldBlock,
}

impl Chan {
    /// chanrecv without blocking.
    pub fn try_recv(&mut self) -> TryRecv {
        if let Some(v) = self.buf.pop_front() {
            // A buffered slot freed: move a waiting sender's value in.
            if self.cap > 0 {
                if let Some(sv) = self.claim_sender() {
                    self.buf.push_back(sv);
                }
            }
            return TryRecv::Value(v);
        }
        if let Some(sv) = self.claim_sender() {
            return TryRecv::Value(sv);
        }
        if self.closed {
            return TryRecv::Closed;
        }
        TryRecv::WouldBlock
    }

    /// dequeue(sendq): the oldest sender whose ticket is still pending; its
    /// ticket records the case taken. Stale waiters (of a select that took
    /// another case) are dropped on the way.
    fn claim_sender(&mut self) -> Option<Value> {
        while let Some(w) = self.sendq.pop_front() {
            if w.ticket.get() == PENDING {
                w.ticket.set(w.case);
                return Some(w.val);
            }
        }
        None
    }

    /// Whether a sender other than goroutine `goid` waits (a select never
    /// meets its own send case).
    pub fn has_sender(&self, goid: u64) -> bool {
        self.sendq.iter().any(|w| w.ticket.get() == PENDING && w.goid != goid)
    }

    /// chansend without blocking: true when `v` went into the buffer. An
    /// unbuffered channel always answers false (the sender then parks in
    /// `sendq`, or hands the value to a parked receiver: see the module
    /// doc).
    pub fn try_send(&mut self, v: &Value) -> bool {
        if self.cap > 0 {
            if self.buf.len() < self.cap {
                self.buf.push_back(v.clone());
                return true;
            }
            return false;
        }
        // Unbuffered: the sender always parks in sendq until a receiver
        // takes its value (Go's direct hand-off), so a value is never left
        // behind by a receiver that went elsewhere.
        let _ = v;
        false
    }
}
