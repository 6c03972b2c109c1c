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
    /// Senders waiting for a receiver: their value and their ticket.
    pub sendq: VecDeque<(Value, Rc<Cell<bool>>)>,
    /// Goroutines parked in a receive or select, oldest first: (goid, index
    /// in `Vm::gs`). Entries of goroutines that moved on are skipped.
    pub recvq: Vec<(u64, usize)>,
    pub closed: bool,
    pub elem_zero: Value,
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
                if let Some((sv, t)) = self.sendq.pop_front() {
                    self.buf.push_back(sv);
                    t.set(true);
                }
            }
            return TryRecv::Value(v);
        }
        if let Some((sv, t)) = self.sendq.pop_front() {
            t.set(true);
            return TryRecv::Value(sv);
        }
        if self.closed {
            return TryRecv::Closed;
        }
        TryRecv::WouldBlock
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
