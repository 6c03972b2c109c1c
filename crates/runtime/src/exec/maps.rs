//! Map ops (mapaccess1/2, mapassign, mapdelete) and the range loops'
//! iterators (mapiterinit/mapiternext, and strings and integers).

use std::cell::RefCell;
use std::rc::Rc;

use bytecode::TypeId;

use super::{dyn_type, map_is_empty, range_next, Trap};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::Vm;

impl<'p> Vm<'p> {
    /// The hash of map key `k`; an unhashable dynamic type panics
    /// (`empty`: whether the map is empty, which Go's message tells), a
    /// comparison that ran out of host stack is the fatal overflow.
    #[inline(always)]
    fn map_key_hash(&self, k: &Value, empty: impl FnOnce() -> bool) -> Result<u64, Trap> {
        if let Some(t) = key_error(k, &self.prog.types) {
            rterr!(RtErr::Unhashable(t, empty()))
        }
        match hash_key(k) {
            Ok(_) if crate::hoststack::take_overflow() => Err(Trap::Overflow),
            Ok(h) => Ok(h),
            Err(Unhashable) => rterr!(RtErr::Unhashable(dyn_type(k), false)),
        }
    }

    /// `MapGet`: mapaccess1 (R[dst] := m[k]) or, with `ok`, mapaccess2
    /// (R[dst+1] := present). `assign`: the access is the map operand of
    /// an assignment (`m[k] op= v`), for Go's unhashable-key message.
    #[inline(always)]
    pub(super) fn mapaccess(&self, regs: &mut [Value], dst: u16, m: u16, k: u16, ok: bool, assign: bool) -> Result<(), Trap> {
        regs!(regs);
        let h = self.map_key_hash(&r!(k), || !assign && map_is_empty(&r!(m)))?;
        let (v, found) = match &r!(m) {
            Value::Map(mm) => {
                let mm = mm.borrow();
                match mm.get(h, &r!(k)) {
                    Some(v) => (Some(v.clone()), true),
                    None => (None, false),
                }
            }
            _ => (None, false),
        };
        let v = match v {
            Some(v) => v,
            None => {
                let mt = match &r!(m) {
                    Value::Map(mm) => mm.borrow().ty,
                    _ => TypeId::VOID,
                };
                self.map_zero(mt)
            }
        };
        r!(dst) = v;
        if ok {
            r!(dst + 1) = Value::Bool(found);
        }
        Ok(())
    }

    /// `MapSet`: mapassign, m[k] = v (a nil map panics).
    #[inline(always)]
    pub(super) fn mapassign(&self, m: &Value, k: &Value, v: &Value) -> Result<(), Trap> {
        let h = self.map_key_hash(k, || false)?;
        let kv = k.clone();
        let v = v.clone();
        match m {
            Value::Map(mm) => mm.borrow_mut().insert(h, kv, v),
            _ => rterr!(RtErr::NilMapWrite),
        }
        Ok(())
    }

    /// `MapDelete`: mapdelete, delete(m, k).
    #[inline(always)]
    pub(super) fn mapdelete(&self, m: &Value, k: &Value) -> Result<(), Trap> {
        if let Some(t) = key_error(k, &self.prog.types) {
            rterr!(RtErr::Unhashable(t, map_is_empty(m)))
        }
        if let Ok(h) = hash_key(k) {
            if let Value::Map(mm) = m {
                mm.borrow_mut().remove(h, k);
            }
        }
        Ok(())
    }

    /// `RangeInit`: the iterator of a range loop over x (mapiterinit
    /// starts a map's at a random entry).
    #[inline(always)]
    pub(super) fn range_init(&mut self, x: &Value) -> Value {
        let it = match x {
            Value::Map(m) => {
                let span = {
                    let mut mo = m.borrow_mut();
                    mo.iters += 1;
                    mo.entries.len()
                };
                Iter::Map { m: m.clone(), pos: 0, start: self.mapiter_start(span), span }
            }
            Value::Str(s) => Iter::Str { s: s.clone(), pos: 0 },
            Value::Int(n) => Iter::Int { n: *n, i: 0 },
            _ => Iter::Int { n: 0, i: 0 },
        };
        Value::Iter(Rc::new(RefCell::new(it)))
    }
}

/// `RangeNext`: the next key and value of iterator R[it] into R[key],
/// R[val]; false when the loop is done (it branches out).
#[inline(always)]
pub(super) fn range_step(regs: &mut [Value], it: u16, key: u16, val: u16) -> bool {
    regs!(regs);
    let next = match &r!(it) {
        Value::Iter(it) => range_next(&mut it.borrow_mut()),
        _ => None,
    };
    match next {
        Some((k, v)) => {
            r!(key) = k;
            r!(val) = v;
            true
        }
        None => false,
    }
}
