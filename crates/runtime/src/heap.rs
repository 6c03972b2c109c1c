//! Heap and goroutine limits (`--max-heap`, `--max-goroutines`).
//!
//! Go has no heap limit of its own: a program allocates until the operating
//! system refuses, and then the runtime throws. gostack runs untrusted
//! snippets, so it draws that line itself, at `Options::max_heap` bytes of
//! the VM's own heap. Two checks enforce it, in the shape of Go's two
//! out-of-memory throws (malloc.go, mheap.go):
//!
//! - **a single large request** (makeslice, growslice, string
//!   concatenation) that cannot fit is refused *before* it is made, with
//!   mallocgc's `runtime: out of memory: cannot allocate N-byte block (M in
//!   use)` and `fatal error: out of memory`;
//! - **gradual growth** is caught at every scheduling point (the end of each
//!   time slice): when the bytes in use exceed the limit the program ends
//!   with `fatal error: runtime: out of memory`, what sysMap throws when the
//!   heap cannot grow.
//!
//! A large allocation the host itself refuses (an address-space cap below
//! the limit) is the first throw too, never Rust's allocation-failure
//! abort: large zeroed arrays and slices are allocated fallibly
//! (`try_calloc`, `try_vec`), and a refusal is recorded (`note_host_oom`)
//! for the allocating instruction to throw (`take_host_oom`; check_heap
//! throws one no instruction took).
//!
//! "In use" is read from a counting global allocator that the embedder
//! installs (`Options::heap_in_use`; the CLI uses the `cap` crate), minus
//! what was in use before the program started.
//!
//! Divergence: the sizes are gostack's representation, not Go's (a Go
//! `[]int` element is 8 bytes; here a slice element is a `Value`), so a
//! program reaches the limit at a different point than a Go program of the
//! same size would reach the same amount of memory. Slices and arrays of
//! bytes and bools are the exception: one byte an element, as in Go.

use std::cell::Cell;

use crate::proc::Gstatus;
use crate::value::Value;
use crate::vm::Vm;

/// Where the program's heap objects start: Go's first heap arena is at
/// 0xc000000000 and the runtime's own start-up allocations come first.
pub const HEAP_BASE: u64 = 0xc000010000;
/// Package-level variables (Go's data segment).
pub const GLOBALS: u64 = 0x5a0000;
/// Static funcvals: functions used as values without captures.
pub const STATIC_FUNCS: u64 = 0x4c0000;
/// Read-only data: the bytes of string constants.
pub const RODATA: u64 = 0x4b0000;

thread_local! {
    /// The next free virtual heap address of the VM running on this thread.
    static NEXT_VADDR: Cell<u64> = const { Cell::new(HEAP_BASE) };
    /// The size of a large allocation the host refused since the last
    /// `take_host_oom` (0: none).
    static HOST_OOM: Cell<u64> = const { Cell::new(0) };
}

/// Allocations at least this large are made fallibly (`try_calloc`,
/// `try_vec`): below it a refusal means the host itself is exhausted.
pub const FALLIBLE_BYTES: usize = 1 << 20;

/// `n` zero bytes, calloc'ed (the OS backs only the pages written), or
/// `None` when the host refuses them (`prlimit --as` below what
/// `--max-heap` allows): Rust's `vec![0; n]` aborts the process on that
/// refusal, where Go throws `out of memory`. Safe Rust has no fallible
/// calloc, so a large block is first reserved with `try_reserve_exact`
/// (malloc: for a block this size, untouched mapped pages) and released,
/// then calloc'ed; the VM's thread is the only one allocating, so the
/// second request finds the room the first did.
pub fn try_calloc(n: usize) -> Option<Vec<u8>> {
    if n >= FALLIBLE_BYTES {
        let mut probe: Vec<u8> = Vec::new();
        probe.try_reserve_exact(n).ok()?;
    }
    Some(vec![0; n])
}

/// A vector with room for `n` elements, or `None` when the host refuses
/// the memory (see `try_calloc`).
pub fn try_vec<T, A: smallvec::Array<Item = T>>(n: usize) -> Option<smallvec::SmallVec<A>> {
    let mut v = smallvec::SmallVec::new();
    v.try_reserve_exact(n).ok()?;
    Some(v)
}

/// Records that the host refused a large allocation of `bytes`.
pub fn note_host_oom(bytes: u64) {
    HOST_OOM.with(|c| c.set(bytes.max(1)));
}

/// The size of a large allocation the host refused since the last call
/// (then forgotten), if any.
pub fn take_host_oom() -> Option<u64> {
    HOST_OOM.with(|c| {
        let b = c.replace(0);
        (b != 0).then_some(b)
    })
}

/// runtime.zerobase's address: where every zero-size object is (gc's
/// mallocgc returns it for a zero-size allocation).
pub const ZEROBASE: u64 = 0x5a6e40;

/// mallocgc's address: a new heap object of `size` bytes gets the next
/// virtual address, rounded to Go's 8-byte (tiny) or 16-byte size classes.
/// Addresses follow allocation order and are never reused, so a program
/// (and everything that inspects it) sees the same addresses in every run.
///
/// Divergence: Go reuses freed memory and groups objects by size class;
/// here addresses only grow.
#[inline]
pub fn vaddr(size: u64) -> u64 {
    let size = if size <= 8 { 8 } else { (size + 15) & !15 };
    NEXT_VADDR.with(|n| {
        let a = n.get();
        n.set(a + size);
        a
    })
}

thread_local! {
    /// Bytes of large struct and array copies since the interpreter last
    /// looked (`copies_due`).
    static COPIED: Cell<u64> = const { Cell::new(0) };
}

/// A copy of a struct or array of `elems` elements was made. Only large
/// ones count: they are what grows the heap by megabytes between two
/// scheduling points (an array copied into a map, a closure, a defer's
/// arguments or an interface in a loop).
#[inline]
pub fn note_copy(elems: usize) {
    if elems >= 256 {
        COPIED.with(|c| c.set(c.get() + elems as u64 * ELEM_BYTES));
    }
}

/// A copy of a byte array of `n` bytes was made (`note_copy` for the
/// compact arrays, which take one byte an element).
#[inline]
pub fn note_copy_bytes(n: usize) {
    if n >= 2048 {
        COPIED.with(|c| c.set(c.get() + n as u64));
    }
}

/// Whether 4 MiB of large copies were made since the last call: the
/// interpreter then compares the heap with `--max-heap` at the next
/// backward jump instead of at the end of the time slice, so a loop that
/// copies big arrays stops near the limit (it took 2.6 GB for 64 MiB).
#[inline]
pub fn copies_due() -> bool {
    COPIED.with(|c| {
        let due = c.get() >= 4 << 20;
        if due {
            c.set(0);
        }
        due
    })
}

/// Starts a new address space (a new program run on this thread).
pub fn reset_vaddr() {
    NEXT_VADDR.with(|n| n.set(HEAP_BASE));
}

/// Inspection that builds values (a debugger expression) must not move
/// the program's next address: this guard puts it back when dropped.
pub struct VaddrGuard(u64);

impl VaddrGuard {
    pub fn new() -> VaddrGuard {
        VaddrGuard(NEXT_VADDR.with(|n| n.get()))
    }
}

impl Default for VaddrGuard {
    fn default() -> Self {
        VaddrGuard::new()
    }
}

impl Drop for VaddrGuard {
    fn drop(&mut self) {
        let a = self.0;
        NEXT_VADDR.with(|n| n.set(a));
    }
}

/// The data address of a string as a traceback word shows it. A string has
/// no identity here (short ones live in the value), so its address is made
/// from its contents: equal strings share one, as Go's string constants
/// in read-only data do.
pub fn str_addr(s: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::value::FxHasher::default();
    h.write(s);
    RODATA + (h.finish() & 0xfff8)
}

/// Bytes one slice element takes in the VM's representation.
pub const ELEM_BYTES: u64 = std::mem::size_of::<Value>() as u64;

impl Vm<'_> {
    /// Bytes the program holds now (0 without a counting allocator).
    pub fn heap_in_use(&self) -> u64 {
        match self.opts.heap_in_use {
            Some(f) => f().saturating_sub(self.heap_base) as u64,
            None => 0,
        }
    }

    /// mallocgc's question: can `bytes` more be allocated under the limit?
    pub fn heap_fits(&self, bytes: u64) -> bool {
        self.opts.max_heap == 0 || self.heap_in_use().saturating_add(bytes) <= self.opts.max_heap
    }

    /// Whether the program holds more than `--max-heap` bytes (only known
    /// with a counting allocator).
    pub fn heap_over(&self) -> bool {
        self.opts.max_heap != 0 && self.opts.heap_in_use.is_some() && self.heap_in_use() > self.opts.max_heap
    }

    /// mallocgc's words for a single request of `bytes` that cannot fit.
    fn report_alloc_failure(&mut self, bytes: u64) {
        self.flush();
        let in_use = self.heap_in_use();
        self.write_stderr(format!("runtime: out of memory: cannot allocate {bytes}-byte block ({in_use} in use)\n").as_bytes());
    }

    /// The words for a heap grown past `--max-heap`.
    fn report_heap_exceeded(&mut self) {
        self.flush();
        self.write_stderr(format!("runtime: program heap exceeds the {}-byte limit (--max-heap)\n", self.opts.max_heap).as_bytes());
    }

    /// A single request that does not fit: Go's large-allocation failure
    /// (`mcache.allocLarge` → `throw("out of memory")`). Ends the program.
    pub fn throw_alloc(&mut self, gi: usize, bytes: u64) -> i32 {
        self.report_alloc_failure(bytes);
        self.fatal(gi, "out of memory")
    }

    /// checkHeap: called at every scheduling point; when the program holds
    /// more than `--max-heap` bytes it ends like Go when the heap cannot
    /// grow (`fatal error: runtime: out of memory`).
    pub fn check_heap(&mut self, gi: usize) -> Option<i32> {
        // A large allocation the host refused where no instruction checked
        // at once (a native's zero value, say): mallocgc's throw.
        if let Some(bytes) = take_host_oom() {
            return Some(self.throw_alloc(gi, bytes));
        }
        if !self.heap_over() {
            return None;
        }
        // A last collection before giving up: the excess may be cycles.
        self.gc_cycle();
        if !self.heap_over() {
            return None;
        }
        self.report_heap_exceeded();
        Some(self.fatal(gi, "runtime: out of memory"))
    }

    /// check_heap for a native that has just returned: the same words, as
    /// the native's fatal outcome (its frames show where it was called).
    pub fn heap_exceeded(&mut self) -> crate::vm::NativeOut {
        self.report_heap_exceeded();
        crate::vm::NativeOut::Fatal("runtime: out of memory".to_string())
    }

    /// mallocgc's check inside a native before a large request of `bytes`:
    /// `Err` carries the fatal outcome (`throw_alloc`'s words).
    pub fn native_alloc(&mut self, bytes: u64) -> Result<(), crate::vm::NativeOut> {
        if bytes < 1 << 20 || self.heap_fits(bytes) {
            return Ok(());
        }
        Err(self.native_throw_alloc(bytes))
    }

    /// `native_alloc` for a request that takes `host` bytes here and `go`
    /// bytes in Go (a `[]string` element is a 32-byte `Value` here, a
    /// 16-byte header in Go): the limit is checked with what the host will
    /// hold, the message gives Go's request.
    pub fn native_alloc_sized(&mut self, host: u64, go: u64) -> Result<(), crate::vm::NativeOut> {
        if host < 1 << 20 || self.heap_fits(host) {
            return Ok(());
        }
        Err(self.native_throw_alloc(go))
    }

    /// mallocgc's throw inside a native, for a request of `bytes` that
    /// cannot be made (past the limit, or past what gostack represents).
    pub fn native_throw_alloc(&mut self, bytes: u64) -> crate::vm::NativeOut {
        self.report_alloc_failure(bytes);
        crate::vm::NativeOut::Fatal("out of memory".to_string())
    }

    /// Live goroutines, counted exactly (a scan; only used near the limit).
    pub fn live_goroutines(&self) -> usize {
        self.gs.iter().filter(|g| g.status != Gstatus::Dead).count()
    }

    /// newproc's guard: starting one more goroutine must stay within
    /// `--max-goroutines`. Go has no such limit (its nearest relative is
    /// the thread limit, `runtime: program exceeds 10000-thread limit` /
    /// `fatal error: thread exhaustion`, which this message mirrors).
    pub fn check_goroutines(&mut self, gi: usize) -> Option<i32> {
        let max = self.opts.max_goroutines;
        // gs minus the free list is an upper bound on the live count.
        if max == 0 || (self.gs.len().saturating_sub(self.sched.free_gs.len()) as u64) < max || (self.live_goroutines() as u64) < max {
            return None;
        }
        self.flush();
        self.write_stderr(format!("runtime: program exceeds {max}-goroutine limit (--max-goroutines)\n").as_bytes());
        Some(self.fatal(gi, "goroutine exhaustion"))
    }
}
