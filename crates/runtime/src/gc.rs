//! The cycle collector (runtime/mgc.go's job for a reference-counted heap).
//!
//! Values are reference counted (`Rc`): an object is freed when its last
//! reference goes, which frees all acyclic garbage at once. What reference
//! counting cannot free is a cycle (`a.next = b; b.next = a`), so a program
//! that builds cyclic structures in a loop would grow without bound where
//! Go's tracing collector keeps it in constant memory. This module finds
//! such cycles and breaks them.
//!
//! **The registry.** Every object that can hold references and be part of
//! a cycle registers a `Weak` reference when it is allocated (`track_*`):
//! structs and arrays ([`AggObj`]) and heap cells of types that can hold
//! references, maps, channels, interface boxes made by conversions, and
//! closures that capture references. (An object of a scalar type is left
//! out until a finalizer is set on it: `collect` adds those.) A weak
//! reference does not keep the object alive; the registry only lets the
//! collector enumerate the objects.
//!
//! **The algorithm** is trial deletion over the registry (the synchronous
//! cycle collection of CPython's gcmodule.c; Bacon and Rajan 2001), which
//! needs no list of roots and so cannot miss one:
//!
//! 1. every live registered object gets `gc_refs` = its strong count;
//! 2. every reference from one registered object to another is
//!    subtracted from the target's `gc_refs` (`subtract_refs`);
//! 3. an object left with `gc_refs > 0` is referenced from outside the
//!    registered objects: a goroutine's registers, a global, a defer
//!    record, a channel wait queue, a timer, a native's locals, anything.
//!    Those objects are the roots; everything reachable from them is live
//!    (`mark`);
//! 4. the rest is garbage that only garbage references: the collector
//!    empties the mutable ones (struct/array elements, cells, maps, channel
//!    buffers), which breaks every cycle (a cycle of `Rc`s needs a mutation
//!    after allocation, so it always contains one), and reference counting
//!    frees the lot.
//!
//! Exactness: step 2 subtracts only references the objects really hold
//! (`children` visits exactly the `Rc`s inside an object). A reference it
//! does not see (inside an object that is not registered, such as a range
//! iterator) stays counted as outside, which keeps its target alive: the
//! collector may retain garbage, never free a reachable object. An object
//! whose `RefCell` is borrowed while the collector runs is treated the same
//! way (a root whose contents are not examined).
//!
//! **Pacing** follows GOGC: a cycle starts at a scheduling point once the
//! number of registrations since the last cycle (less those of objects
//! already freed that a registration found at the end of its registry)
//! reaches `GOGC`% of the objects that survived it (at least [`MIN_TRIGGER`], as Go's 4 MB
//! minimum heap goal), so the cost is amortised over allocation.
//! `debug.SetGCPercent(-1)` turns pacing off; `runtime.GC()` always
//! collects.
//!
//! **Finalizers** (`runtime.SetFinalizer`): the finalizer table's
//! reference to its object is not a root. An object found unreachable with
//! a finalizer is kept for one more cycle, with everything it references
//! (Go marks from the finalizer's object too), and its finalizer is queued
//! to run in its own goroutine.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::chan::Chan;
use crate::value::{Agg, AggObj, CellObj, CellRef, Closure, Iface, MapObj, Pointer, Value};

/// Registrations before the first cycle, and at least between two cycles.
pub const MIN_TRIGGER: usize = 32 * 1024;

/// Entries at the end of a registry that a registration checks for dead
/// objects (`track_*`).
const PRUNE_TAIL: usize = 4;

type Map = Rc<RefCell<MapObj>>;
type ChanRef = Rc<RefCell<Chan>>;

/// The registered objects (weak references), per kind.
#[derive(Default)]
pub struct Registry {
    aggs: Vec<Weak<AggObj>>,
    cells: Vec<Weak<CellObj>>,
    maps: Vec<Weak<RefCell<MapObj>>>,
    funcs: Vec<Weak<Closure>>,
    ifaces: Vec<Weak<Iface>>,
    chans: Vec<Weak<RefCell<Chan>>>,
    /// Registrations since the last cycle, and the number that starts the
    /// next one (`usize::MAX`: pacing is off).
    pub allocs: usize,
    pub trigger: usize,
    /// Per kind, the registry length at which the dead entries are
    /// dropped without a cycle (`track_*`).
    prune_at: [usize; 6],
    /// The VM whose objects these are (`reset`'s argument; 0: none).
    owner: u64,
}

impl Registry {
    const fn new() -> Registry {
        Registry {
            aggs: Vec::new(),
            cells: Vec::new(),
            maps: Vec::new(),
            funcs: Vec::new(),
            ifaces: Vec::new(),
            chans: Vec::new(),
            allocs: 0,
            trigger: MIN_TRIGGER,
            prune_at: [MIN_TRIGGER; 6],
            owner: 0,
        }
    }
}

thread_local! {
    /// The registry of the VM running on this thread (as `heap::vaddr`'s
    /// address counter).
    static WORK: RefCell<Registry> = const { RefCell::new(Registry::new()) };
}

macro_rules! track_fn {
    ($name:ident, $ty:ty, $field:ident, $k:expr) => {
        /// Registers a new object with the collector.
        #[inline]
        pub fn $name(x: &Rc<$ty>) {
            WORK.with(|w| {
                let w = &mut *w.borrow_mut();
                let v = &mut w.$field;
                // Most objects die young, soon after the next allocation:
                // drop the entries of the last few that are already dead,
                // so that their memory (which a weak reference keeps) is
                // freed now and malloc reuses it at once. They do not
                // count towards the next cycle either.
                let n = v.len();
                for i in (n.saturating_sub(PRUNE_TAIL)..n).rev() {
                    if v[i].strong_count() == 0 {
                        v.swap_remove(i);
                        w.allocs = w.allocs.saturating_sub(1);
                    }
                }
                v.push(Rc::downgrade(x));
                w.allocs += 1;
                // Cycles run at scheduling points only: a long time slice
                // (preemption off under a debugger) would keep every dead
                // object's memory. Drop the dead entries whenever the
                // registry has doubled since they were last dropped.
                if v.len() >= w.prune_at[$k] {
                    v.retain(|e| e.strong_count() > 0);
                    w.prune_at[$k] = (2 * v.len()).max(MIN_TRIGGER);
                }
            })
        }
    };
}

track_fn!(track_agg, AggObj, aggs, 0);
track_fn!(track_cell, CellObj, cells, 1);
track_fn!(track_map, RefCell<MapObj>, maps, 2);
track_fn!(track_func, Closure, funcs, 3);
track_fn!(track_iface, Iface, ifaces, 4);
track_fn!(track_chan, RefCell<Chan>, chans, 5);

/// Whether a closure holds a reference that could lead back to it (else it
/// needs no registration and stays eligible for the closure pool). A
/// captured variable of a scalar type (`CellObj::scalar`: `defer func()
/// { r++ }()` on an `int` result) references nothing, so it cannot.
pub fn func_needs_tracking(c: &Closure) -> bool {
    c.caps.iter().chain(c.recv.iter()).any(|v| match v {
        Value::Cell(x) => !x.scalar,
        v => v.holds_ref(),
    })
}

/// gcTrigger's test at a scheduling point: enough allocation since the
/// last cycle.
#[inline]
pub fn due() -> bool {
    WORK.with(|w| {
        let w = w.borrow();
        w.allocs >= w.trigger
    })
}

/// Forgets every registration (a new program run on this thread).
pub fn reset() {
    reset_for(0);
}

/// [`reset`] for the VM numbered `owner`, whose objects the registry then
/// holds (see [`release_all`]).
pub fn reset_for(owner: u64) {
    WORK.with(|w| {
        let mut r = Registry::new();
        r.owner = owner;
        *w.borrow_mut() = r;
    });
}

/// The VM numbered `owner` is gone: every object it registered that is
/// still alive can only be kept alive by a cycle (nothing of a finished
/// run is reachable), so each is emptied as a cycle's garbage is, and the
/// memory comes back now instead of never (an embedder that runs many
/// programs in one process, the golden engine's in-process runner). If
/// another VM has started on this thread since, its registry is left alone.
pub fn release_all(owner: u64) {
    let reg = WORK.with(|w| {
        let mut w = w.borrow_mut();
        if owner == 0 || w.owner != owner {
            return None;
        }
        Some(std::mem::take(&mut *w))
    });
    let Some(reg) = reg else { return };
    reg.aggs.iter().filter_map(Weak::upgrade).for_each(|x| Obj::Agg(x).clear());
    reg.cells.iter().filter_map(Weak::upgrade).for_each(|x| Obj::Cell(x).clear());
    reg.maps.iter().filter_map(Weak::upgrade).for_each(|x| Obj::Map(x).clear());
    reg.chans.iter().filter_map(Weak::upgrade).for_each(|x| Obj::Chan(x).clear());
}

/// Sets the pacing for the next cycle from the number of survivors and
/// GOGC (`percent` < 0: off).
fn set_trigger(w: &mut Registry, live: usize, percent: i64) {
    w.allocs = 0;
    w.trigger = if percent < 0 { usize::MAX } else { (live.saturating_mul(percent as usize) / 100).max(MIN_TRIGGER) };
}

/// Changes GOGC for the next cycle (`debug.SetGCPercent`).
pub fn set_percent(percent: i64, live: usize) {
    WORK.with(|w| set_trigger(&mut w.borrow_mut(), live, percent));
}

/// One registered object, held strongly for the length of a cycle.
enum Obj {
    Agg(Agg),
    Cell(CellRef),
    Map(Map),
    Func(Rc<Closure>),
    Iface(Rc<Iface>),
    Chan(ChanRef),
}

/// An object's mark word: during a cycle, its index in the cycle's object
/// list plus one; 0 for an object the cycle does not examine (outside a
/// cycle every word is 0). A map or channel whose `RefCell` is borrowed
/// reads as 0 in every phase, so the references to it count as outside
/// ones and it is kept.
fn word_of_map(m: &Map) -> u32 {
    m.try_borrow().map(|m| m.gc.get()).unwrap_or(0)
}

fn word_of_chan(c: &ChanRef) -> u32 {
    c.try_borrow().map(|c| c.gc.get()).unwrap_or(0)
}

impl Obj {
    fn word(&self) -> u32 {
        match self {
            Obj::Agg(x) => x.gc.get(),
            Obj::Cell(x) => x.gc.get(),
            Obj::Map(x) => word_of_map(x),
            Obj::Func(x) => x.gc.get(),
            Obj::Iface(x) => x.gc.get(),
            Obj::Chan(x) => word_of_chan(x),
        }
    }

    /// Sets the mark word; false if it cannot be set (a borrowed map or
    /// channel: the cycle leaves it out).
    fn set_word(&self, w: u32) -> bool {
        match self {
            Obj::Agg(x) => x.gc.set(w),
            Obj::Cell(x) => x.gc.set(w),
            Obj::Map(x) => match x.try_borrow() {
                Ok(m) => m.gc.set(w),
                Err(_) => return false,
            },
            Obj::Func(x) => x.gc.set(w),
            Obj::Iface(x) => x.gc.set(w),
            Obj::Chan(x) => match x.try_borrow() {
                Ok(c) => c.gc.set(w),
                Err(_) => return false,
            },
        }
        true
    }

    fn strong(&self) -> usize {
        match self {
            Obj::Agg(x) => Rc::strong_count(x),
            Obj::Cell(x) => Rc::strong_count(x),
            Obj::Map(x) => Rc::strong_count(x),
            Obj::Func(x) => Rc::strong_count(x),
            Obj::Iface(x) => Rc::strong_count(x),
            Obj::Chan(x) => Rc::strong_count(x),
        }
    }

    /// Calls `f` with the mark word of every object of the cycle this one
    /// references directly, once per reference. `false`: the object is
    /// borrowed and its contents cannot be examined (the caller treats it
    /// as a root).
    fn visit(&self, f: &mut dyn FnMut(u32)) -> bool {
        match self {
            Obj::Agg(x) => match x.elems.try_borrow() {
                Ok(e) => e.iter().for_each(|v| children(v, f)),
                Err(_) => return false,
            },
            Obj::Cell(x) => match x.v.try_borrow() {
                Ok(v) => children(&v, f),
                Err(_) => return false,
            },
            Obj::Map(x) => match x.try_borrow() {
                Ok(m) => m.entries.iter().flatten().for_each(|(k, v)| {
                    children(k, f);
                    children(v, f);
                }),
                Err(_) => return false,
            },
            Obj::Func(x) => x.caps.iter().chain(x.recv.iter()).for_each(|v| children(v, f)),
            Obj::Iface(x) => children(&x.val, f),
            Obj::Chan(x) => match x.try_borrow() {
                Ok(c) => {
                    c.buf.iter().for_each(|v| children(v, f));
                    c.sendq.all().for_each(|s| children(&s.val, f));
                    children(&c.elem_zero, f);
                }
                Err(_) => return false,
            },
        }
        true
    }

    /// Empties a garbage object, dropping its references (which breaks the
    /// cycles it is part of). Closures and interface boxes are immutable
    /// and stay as they are: every cycle also runs through a mutable object.
    fn clear(&self) {
        match self {
            Obj::Agg(x) => {
                if let Ok(mut e) = x.elems.try_borrow_mut() {
                    e.clear();
                }
            }
            Obj::Cell(x) => {
                if let Ok(mut v) = x.v.try_borrow_mut() {
                    *v = Value::Nil;
                }
            }
            Obj::Map(x) => {
                if let Ok(mut m) = x.try_borrow_mut() {
                    m.clear();
                }
            }
            Obj::Chan(x) => {
                if let Ok(mut c) = x.try_borrow_mut() {
                    c.buf.clear();
                    c.sendq.clear();
                    c.elem_zero = Value::Nil;
                }
            }
            Obj::Func(_) | Obj::Iface(_) => {}
        }
    }

    fn keep(&self, w: &mut Registry) {
        match self {
            Obj::Agg(x) => w.aggs.push(Rc::downgrade(x)),
            Obj::Cell(x) => w.cells.push(Rc::downgrade(x)),
            Obj::Map(x) => w.maps.push(Rc::downgrade(x)),
            Obj::Func(x) => w.funcs.push(Rc::downgrade(x)),
            Obj::Iface(x) => w.ifaces.push(Rc::downgrade(x)),
            Obj::Chan(x) => w.chans.push(Rc::downgrade(x)),
        }
    }
}

/// The mark word of each object that value `v` references directly (one
/// call per reference `v` holds; objects outside the cycle are skipped).
#[inline]
fn children(v: &Value, f: &mut dyn FnMut(u32)) {
    let w = match v {
        Value::Cell(c) => c.gc.get(),
        Value::Agg(a) => a.gc.get(),
        Value::Pointer(p) => match p {
            Pointer::Agg(a) | Pointer::Elem(a, _) => a.gc.get(),
            Pointer::Cell(c) => c.gc.get(),
            Pointer::Global(_) | Pointer::Byte(..) => 0,
        },
        Value::Slice(s) => s.arr.gc.get(),
        Value::Map(m) => word_of_map(m),
        Value::Func(c) => c.gc.get(),
        Value::Iface(i) => i.gc.get(),
        Value::Chan(c) => word_of_chan(c),
        Value::Nil
        | Value::Bool(_)
        | Value::Int(_)
        | Value::Float(_)
        | Value::Complex(..)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::Iter(_) => 0,
    };
    if w != 0 {
        f(w)
    }
}

/// The mark word of the object a finalizer is set on.
fn word_of(v: &Value) -> u32 {
    match v {
        Value::Pointer(Pointer::Agg(a)) => a.gc.get(),
        Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => c.gc.get(),
        _ => 0,
    }
}

/// The address of the object a finalizer is set on (a pointer to a whole
/// struct or array, or to a heap cell).
pub fn object_addr(v: &Value) -> Option<usize> {
    match v {
        Value::Pointer(Pointer::Agg(a)) => Some(Rc::as_ptr(a) as *const u8 as usize),
        Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => Some(Rc::as_ptr(c) as *const u8 as usize),
        // A pointer to a whole compact array.
        Value::Bytes(b) if b.kind == crate::value::BytesKind::Ptr => Some(Rc::as_ptr(&b.arr) as *const u8 as usize),
        _ => None,
    }
}

/// A finalizer or a cleanup: the object (a pointer value) and the function
/// to call once a cycle finds the object unreachable.
#[derive(Debug)]
pub struct Finalizer {
    pub obj: Value,
    pub f: Value,
    /// 0: a finalizer (runtime.SetFinalizer), called with the object, which
    /// it resurrects. Else the id of a cleanup (runtime.AddCleanup): `f`
    /// takes no arguments (its argument is bound in it) and the object is
    /// freed, never resurrected, so a cycle through it is collected too.
    pub cleanup: u64,
}

/// What one cycle did.
#[derive(Debug, Default, Clone, Copy)]
pub struct CycleStats {
    /// Registered objects alive after the cycle.
    pub live: usize,
    /// Garbage objects found in cycles (emptied and freed).
    pub freed: usize,
}

/// gcStart..sweep: one full cycle. `fins` is the finalizer table; the
/// finalizers of objects found unreachable are removed from it and
/// returned, to be run. `percent` is GOGC, for the next trigger.
///
/// `dead` holds copies of the values in stack slots the program will not
/// read again (variables after their last use, Go's stack maps leave them
/// out): they keep what they reference allocated, so that the debugger can
/// still show every variable in scope, but they do not make it reachable
/// for finalizers and cleanups, which run as Go runs them.
pub fn collect(fins: &mut Vec<Finalizer>, percent: i64, dead: &[Value]) -> (CycleStats, Vec<Finalizer>) {
    let reg = WORK.with(|w| std::mem::take(&mut *w.borrow_mut()));
    // Upgrade every weak reference (objects already freed drop out) and
    // number the objects in their mark words. A duplicate registration,
    // or an object whose word cannot be set, is left out.
    let mut objs: Vec<Obj> = Vec::with_capacity(reg.aggs.len() + reg.cells.len() + reg.ifaces.len());
    let mut add = |o: Obj| {
        if o.word() == 0 && o.set_word(objs.len() as u32 + 1) {
            objs.push(o);
        }
    };
    reg.aggs.iter().filter_map(Weak::upgrade).for_each(|x| add(Obj::Agg(x)));
    reg.cells.iter().filter_map(Weak::upgrade).for_each(|x| add(Obj::Cell(x)));
    reg.maps.iter().filter_map(Weak::upgrade).for_each(|x| add(Obj::Map(x)));
    reg.funcs.iter().filter_map(Weak::upgrade).for_each(|x| add(Obj::Func(x)));
    reg.ifaces.iter().filter_map(Weak::upgrade).for_each(|x| add(Obj::Iface(x)));
    reg.chans.iter().filter_map(Weak::upgrade).for_each(|x| add(Obj::Chan(x)));
    drop(reg);
    // An object of a pointer-free type is not registered (AggObj::scalar,
    // CellObj::scalar), but one with a finalizer or a cleanup must be
    // examined, or it would never be found unreachable. (One already
    // added keeps its word: `add` leaves it out.)
    for fin in fins.iter() {
        match &fin.obj {
            Value::Pointer(Pointer::Agg(a)) => add(Obj::Agg(a.clone())),
            Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => add(Obj::Cell(c.clone())),
            _ => {}
        }
    }
    let n = objs.len();

    // 1. gc_refs: the strong count less our own reference, and less the
    // copies in `dead` (ours too). `live_refs` also leaves out the dead
    // slots' own references: the roots for finalizers.
    let mut refs: Vec<isize> = objs.iter().map(|o| o.strong() as isize - 1).collect();
    let mut live_refs = refs.clone();
    for v in dead {
        children(v, &mut |w| {
            refs[w as usize - 1] -= 1;
            live_refs[w as usize - 1] -= 2;
        });
    }
    // The finalizer table's references are not roots.
    for fin in fins.iter() {
        if let Some(i) = word_of(&fin.obj).checked_sub(1) {
            refs[i as usize] -= 1;
            live_refs[i as usize] -= 1;
        }
    }
    // 2. subtract_refs: references between the cycle's objects.
    let mut opaque = vec![false; n];
    for (i, o) in objs.iter().enumerate() {
        opaque[i] = !o.visit(&mut |w| {
            refs[w as usize - 1] -= 1;
            live_refs[w as usize - 1] -= 1;
        });
    }
    // 3. mark from the roots: `marked` from the live ones (what finalizers
    // see as reachable), `kept` from all of them (what is not swept; the
    // same set unless some dead slot holds a reference).
    let mut stack: Vec<u32> = Vec::new();
    let mut mark_from = |roots: &[isize]| {
        let mut set = vec![false; n];
        for i in 0..n {
            if roots[i] > 0 || opaque[i] {
                set[i] = true;
                stack.push(i as u32 + 1);
            }
        }
        mark(&objs, &mut set, &mut stack);
        set
    };
    let mut marked = mark_from(&live_refs);
    let kept = (!dead.is_empty()).then(|| mark_from(&refs));

    // Finalizers: an unreachable object with a finalizer is resurrected
    // for it, with what it references. Its referents are marked first, so
    // an object that another finalizable object references (or that
    // references itself) waits for a later cycle, as Go's.
    let pending: Vec<usize> = fins
        .iter()
        .enumerate()
        .filter_map(|(k, fin)| word_of(&fin.obj).checked_sub(1).filter(|&i| !marked[i as usize]).map(|_| k))
        .collect();
    for &k in pending.iter().filter(|&&k| fins[k].cleanup == 0) {
        let i = word_of(&fins[k].obj) as usize - 1;
        objs[i].visit(&mut |w| {
            if !marked[w as usize - 1] {
                marked[w as usize - 1] = true;
                stack.push(w);
            }
        });
    }
    mark(&objs, &mut marked, &mut stack);
    let mut ready = Vec::new();
    for &k in pending.iter().rev() {
        let i = word_of(&fins[k].obj) as usize - 1;
        if !marked[i] {
            // A finalizer's object lives on for it; a cleanup's does not
            // (unmarked, it is swept below as the garbage it is).
            if fins[k].cleanup == 0 {
                marked[i] = true;
                stack.push(i as u32 + 1);
            }
            ready.push(fins.remove(k));
        }
    }
    mark(&objs, &mut marked, &mut stack);
    ready.reverse();
    // A compact array of numbers (`ByteArr`: `&[4]int{...}`) holds no
    // references, so it is in no cycle and not registered: it is
    // unreachable once the only references left to it are the finalizer
    // table's and the dead slots' (with our copies of those).
    let same = |v: &Value, b: &crate::value::Bytes| matches!(v, Value::Bytes(x) if Rc::ptr_eq(&x.arr, &b.arr));
    let due: Vec<usize> = (0..fins.len())
        .filter(|&k| {
            let Value::Bytes(b) = &fins[k].obj else { return false };
            let table = fins.iter().filter(|f| same(&f.obj, b)).count();
            let slots = dead.iter().filter(|v| same(v, b)).count();
            Rc::strong_count(&b.arr) <= table + 2 * slots
        })
        .collect();
    let mut compact: Vec<Finalizer> = due.iter().rev().map(|&k| fins.remove(k)).collect();
    compact.reverse();
    ready.extend(compact);
    // What the dead slots hold stays allocated, with what it references.
    for (i, _) in kept.iter().flatten().enumerate().filter(|&(_, &k)| k) {
        if !marked[i] {
            marked[i] = true;
            stack.push(i as u32 + 1);
        }
    }
    mark(&objs, &mut marked, &mut stack);

    // 4. sweep: empty the garbage, keep the survivors registered, and
    // reset every mark word.
    let mut stats = CycleStats::default();
    let mut next = Registry::new();
    for (i, o) in objs.iter().enumerate() {
        o.set_word(0);
        if marked[i] {
            o.keep(&mut next);
            stats.live += 1;
        } else {
            o.clear();
            stats.freed += 1;
        }
    }
    set_trigger(&mut next, stats.live, percent);
    WORK.with(|w| *w.borrow_mut() = next);
    // Our references go last: the emptied garbage is freed here.
    drop(objs);
    (stats, ready)
}

/// Marks everything reachable from the objects on `stack` (mark words).
fn mark(objs: &[Obj], marked: &mut [bool], stack: &mut Vec<u32>) {
    while let Some(w) = stack.pop() {
        objs[w as usize - 1].visit(&mut |c| {
            if !marked[c as usize - 1] {
                marked[c as usize - 1] = true;
                stack.push(c);
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::AggVec;

    fn node() -> Agg {
        AggObj::new(AggVec::from_vec(vec![Value::Nil]))
    }

    #[test]
    fn a_cycle_is_freed_and_a_rooted_one_is_not() {
        reset();
        let a = node();
        let b = node();
        a.borrow_mut()[0] = Value::Pointer(Pointer::Agg(b.clone()));
        b.borrow_mut()[0] = Value::Pointer(Pointer::Agg(a.clone()));
        let wa = Rc::downgrade(&a);
        // Rooted: `c` holds one end of a second cycle.
        let c = node();
        let d = node();
        c.borrow_mut()[0] = Value::Pointer(Pointer::Agg(d.clone()));
        d.borrow_mut()[0] = Value::Pointer(Pointer::Agg(c.clone()));
        drop((a, b, d));
        let (st, ready) = collect(&mut Vec::new(), 100, &[]);
        assert!(ready.is_empty());
        assert_eq!(st.freed, 2);
        assert_eq!(st.live, 2);
        assert!(wa.upgrade().is_none());
        // The rooted cycle is intact.
        let Value::Pointer(Pointer::Agg(d)) = c.borrow()[0].clone() else { panic!("cleared a reachable object") };
        assert!(matches!(d.borrow()[0], Value::Pointer(Pointer::Agg(_))));
    }

    #[test]
    fn a_finalizer_is_queued_once_its_object_is_unreachable() {
        reset();
        // a -> b -> a: a cycle through the finalizer's object.
        let a = node();
        let b = node();
        a.borrow_mut()[0] = Value::Pointer(Pointer::Agg(b.clone()));
        let mut fins = vec![Finalizer { obj: Value::Pointer(Pointer::Agg(a.clone())), f: Value::Nil, cleanup: 0 }];
        let (_, ready) = collect(&mut fins, 100, &[]);
        assert!(ready.is_empty(), "a is still referenced here");
        drop((a, b));
        let (_, ready) = collect(&mut fins, 100, &[]);
        assert_eq!(ready.len(), 1);
        assert!(fins.is_empty());
        // The object and what it references survive for the finalizer.
        let Value::Pointer(Pointer::Agg(a)) = &ready[0].obj else { panic!("not the object") };
        assert!(matches!(a.borrow()[0], Value::Pointer(Pointer::Agg(_))));
    }

    #[test]
    fn a_dead_slot_keeps_its_object_but_does_not_hold_back_its_cleanup() {
        reset();
        // A variable past its last use holds `a` (a -> b -> a); a cleanup
        // is attached to `a`. The cleanup runs; the objects are kept for
        // the slot (the debugger shows them) and stay intact.
        let a = node();
        let b = node();
        a.borrow_mut()[0] = Value::Pointer(Pointer::Agg(b.clone()));
        b.borrow_mut()[0] = Value::Pointer(Pointer::Agg(a.clone()));
        let slot = Value::Pointer(Pointer::Agg(a.clone()));
        drop((a, b));
        let mut fins = vec![Finalizer { obj: slot.clone(), f: Value::Nil, cleanup: 1 }];
        let (st, ready) = collect(&mut fins, 100, std::slice::from_ref(&slot.clone()));
        assert_eq!(ready.len(), 1, "the cleanup is due");
        assert!(fins.is_empty());
        assert_eq!(st.freed, 0, "the dead slot keeps the objects");
        let Value::Pointer(Pointer::Agg(a)) = &slot else { panic!("not a pointer") };
        assert!(matches!(a.borrow()[0], Value::Pointer(Pointer::Agg(_))), "kept objects are intact");
        // The same object in a live slot (a root) holds its cleanup back.
        let mut fins = vec![Finalizer { obj: slot.clone(), f: Value::Nil, cleanup: 1 }];
        let (_, ready) = collect(&mut fins, 100, &[]);
        assert!(ready.is_empty());
    }

    #[test]
    fn an_object_that_references_itself_is_not_finalized() {
        // Go's rule: the finalizer's object is marked from its referents,
        // so a self-reference keeps it (runtime.SetFinalizer's doc).
        reset();
        let a = node();
        a.borrow_mut()[0] = Value::Pointer(Pointer::Agg(a.clone()));
        let mut fins = vec![Finalizer { obj: Value::Pointer(Pointer::Agg(a.clone())), f: Value::Nil, cleanup: 0 }];
        drop(a);
        let (st, ready) = collect(&mut fins, 100, &[]);
        assert!(ready.is_empty());
        assert_eq!(st.freed, 0);
        assert_eq!(fins.len(), 1);
    }
}
