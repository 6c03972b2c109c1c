//! Natives of `sync` and `sync/atomic`. The state lives in the Go objects
//! (laid out as in Go 1.27, see stdlib/sync.go); a contended operation
//! queues the goroutine on the object (`Vm::semqueue`, Go's semaRoot) and
//! parks it with Go's wait reason. Unlock readies a queued Lock, which then
//! tries again (Go's normal mode); a WaitGroup reaching zero releases every
//! Wait (`Vm::semrelease`).

use super::{arg, int, nil_deref, none, panic_str, recv_agg, ret, ret_bool, ret_int, Entry};
use crate::exec::{dyn_type, wrap};
use crate::rterr::RtErr;
use crate::value::equal;
use crate::value::{Agg, Value};
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] = &[
    ("sync.(*Mutex).Lock", mutex_lock, 1),
    ("sync.(*Mutex).TryLock", mutex_try_lock, 1),
    ("sync.(*Mutex).Unlock", mutex_unlock, 1),
    ("sync.(*RWMutex).RLock", rw_rlock, 1),
    ("sync.(*RWMutex).TryRLock", rw_try_rlock, 1),
    ("sync.(*RWMutex).RUnlock", rw_runlock, 1),
    ("sync.(*RWMutex).Lock", rw_lock, 1),
    ("sync.(*RWMutex).TryLock", rw_try_lock, 1),
    ("sync.(*RWMutex).Unlock", rw_unlock, 1),
    ("sync.(*WaitGroup).Add", wg_add, 2),
    ("sync.(*WaitGroup).Wait", wg_wait, 1),
    ("sync.runtime_notifyListWait", notify_list_wait, 2),
    ("sync.runtime_notifyListNotifyAll", notify_list_notify_all, 1),
    ("sync.runtime_notifyListNotifyOne", notify_list_notify_one, 1),
    ("sync/atomic.AddInt32", add::<32, true>, 2),
    ("sync/atomic.AddInt64", add::<64, true>, 2),
    ("sync/atomic.AddUint32", add::<32, false>, 2),
    ("sync/atomic.AddUint64", add::<64, false>, 2),
    ("sync/atomic.AddUintptr", add::<64, false>, 2),
    ("sync/atomic.AndInt32", and, 2),
    ("sync/atomic.AndInt64", and, 2),
    ("sync/atomic.AndUint32", and, 2),
    ("sync/atomic.AndUint64", and, 2),
    ("sync/atomic.AndUintptr", and, 2),
    ("sync/atomic.OrInt32", or, 2),
    ("sync/atomic.OrInt64", or, 2),
    ("sync/atomic.OrUint32", or, 2),
    ("sync/atomic.OrUint64", or, 2),
    ("sync/atomic.OrUintptr", or, 2),
    ("sync/atomic.LoadInt32", load, 1),
    ("sync/atomic.LoadInt64", load, 1),
    ("sync/atomic.LoadUint32", load, 1),
    ("sync/atomic.LoadUint64", load, 1),
    ("sync/atomic.LoadUintptr", load, 1),
    ("sync/atomic.StoreInt32", store, 2),
    ("sync/atomic.StoreInt64", store, 2),
    ("sync/atomic.StoreUint32", store, 2),
    ("sync/atomic.StoreUint64", store, 2),
    ("sync/atomic.StoreUintptr", store, 2),
    ("sync/atomic.SwapInt32", swap, 2),
    ("sync/atomic.SwapInt64", swap, 2),
    ("sync/atomic.SwapUint32", swap, 2),
    ("sync/atomic.SwapUint64", swap, 2),
    ("sync/atomic.SwapUintptr", swap, 2),
    ("sync/atomic.CompareAndSwapInt32", cas, 3),
    ("sync/atomic.CompareAndSwapInt64", cas, 3),
    ("sync/atomic.CompareAndSwapUint32", cas, 3),
    ("sync/atomic.CompareAndSwapUint64", cas, 3),
    ("sync/atomic.CompareAndSwapUintptr", cas, 3),
    ("sync/atomic.(*Int32).Load", f_load::<1>, 1),
    ("sync/atomic.(*Int32).Store", f_store::<1>, 2),
    ("sync/atomic.(*Int32).Swap", f_swap::<1>, 2),
    ("sync/atomic.(*Int32).CompareAndSwap", f_cas::<1>, 3),
    ("sync/atomic.(*Int32).Add", f_add::<1, 32, true>, 2),
    ("sync/atomic.(*Int32).And", f_and::<1>, 2),
    ("sync/atomic.(*Int32).Or", f_or::<1>, 2),
    ("sync/atomic.(*Int64).Load", f_load::<2>, 1),
    ("sync/atomic.(*Int64).Store", f_store::<2>, 2),
    ("sync/atomic.(*Int64).Swap", f_swap::<2>, 2),
    ("sync/atomic.(*Int64).CompareAndSwap", f_cas::<2>, 3),
    ("sync/atomic.(*Int64).Add", f_add::<2, 64, true>, 2),
    ("sync/atomic.(*Int64).And", f_and::<2>, 2),
    ("sync/atomic.(*Int64).Or", f_or::<2>, 2),
    ("sync/atomic.(*Uint32).Load", f_load::<1>, 1),
    ("sync/atomic.(*Uint32).Store", f_store::<1>, 2),
    ("sync/atomic.(*Uint32).Swap", f_swap::<1>, 2),
    ("sync/atomic.(*Uint32).CompareAndSwap", f_cas::<1>, 3),
    ("sync/atomic.(*Uint32).Add", f_add::<1, 32, false>, 2),
    ("sync/atomic.(*Uint32).And", f_and::<1>, 2),
    ("sync/atomic.(*Uint32).Or", f_or::<1>, 2),
    ("sync/atomic.(*Uint64).Load", f_load::<2>, 1),
    ("sync/atomic.(*Uint64).Store", f_store::<2>, 2),
    ("sync/atomic.(*Uint64).Swap", f_swap::<2>, 2),
    ("sync/atomic.(*Uint64).CompareAndSwap", f_cas::<2>, 3),
    ("sync/atomic.(*Uint64).Add", f_add::<2, 64, false>, 2),
    ("sync/atomic.(*Uint64).And", f_and::<2>, 2),
    ("sync/atomic.(*Uint64).Or", f_or::<2>, 2),
    ("sync/atomic.(*Uintptr).Load", f_load::<1>, 1),
    ("sync/atomic.(*Uintptr).Store", f_store::<1>, 2),
    ("sync/atomic.(*Uintptr).Swap", f_swap::<1>, 2),
    ("sync/atomic.(*Uintptr).CompareAndSwap", f_cas::<1>, 3),
    ("sync/atomic.(*Uintptr).Add", f_add::<1, 64, false>, 2),
    ("sync/atomic.(*Uintptr).And", f_and::<1>, 2),
    ("sync/atomic.(*Uintptr).Or", f_or::<1>, 2),
    ("sync/atomic.(*Bool).Load", bool_load, 1),
    ("sync/atomic.(*Bool).Store", bool_store, 2),
    ("sync/atomic.(*Bool).Swap", bool_swap, 2),
    ("sync/atomic.(*Bool).CompareAndSwap", bool_cas, 3),
    ("sync/atomic.(*Value).Load", f_load::<0>, 1),
    ("sync/atomic.(*Value).Store", value_store, 2),
    ("sync/atomic.(*Value).Swap", value_swap, 2),
    ("sync/atomic.(*Value).CompareAndSwap", value_cas, 3),
];

/// Field `i` of an object, as a nested object.
fn sub(a: &Agg, i: usize) -> Option<Agg> {
    match a.borrow().get(i) {
        Some(Value::Agg(x)) => Some(x.clone()),
        _ => None,
    }
}

fn get(a: &Agg, i: usize) -> i64 {
    a.borrow().get(i).map(|v| v.as_int()).unwrap_or(0)
}

fn set(a: &Agg, i: usize, v: i64) {
    if let Some(x) = a.borrow_mut().get_mut(i) {
        *x = Value::Int(v);
    }
}

/// The internal mutex (`{state, sema}`) of a `sync.Mutex` object.
fn imutex(m: &Agg) -> Option<Agg> {
    sub(m, 1)
}

macro_rules! obj {
    ($vm:expr, $args:expr) => {
        match recv_agg($vm, arg($args, 0)) {
            Some(a) => a,
            None => return nil_deref($vm),
        }
    };
}

/// The key of a sync object in `Vm::semtable`: its address.
fn key(a: &Agg) -> usize {
    std::rc::Rc::as_ptr(a) as usize
}

/// semacquire: queues goroutine `gi` on `a` and parks it with `reason`.
fn park_on(vm: &mut Vm, gi: usize, a: &Agg, reason: &'static str) -> NativeOut {
    let lifo = std::mem::take(&mut vm.gs[gi].sema_retry);
    vm.semqueue(key(a), gi, lifo);
    NativeOut::Block(reason)
}

fn mutex_lock(vm: &mut Vm, gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(s) = imutex(&m) else { return none() };
    if get(&s, 0) != 0 {
        return park_on(vm, gi, &s, "sync.Mutex.Lock");
    }
    vm.gs[gi].sema_retry = false;
    set(&s, 0, 1);
    none()
}

fn mutex_try_lock(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(s) = imutex(&m) else { return ret_bool(false) };
    if get(&s, 0) != 0 {
        return ret_bool(false);
    }
    set(&s, 0, 1);
    ret_bool(true)
}

fn mutex_unlock(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(s) = imutex(&m) else { return none() };
    if get(&s, 0) == 0 {
        return NativeOut::Fatal("sync: unlock of unlocked mutex".into());
    }
    set(&s, 0, 0);
    vm.semrelease(key(&s), false, false);
    none()
}

// RWMutex {w Mutex, writerSem, readerSem, readerCount {_, v}, readerWait {_, v}}.
// w's state: 0 free, 1 held by a writer, 2 a writer (goid in w's sema) holds
// it and waits for the readers to leave.

struct Rw {
    w: Agg,
    readers: Agg,
}

fn rw(m: &Agg) -> Option<Rw> {
    Some(Rw { w: imutex(&sub(m, 0)?)?, readers: sub(m, 3)? })
}

fn rw_rlock(vm: &mut Vm, gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(r) = rw(&m) else { return none() };
    if get(&r.w, 0) != 0 {
        return park_on(vm, gi, &r.w, "sync.RWMutex.RLock");
    }
    vm.gs[gi].sema_retry = false;
    set(&r.readers, 1, get(&r.readers, 1) + 1);
    none()
}

fn rw_try_rlock(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(r) = rw(&m) else { return ret_bool(false) };
    if get(&r.w, 0) != 0 {
        return ret_bool(false);
    }
    set(&r.readers, 1, get(&r.readers, 1) + 1);
    ret_bool(true)
}

fn rw_runlock(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(r) = rw(&m) else { return none() };
    let n = get(&r.readers, 1);
    if n <= 0 {
        return NativeOut::Fatal("sync: RUnlock of unlocked RWMutex".into());
    }
    set(&r.readers, 1, n - 1);
    // The last reader out readies the writer waiting for it.
    if n == 1 && get(&r.w, 0) == 2 {
        vm.semrelease(key(&r.readers), true, false);
    }
    none()
}

fn rw_lock(vm: &mut Vm, gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(r) = rw(&m) else { return none() };
    let goid = vm.gs[gi].goid as i64;
    let state = get(&r.w, 0);
    if state == 2 && get(&r.w, 1) == goid {
        if get(&r.readers, 1) > 0 {
            return park_on(vm, gi, &r.readers, "sync.RWMutex.Lock");
        }
        set(&r.w, 0, 1);
        set(&r.w, 1, 0);
        vm.gs[gi].sema_retry = false;
        return none();
    }
    if state != 0 {
        return park_on(vm, gi, &r.w, "sync.Mutex.Lock");
    }
    if get(&r.readers, 1) > 0 {
        set(&r.w, 0, 2);
        set(&r.w, 1, goid);
        return park_on(vm, gi, &r.readers, "sync.RWMutex.Lock");
    }
    vm.gs[gi].sema_retry = false;
    set(&r.w, 0, 1);
    none()
}

fn rw_try_lock(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(r) = rw(&m) else { return ret_bool(false) };
    if get(&r.w, 0) != 0 || get(&r.readers, 1) > 0 {
        return ret_bool(false);
    }
    set(&r.w, 0, 1);
    ret_bool(true)
}

fn rw_unlock(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(r) = rw(&m) else { return none() };
    if get(&r.w, 0) != 1 {
        return NativeOut::Fatal("sync: Unlock of unlocked RWMutex".into());
    }
    set(&r.w, 0, 0);
    // Readers and writers queued on the writer lock all try again.
    vm.semrelease(key(&r.w), true, false);
    none()
}

// WaitGroup {noCopy, state {_, _, v}, sema}: the counter is in v's high 32 bits.

fn wg_add(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(st) = sub(&m, 1) else { return none() };
    let v = get(&st, 2) as u64;
    let counter = (v >> 32) as i32 as i64 + int(a, 1);
    if counter < 0 {
        return panic_str("sync: negative WaitGroup counter");
    }
    set(&st, 2, ((counter as u64) << 32 | (v & 0xffff_ffff)) as i64);
    // The counter reached zero: every Wait returns.
    if counter == 0 {
        vm.semrelease(key(&st), true, true);
    }
    none()
}

fn wg_wait(vm: &mut Vm, gi: usize, a: &[Value]) -> NativeOut {
    let m = obj!(vm, a);
    let Some(st) = sub(&m, 1) else { return none() };
    if (get(&st, 2) as u64) >> 32 != 0 {
        vm.semqueue(key(&st), gi, false);
        return NativeOut::Block("sync.WaitGroup.Wait");
    }
    none()
}

// notifyList {wait, notify} (sync.Cond's, runtime/sema.go): tickets below
// `notify` have been notified; the waiters are queued on the list with
// their ticket in `G::sema_ticket`.

/// notifyListWait: parks until ticket `t` is notified (at once if it was).
fn notify_list_wait(vm: &mut Vm, gi: usize, a: &[Value]) -> NativeOut {
    let l = obj!(vm, a);
    let t = int(a, 1) as u32;
    // less(t, l.notify), with wraparound.
    if (t.wrapping_sub(get(&l, 1) as u32) as i32) < 0 {
        return none();
    }
    vm.gs[gi].sema_ticket = t;
    vm.semqueue(key(&l), gi, false);
    NativeOut::Block("sync.Cond.Wait")
}

/// notifyListNotifyAll: every waiter's Wait returns.
fn notify_list_notify_all(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let l = obj!(vm, a);
    if get(&l, 0) == get(&l, 1) {
        return none();
    }
    set(&l, 1, get(&l, 0));
    vm.semrelease(key(&l), true, true);
    none()
}

/// notifyListNotifyOne: the waiter holding the oldest unnotified ticket
/// returns from its Wait (it may not be parked yet: then its Wait will not
/// park).
fn notify_list_notify_one(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let l = obj!(vm, a);
    let (wait, notify) = (get(&l, 0), get(&l, 1));
    if wait == notify {
        return none();
    }
    set(&l, 1, (notify as u32).wrapping_add(1) as i64);
    vm.semrelease_ticket(key(&l), notify as u32);
    none()
}

// --------------------------------------------------------------------
// sync/atomic functions over pointers

fn rmw(vm: &mut Vm, a: &[Value], f: impl FnOnce(i64) -> (i64, Value)) -> NativeOut {
    let p = arg(a, 0).clone();
    let Some(old) = vm.load_ptr(&p) else { return nil_deref(vm) };
    let (new, result) = f(old.as_int());
    vm.store_ptr(&p, Value::Int(new));
    ret(result)
}

fn add<const BITS: u8, const SIGNED: bool>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let d = int(a, 1);
    rmw(vm, a, |o| {
        let n = wrap(o.wrapping_add(d), BITS, SIGNED);
        (n, Value::Int(n))
    })
}

// And and Or return the old value; the operands are canonical (sign- or
// zero-extended) already, and so is the result of a bitwise operation.
fn and(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = int(a, 1);
    rmw(vm, a, |o| (o & m, Value::Int(o)))
}

fn or(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let m = int(a, 1);
    rmw(vm, a, |o| (o | m, Value::Int(o)))
}

fn load(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    match vm.load_ptr(arg(a, 0)) {
        Some(v) => ret(v),
        None => nil_deref(vm),
    }
}

fn store(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let p = arg(a, 0).clone();
    if !vm.store_ptr(&p, arg(a, 1).clone()) {
        return nil_deref(vm);
    }
    none()
}

fn swap(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let n = int(a, 1);
    rmw(vm, a, |o| (n, Value::Int(o)))
}

fn cas(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (old, new) = (int(a, 1), int(a, 2));
    rmw(vm, a, |o| if o == old { (new, Value::Bool(true)) } else { (o, Value::Bool(false)) })
}

// --------------------------------------------------------------------
// sync/atomic types: the value is field F of the receiver's object

fn f_load<const F: usize>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let v = o.borrow().get(F).cloned().unwrap_or_default();
    ret(v)
}

fn f_store<const F: usize>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    if let Some(x) = o.borrow_mut().get_mut(F) {
        *x = arg(a, 1).clone();
    }
    none()
}

fn f_swap<const F: usize>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let old = o.borrow().get(F).cloned().unwrap_or_default();
    if let Some(x) = o.borrow_mut().get_mut(F) {
        *x = arg(a, 1).clone();
    }
    ret(old)
}

fn f_cas<const F: usize>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let cur = get(&o, F);
    if cur == int(a, 1) {
        set(&o, F, int(a, 2));
        return ret_bool(true);
    }
    ret_bool(false)
}

fn f_add<const F: usize, const BITS: u8, const SIGNED: bool>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let n = wrap(get(&o, F).wrapping_add(int(a, 1)), BITS, SIGNED);
    set(&o, F, n);
    ret_int(n)
}

fn f_and<const F: usize>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let old = get(&o, F);
    set(&o, F, old & int(a, 1));
    ret_int(old)
}

fn f_or<const F: usize>(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let old = get(&o, F);
    set(&o, F, old | int(a, 1));
    ret_int(old)
}

fn bool_load(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    ret_bool(get(&o, 1) != 0)
}

fn bool_store(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    set(&o, 1, arg(a, 1).as_bool() as i64);
    none()
}

fn bool_swap(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let old = get(&o, 1) != 0;
    set(&o, 1, arg(a, 1).as_bool() as i64);
    ret_bool(old)
}

fn bool_cas(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let o = obj!(vm, a);
    let cur = get(&o, 1) != 0;
    if cur == arg(a, 1).as_bool() {
        set(&o, 1, arg(a, 2).as_bool() as i64);
        return ret_bool(true);
    }
    ret_bool(false)
}

// atomic.Value: field 0 holds the interface value; once set, every later
// value must have the same dynamic type (value.go's efaceWords.typ check).

/// Whether `new` may replace the value held in `o` (nil or the same type).
fn value_consistent(o: &Agg, new: &Value) -> bool {
    let cur = o.borrow().first().cloned().unwrap_or_default();
    cur.is_nil() || dyn_type(&cur) == dyn_type(new)
}

fn value_store(vm: &mut Vm, gi: usize, a: &[Value]) -> NativeOut {
    if arg(a, 1).is_nil() {
        return panic_str("sync/atomic: store of nil value into Value");
    }
    let o = obj!(vm, a);
    if !value_consistent(&o, arg(a, 1)) {
        return panic_str("sync/atomic: store of inconsistently typed value into Value");
    }
    f_store::<0>(vm, gi, a)
}

fn value_swap(vm: &mut Vm, gi: usize, a: &[Value]) -> NativeOut {
    if arg(a, 1).is_nil() {
        return panic_str("sync/atomic: swap of nil value into Value");
    }
    let o = obj!(vm, a);
    if !value_consistent(&o, arg(a, 1)) {
        return panic_str("sync/atomic: swap of inconsistently typed value into Value");
    }
    f_swap::<0>(vm, gi, a)
}

fn value_cas(vm: &mut Vm, _gi: usize, a: &[Value]) -> NativeOut {
    let (old, new) = (arg(a, 1), arg(a, 2));
    if new.is_nil() {
        return panic_str("sync/atomic: compare and swap of nil value into Value");
    }
    if !old.is_nil() && dyn_type(old) != dyn_type(new) {
        return panic_str("sync/atomic: compare and swap of inconsistently typed values");
    }
    let o = obj!(vm, a);
    let cur = o.borrow().first().cloned().unwrap_or_default();
    if cur.is_nil() {
        if !old.is_nil() {
            return ret_bool(false);
        }
    } else {
        if dyn_type(&cur) != dyn_type(new) {
            return panic_str("sync/atomic: compare and swap of inconsistently typed value into Value");
        }
        // Go compares `data != old` as interfaces: an uncomparable dynamic
        // type panics like any == on interfaces.
        match equal(&cur, old, &vm.prog.types) {
            Ok(true) => {}
            Ok(false) => return ret_bool(false),
            Err(t) => return NativeOut::Panic(vm.rt_error(RtErr::Uncomparable(t))),
        }
    }
    if let Some(x) = o.borrow_mut().get_mut(0) {
        *x = new.clone();
    }
    ret_bool(true)
}
