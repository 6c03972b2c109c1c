//! Runtime timers (runtime/time.go): the scheduler's heap of `when`s.
//!
//! `time.Sleep`, `time.NewTimer`/`After`, `AfterFunc`, tickers and
//! `context.WithTimeout` (an AfterFunc) are timers in this heap, not
//! goroutines: a pending timer costs one record, whatever its duration.
//! When the virtual clock reaches a timer's `when`, the scheduler runs it
//! (`run_timers`, Go's `runTimer`):
//!
//! - a sleep makes its goroutine runnable;
//! - a channel timer sends the time on its channel without blocking
//!   (`sendTime`): to a receiver parked on it, else into the one-element
//!   buffer if it is empty;
//! - an AfterFunc timer starts its function in a new goroutine (`goFunc`).
//!
//! A ticker (`period` > 0) is put back at its next `when`; any other timer
//! is released when it runs. `deltimer` (Stop) releases a timer at once
//! (its heap entry goes stale and is skipped).
//!
//! A channel timer holds its channel weakly, as Go 1.23+'s timers are
//! collected with their channel: a `time.After` whose channel the program
//! dropped is released (`clean`, paced like the collector: when the
//! records have doubled since the last clean).
//!
//! Deadlock detection (`Vm::schedule_loop`) treats a pending timer as a
//! future event, except a channel timer whose channel no goroutine is
//! receiving from: Go 1.23+ keeps such timers out of its heap (they are
//! added when a goroutine blocks on the channel), so `checkdead` ignores
//! them too.

use std::cell::RefCell;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::rc::{Rc, Weak};

use crate::chan::Chan;
use crate::value::{FxHasher, Value};

/// What a timer does when it runs (Go's `timer.f`).
#[derive(Debug)]
pub enum TimerFunc {
    /// time.Sleep: wake goroutine `gi` if it is still goroutine `goid`.
    Wake { gi: usize, goid: u64 },
    /// sendTime: the channel, and the `*Location` of the `Time` sent.
    Chan { c: Weak<RefCell<Chan>>, loc: Value },
    /// goFunc: the function AfterFunc starts.
    Func(Value),
}

/// Go's `timer`: one pending timer.
#[derive(Debug)]
pub struct Timer {
    /// Virtual time (ns) at which it runs.
    pub when: u64,
    /// A ticker's interval (0: runs once).
    pub period: u64,
    /// Bumped when the timer is modified: older heap entries are stale.
    seq: u32,
    pub f: TimerFunc,
}

impl Timer {
    /// Whether the timer can still do anything: a channel timer whose
    /// channel is gone cannot.
    fn live(&self) -> bool {
        match &self.f {
            TimerFunc::Chan { c, .. } => c.strong_count() > 0,
            _ => true,
        }
    }

    /// Whether the timer keeps the program from being deadlocked (see the
    /// module doc).
    pub fn matters(&self, gs: &[crate::proc::G]) -> bool {
        match &self.f {
            TimerFunc::Chan { c, .. } => c.upgrade().is_some_and(|c| c.borrow().recvq.any_live(gs)),
            _ => true,
        }
    }
}

/// The timer heap (Go's per-P `timers`).
#[derive(Debug, Default)]
pub struct Timers {
    /// (when, id, seq), earliest first; entries of stopped or modified
    /// timers are stale and skipped.
    heap: BinaryHeap<Reverse<(u64, u64, u32)>>,
    recs: hashbrown::HashMap<u64, Timer, std::hash::BuildHasherDefault<FxHasher>>,
    next_id: u64,
    /// `clean` runs when the heap reaches this many entries.
    clean_at: usize,
}

/// The fewest entries before the first clean.
const MIN_CLEAN: usize = 1024;

impl Timers {
    /// addtimer (or modtimer of timer `id`, keeping its id): schedules `f`
    /// at `when`. Returns the id.
    pub fn add(&mut self, id: Option<u64>, when: u64, period: u64, f: TimerFunc) -> u64 {
        let id = id.unwrap_or_else(|| {
            self.next_id += 1;
            self.next_id
        });
        let seq = self.recs.get(&id).map(|t| t.seq.wrapping_add(1)).unwrap_or(0);
        self.recs.insert(id, Timer { when, period, seq, f });
        self.heap.push(Reverse((when, id, seq)));
        if self.heap.len() >= self.clean_at.max(MIN_CLEAN) {
            self.clean();
        }
        id
    }

    /// deltimer: releases timer `id`; reports whether it was pending.
    pub fn del(&mut self, id: u64) -> bool {
        self.recs.remove(&id).is_some()
    }

    /// Whether timer `id` is pending.
    pub fn pending(&self, id: u64) -> bool {
        self.recs.contains_key(&id)
    }

    /// Drops the records that can no longer run and the stale heap
    /// entries (Go's `timers.clean` of zombies).
    fn clean(&mut self) {
        self.recs.retain(|_, t| t.live());
        self.heap = self.recs.iter().map(|(&id, t)| Reverse((t.when, id, t.seq))).collect();
        self.clean_at = (2 * self.heap.len()).max(MIN_CLEAN);
    }

    /// The earliest `when` of a timer that matters (see the module doc):
    /// the heap's first live entry when it matters (a sleep, an AfterFunc:
    /// O(1) amortised), else a scan of the records.
    pub fn next_that_matters(&mut self, gs: &[crate::proc::G]) -> Option<u64> {
        let when = self.next_when();
        if when == u64::MAX {
            return None;
        }
        if let Some(&Reverse((_, id, _))) = self.heap.peek() {
            if self.recs.get(&id).is_some_and(|t| t.matters(gs)) {
                return Some(when);
            }
        }
        self.recs.values().filter(|t| t.matters(gs)).map(|t| t.when).min()
    }

    /// The earliest `when` of any pending timer (`u64::MAX`: none).
    pub fn next_when(&mut self) -> u64 {
        while let Some(&Reverse((when, id, seq))) = self.heap.peek() {
            match self.recs.get(&id) {
                Some(t) if t.seq == seq => return when,
                _ => {
                    self.heap.pop();
                }
            }
        }
        u64::MAX
    }

    /// Takes the next timer due at `now`, if any: a ticker is put back at
    /// its next tick (missed ticks are skipped, as Go's), any other timer
    /// is released. Returns what to run.
    pub fn pop_due(&mut self, now: u64) -> Option<TimerFunc> {
        loop {
            let &Reverse((when, id, seq)) = self.heap.peek()?;
            if when > now {
                return None;
            }
            self.heap.pop();
            let Some(t) = self.recs.get_mut(&id) else { continue };
            if t.seq != seq {
                continue;
            }
            if t.period > 0 {
                let f = match &t.f {
                    TimerFunc::Chan { c, loc } => TimerFunc::Chan { c: c.clone(), loc: loc.clone() },
                    TimerFunc::Func(v) => TimerFunc::Func(v.clone()),
                    TimerFunc::Wake { gi, goid } => TimerFunc::Wake { gi: *gi, goid: *goid },
                };
                if !t.live() {
                    self.recs.remove(&id);
                    continue;
                }
                t.when += t.period * (1 + (now - when) / t.period);
                t.seq = t.seq.wrapping_add(1);
                self.heap.push(Reverse((t.when, id, t.seq)));
                return Some(f);
            }
            return self.recs.remove(&id).map(|t| t.f);
        }
    }

    /// Pending timers (records), for tests and inspection.
    pub fn len(&self) -> usize {
        self.recs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }
}

/// The channel of a channel timer that is still alive.
pub fn chan_of(f: &TimerFunc) -> Option<Rc<RefCell<Chan>>> {
    match f {
        TimerFunc::Chan { c, .. } => c.upgrade(),
        _ => None,
    }
}
