//! Segmented goroutine stacks with virtual addresses (Go 1.0-1.2's model;
//! runtime/stack.go for the vocabulary).
//!
//! Divergence: Go 1.27 uses contiguous, copying stacks; segmented stacks are
//! the default here because they show frame placement across segments.
//!
//! Each [`Segment`] covers the virtual range `[lo, hi)`; frames are placed
//! downward from `hi`. `stackguard` is `lo + STACK_GUARD`: a frame whose sp
//! would fall below it does not fit, and `morestack` links a new segment.
//! Values of the frames' slots live in the segment's `slots` vector (index
//! grows as addresses fall). One released segment is cached to avoid the
//! "hot split" of a call in a loop on a segment boundary.

use crate::value::Value;

/// Go's `fixedStack`: the first segment's size.
pub const FIXED_STACK: u64 = 2048;
/// Go's `stackGuard` on linux/amd64.
pub const STACK_GUARD: u64 = 928;
/// The frame of runtime.gopanic (fp - sp in a go1.27.3 amd64 traceback),
/// between a panicking function and the deferred call gopanic runs.
pub const GOPANIC_FRAME: u64 = 0xa8;
/// The frame of runtime.Goexit, between the goroutine's function and the
/// deferred call Goexit runs.
pub const GOEXIT_FRAME: u64 = 0x88;
/// Go's default `maxstacksize` on 64-bit.
pub const MAX_STACK: u64 = 1_000_000_000;

#[derive(Debug)]
pub struct Segment {
    pub lo: u64,
    pub hi: u64,
    pub slots: Vec<Value>,
}

impl Segment {
    pub fn stackguard(&self) -> u64 {
        self.lo + STACK_GUARD
    }
    pub fn size(&self) -> u64 {
        self.hi - self.lo
    }
}

/// Which stack implementation a goroutine uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum StackMode {
    /// Go 1.0-1.2: a chain of segments linked by morestack (the default here).
    #[default]
    Segmented,
    /// Go 1.3+: one contiguous stack, doubled and copied by copystack.
    Contiguous,
}

#[derive(Debug)]
pub struct Stack {
    pub mode: StackMode,
    pub segs: Vec<Segment>,
    /// Number of copystack calls (contiguous mode).
    pub copies: u64,
    /// Total bytes of all linked segments.
    pub total: u64,
    /// Next free virtual address (segments are carved downward from here).
    next_hi: u64,
    cached: Option<Segment>,
    pub max: u64,
    /// Number of morestack calls (for inspection).
    pub splits: u64,
    /// Bytes of frames in each segment below the top one, at the split
    /// that linked the next (Go's rule for the limit counts frames in use,
    /// not segments).
    split_used: Vec<u64>,
}

/// The largest size a contiguous stack may reach under `max`: the last
/// doubling of `FIXED_STACK` that does not exceed it.
pub fn largest_stack(max: u64) -> u64 {
    let mut size = FIXED_STACK;
    while size.saturating_mul(2) <= max {
        size *= 2;
    }
    size
}

/// The size newstack would grow a contiguous stack to for `used` bytes of
/// frames and a new frame of `need` bytes: doubled from `FIXED_STACK`
/// until they fit above the guard.
pub fn contiguous_size(used: u64, need: u64) -> u64 {
    let mut size = FIXED_STACK * 2;
    while size < used.saturating_add(need).saturating_add(STACK_GUARD) {
        size = size.saturating_mul(2);
    }
    size
}

/// Slots reserved for a new goroutine's first segment: 32 `Value`s are 768
/// bytes, under glibc's 1032-byte tcache limit, so creating and freeing a
/// goroutine's slot buffer stays on malloc's fast path (64 were 1536 bytes,
/// and spawn spent a fifth of its time in `_int_malloc`/`_int_free`).
const INITIAL_SLOTS: usize = 32;

impl Stack {
    /// A new stack of one `FIXED_STACK` segment. `goid` spreads the virtual
    /// ranges of different goroutines apart.
    pub fn new(goid: u64, max: u64) -> Stack {
        Stack::new_with(goid, max, Vec::with_capacity(INITIAL_SLOTS))
    }

    /// Makes this (a dead goroutine's) stack a fresh one for goroutine
    /// `goid`, keeping its allocations, as Go's gfget hands out a freed G
    /// with its stack: the segment vector and the first segment's slots
    /// keep their buffers (only the values go, and any segment linked past
    /// the first), so starting a goroutine on a freed G allocates nothing
    /// here.
    pub fn reset(&mut self, goid: u64, max: u64) {
        self.segs.truncate(1);
        self.split_used.clear();
        let top = Stack::top_of(goid);
        match self.segs.first_mut() {
            Some(seg) => {
                seg.lo = top - FIXED_STACK;
                seg.hi = top;
                seg.slots.clear();
            }
            None => self.segs.push(Segment { lo: top - FIXED_STACK, hi: top, slots: Vec::new() }),
        }
        self.mode = StackMode::Segmented;
        self.copies = 0;
        self.total = FIXED_STACK;
        self.next_hi = top - FIXED_STACK;
        // A cached segment lies in the old goroutine's address range.
        self.cached = None;
        self.max = max;
        self.splits = 0;
    }

    /// The top of goroutine `goid`'s virtual stack range.
    fn top_of(goid: u64) -> u64 {
        0xc000_0000_0000u64 + goid * 0x10_0000_0000u64
    }

    fn new_with(goid: u64, max: u64, slots: Vec<crate::value::Value>) -> Stack {
        let top = Stack::top_of(goid);
        let seg = Segment { lo: top - FIXED_STACK, hi: top, slots };
        Stack {
            mode: StackMode::Segmented,
            copies: 0,
            total: FIXED_STACK,
            next_hi: top - FIXED_STACK,
            segs: vec![seg],
            cached: None,
            max,
            splits: 0,
            split_used: Vec::new(),
        }
    }

    /// copystack (contiguous mode): moves the stack to a new virtual range
    /// twice as large (or more) so that `used + need` bytes fit above the
    /// guard. Returns the address delta every saved sp/fp must be adjusted
    /// by, or None when the new size would exceed the maximum (Go throws
    /// "stack overflow" when `newsize > maxstacksize`).
    pub fn copystack(&mut self, used: u64, need: u64) -> Option<i64> {
        let old = &self.segs[0];
        let mut size = old.size() * 2;
        while size < used + need + STACK_GUARD {
            size *= 2;
        }
        if size > self.max {
            return None;
        }
        let hi = self.next_hi - 0x1000;
        self.next_hi = hi.saturating_sub(size);
        let delta = hi as i64 - old.hi as i64;
        let seg = &mut self.segs[0];
        seg.lo = hi - size;
        seg.hi = hi;
        self.total = size;
        self.copies += 1;
        Some(delta)
    }

    /// morestack/newstack: links a segment big enough for a frame of
    /// `need` bytes; `used_top` bytes of the current top segment hold
    /// frames. Returns false if the stack would exceed `max` (the caller
    /// throws "stack overflow").
    ///
    /// The limit is Go 1.3+'s rule, not the sum of the segments: newstack
    /// doubles the stack until the frames in use plus the new frame fit
    /// above the guard and throws when that size exceeds maxstacksize. So a
    /// program overflows at the same depth in both stack models (and as in
    /// Go 1.27), whatever the segments happen to waste.
    pub fn morestack(&mut self, need: u64, used_top: u64) -> bool {
        let used = self.split_used.iter().sum::<u64>() + used_top;
        // Segments double, so a stack has a few dozen; a frame names its
        // segment in 16 bits (`Frame::seg`).
        if contiguous_size(used, need) > self.max || self.segs.len() >= u16::MAX as usize {
            return false;
        }
        let last = self.segs.last().map(|s| s.size()).unwrap_or(FIXED_STACK);
        let mut size = (last * 2).max(FIXED_STACK);
        while size < need + STACK_GUARD + 64 {
            size *= 2;
        }
        // Frames placed in this segment later are not checked again, so it
        // holds no more than the limit leaves: the largest contiguous stack
        // Go allows, minus the frames already in use.
        let room = (largest_stack(self.max).saturating_sub(used)) & !15;
        size = size.min(room.max(need + STACK_GUARD));
        self.splits += 1;
        let seg = match self.cached.take() {
            // Its slots own nothing (unlink) and keep their length, so
            // the frames placed again do not grow the vector one call at
            // a time.
            Some(s) if s.size() == size => s,
            _ => {
                let hi = self.next_hi - 0x1000;
                self.next_hi = hi - size;
                Segment { lo: hi - size, hi, slots: Vec::new() }
            }
        };
        self.total += size;
        self.split_used.push(used_top);
        self.segs.push(seg);
        true
    }

    /// Unlinks the top segment once the frame that needed it has returned.
    pub fn unlink(&mut self) {
        if self.segs.len() > 1 {
            self.split_used.pop();
            let mut s = self.segs.pop().expect("segment");
            self.total -= s.size();
            // The values that own something go (nothing stays alive in a
            // cached segment); the slots stay, up to 4096 of them, for the
            // next split here (integers need no drop and may stay).
            s.slots.truncate(4096);
            for v in s.slots.iter_mut() {
                if !matches!(v, Value::Nil | Value::Int(_)) {
                    *v = Value::Nil;
                }
            }
            s.slots.shrink_to(4096);
            self.cached = Some(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn copystack_doubles_until_the_limit() {
        let mut s = Stack::new(3, MAX_STACK);
        s.mode = StackMode::Contiguous;
        let mut sizes = vec![];
        while let Some(delta) = s.copystack(s.segs[0].size() - 100, 100) {
            assert!(delta != 0);
            sizes.push(s.segs[0].size());
        }
        // Go: the stack doubles from 2 KB; 512 MB is the last size below 1e9.
        assert_eq!(*sizes.last().unwrap(), 512 << 20);
        assert_eq!(s.segs.len(), 1);
    }

    #[test]
    fn segments_grow_and_release() {
        let mut s = Stack::new(1, MAX_STACK);
        assert!(s.morestack(100, 0));
        assert_eq!(s.segs.len(), 2);
        assert!(s.segs[1].hi < s.segs[0].lo);
        s.unlink();
        assert_eq!(s.segs.len(), 1);
        assert_eq!(s.total, FIXED_STACK);
        // Go 1.27's rule: under a 10,000-byte limit the stack may grow to
        // 8,192 bytes; frames of 100 bytes, one per new segment after the
        // first (full) one, stop when in use + new frame + guard passes it.
        let mut small = Stack::new(2, 10_000);
        let mut used_top = FIXED_STACK - STACK_GUARD;
        let mut in_use = 0;
        while small.morestack(100, used_top) {
            in_use += used_top;
            used_top = 100;
            assert!(small.splits < 100, "the limit never stopped the growth");
        }
        in_use += used_top;
        assert!(in_use + 100 + STACK_GUARD > 8192, "stopped early: {in_use} bytes in use");
        assert!(in_use + STACK_GUARD <= 8192, "grew past the limit: {in_use} bytes in use");
    }

    #[test]
    fn segmented_and_contiguous_overflow_at_the_same_depth() {
        // Frames of 80,000 bytes under a 1 MiB limit: Go overflows when
        // entering the 14th (13 fit in the largest stack, 1 MiB).
        let frame = 80_000;
        let mut c = Stack::new(3, 1 << 20);
        c.mode = StackMode::Contiguous;
        let mut depth = 0;
        let mut used = 0;
        loop {
            if c.segs[0].size() < used + frame + STACK_GUARD && c.copystack(used, frame).is_none() {
                break;
            }
            used += frame;
            depth += 1;
        }
        let mut s = Stack::new(4, 1 << 20);
        let mut sdepth = 0;
        let mut top_used = 0;
        loop {
            let room = s.segs.last().unwrap().size() - STACK_GUARD;
            if top_used + frame > room {
                if !s.morestack(frame, top_used) {
                    break;
                }
                top_used = 0;
            }
            top_used += frame;
            sdepth += 1;
        }
        assert_eq!((depth, sdepth), (13, 13));
    }
}
