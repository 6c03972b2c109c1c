//! Memory ops: constants and zero values, globals, heap cells (escaped
//! variables), pointers and struct fields, `new`; and the func values:
//! closure creation, captured variables, method values.

use std::rc::Rc;

use bytecode::{Const, TypeId};

use super::{assign, clone_val, put, Trap};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::{Vm, NATIVE_BIT};

impl<'p> Vm<'p> {
    /// `LoadConst`: K[k] (strings shared, so identical constants keep one
    /// identity).
    #[inline(always)]
    pub(super) fn load_const(&mut self, k: u32) -> Value {
        match &self.prog.consts[k as usize] {
            Const::Int(i) => Value::Int(*i),
            Const::Float(f) => Value::Float(*f),
            Const::Complex(a, b) => Value::Complex(*a, *b),
            Const::Str(s) => Value::Str(self.const_str(k, s)),
        }
    }

    /// The zero value of `ty` for `LoadZero`/`NewCell`; `Err(bytes)`:
    /// mallocgc cannot fit it under `--max-heap` (the frame is not saved
    /// for that throw).
    #[inline(always)]
    pub(super) fn zero_alloc(&self, ty: TypeId) -> Result<Value, u64> {
        if let Some(bytes) = self.zero_exceeds_heap(ty) {
            return Err(bytes);
        }
        let z = self.zero(ty);
        // The host refused a large array the limit allows (an address-space
        // cap): the same throw, not a host abort.
        match crate::heap::take_host_oom() {
            Some(bytes) => Err(bytes),
            None => Ok(z),
        }
    }

    /// `AddrGlobal`: &G[g] (an aggregate global is its own storage).
    #[inline(always)]
    pub(super) fn addr_global(&self, g: u32) -> Value {
        match &self.globals[g as usize] {
            Value::Agg(a) => Value::Pointer(Pointer::Agg(a.clone())),
            Value::Bytes(b) if b.is_array() => b.arr.pointer(),
            _ => Value::Pointer(Pointer::Global(g)),
        }
    }

    /// `New`: newobject(ty), a pointer to a fresh zero value; `Err(bytes)`
    /// as for [`Vm::zero_alloc`] (`new([1 << 28]int)` is mallocgc's throw).
    #[inline(always)]
    pub(super) fn newobject(&self, ty: TypeId) -> Result<Value, u64> {
        Ok(match self.zero_alloc(ty)? {
            Value::Agg(a) => Value::Pointer(Pointer::Agg(a)),
            Value::Bytes(b) if b.is_array() => b.arr.pointer(),
            z => Value::Pointer(Pointer::Cell(CellObj::new_typed(z, crate::vm::cell_scalar(&self.prog.types, ty)))),
        })
    }

    /// Captured variable `idx` of the closure running on goroutine `gi`.
    #[inline(always)]
    pub(super) fn capture(&self, gi: usize, idx: u16) -> Option<&Value> {
        self.gs[gi].frames.last()?.closure.as_ref()?.caps.get(idx as usize)
    }

    /// `LoadCapCell`: the variable in captured cell `idx`.
    #[inline(always)]
    pub(super) fn load_cap_cell(&self, gi: usize, idx: u16) -> Value {
        match self.capture(gi, idx) {
            Some(Value::Cell(c)) => clone_val(&c.borrow()),
            v => v.map(clone_val).unwrap_or_default(),
        }
    }

    /// `StoreCapCell`: captured cell `idx` := v.
    #[inline(always)]
    pub(super) fn store_cap_cell(&self, gi: usize, idx: u16, v: Value) {
        if let Some(Value::Cell(c)) = self.capture(gi, idx) {
            put(&mut c.borrow_mut(), v);
        }
    }

    /// `MakeClosure`: a closure of `func` capturing R[caps..caps+n] (a
    /// pooled closure object when one is free: they are unique and emptied).
    #[inline(always)]
    pub(super) fn make_closure(&mut self, regs: &[Value], func: u32, caps: u16, n: u16) -> Value {
        regs!(regs);
        // Pooled closures are unique and emptied.
        let v = match self.pools.closures.pop().and_then(|mut rc| Rc::get_mut(&mut rc).is_some().then_some(rc)) {
            Some(mut rc) => {
                if let Some(m) = Rc::get_mut(&mut rc) {
                    m.func = func;
                    // A new closure object to the program.
                    m.addr.set(crate::heap::vaddr(8 + 8 * n as u64));
                    for i in 0..n {
                        m.caps.push(clone_val(&r!(caps + i)));
                    }
                }
                if crate::gc::func_needs_tracking(&rc) {
                    crate::gc::track_func(&rc);
                }
                rc
            }
            None => {
                // Pushed one by one, as the pooled path does (SmallVec's
                // generic `extend` is ~100 instructions for one capture).
                let mut c = Caps::new();
                for i in 0..n {
                    c.push(clone_val(&r!(caps + i)));
                }
                Closure::with_caps(func, c, None).into_ref()
            }
        };
        Value::Func(v)
    }

    /// `BindIfaceMethod`: the method value i.M of the interface value
    /// `recv` (its receiver bound now; a nil interface panics).
    pub(super) fn bind_iface_method(&mut self, recv: &Value, name: u32) -> Result<Value, Trap> {
        let (ty, val) = match recv.clone() {
            Value::Iface(i) => (i.ty, i.val.clone()),
            _ => rterr!(RtErr::NilDeref),
        };
        let Some((f, deref)) = self.find_method(ty, name) else { rterr!(RtErr::NilDeref) };
        let val = if deref {
            match self.load_ptr(&val) {
                Some(v) => v.copy_val(),
                None => rterr!(RtErr::NilDeref),
            }
        } else {
            val
        };
        Ok(bind_method(f, val))
    }

    /// `GetField`: R[obj].idx, through a pointer too (nil panics).
    #[inline(always)]
    pub(super) fn get_field(&self, obj: &Value, idx: u16) -> Result<Value, Trap> {
        Ok(match obj {
            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => clone_val(&a.borrow()[idx as usize]),
            Value::Pointer(p) => match self.load_ptr(&Value::Pointer(p.clone())) {
                Some(Value::Agg(a)) => clone_val(&a.borrow()[idx as usize]),
                _ => rterr!(RtErr::NilDeref),
            },
            _ => rterr!(RtErr::NilDeref),
        })
    }

    /// `Load`: *R[ptr] (a copy of an aggregate; nil panics).
    #[inline(always)]
    pub(super) fn load(&self, ptr: &Value) -> Result<Value, Trap> {
        match self.load_ptr(ptr) {
            Some(v) => Ok(v.copy_val()),
            None => rterr!(RtErr::NilDeref),
        }
    }

    /// `Store`: *R[ptr] = v (nil panics).
    #[inline(always)]
    pub(super) fn store(&mut self, ptr: &Value, v: Value) -> Result<(), Trap> {
        let p = ptr.clone();
        if !self.store_ptr(&p, v) {
            rterr!(RtErr::NilDeref)
        }
        Ok(())
    }
}

/// `LoadCell`: the variable in heap cell `cell`.
#[inline(always)]
pub(super) fn load_cell(cell: &Value) -> Value {
    match cell {
        Value::Cell(c) => c.borrow().clone(),
        v => v.clone(),
    }
}

/// `StoreCell`: heap cell `cell` := v.
#[inline(always)]
pub(super) fn store_cell(cell: &Value, v: Value) {
    if let Value::Cell(c) = cell {
        *c.borrow_mut() = v;
    }
}

/// `AddrOf`: &v (an aggregate or a cell is its own storage; anything else
/// moves to a new cell).
#[inline(always)]
pub(super) fn addr_of(v: Value) -> Value {
    match v {
        Value::Agg(a) => Value::Pointer(Pointer::Agg(a)),
        Value::Bytes(b) if b.is_array() => b.arr.pointer(),
        Value::Cell(c) => Value::Pointer(Pointer::Cell(c)),
        v => Value::Pointer(Pointer::Cell(CellObj::new(v))),
    }
}

/// A method value: function `func` (or a native, with NATIVE_BIT) with its
/// receiver `recv` bound (Go's `T.M-fm` closure).
#[inline(always)]
pub(super) fn bind_method(func: u32, recv: Value) -> Value {
    let native = if func & NATIVE_BIT != 0 { Some((func & !NATIVE_BIT) as u16) } else { None };
    let mut c = Closure::with_caps(if native.is_some() { 0 } else { func }, Caps::new(), Some(recv));
    c.native = native;
    Value::Func(c.into_ref())
}

/// `NilCheck`: a nil pointer panics (the check before a use that cannot
/// fault by itself).
#[inline(always)]
pub(super) fn nil_check(p: &Value) -> Result<(), Trap> {
    if p.is_nil() {
        rterr!(RtErr::NilDeref)
    }
    Ok(())
}

/// `SetField`: R[obj].idx = v (an aggregate in place; nil panics).
#[inline(always)]
pub(super) fn set_field(obj: &Value, idx: u16, v: Value) -> Result<(), Trap> {
    match obj {
        Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => assign(&mut a.borrow_mut()[idx as usize], v),
        _ => rterr!(RtErr::NilDeref),
    }
    Ok(())
}

/// `AddrField`: &R[obj].idx (an aggregate field is its own storage).
#[inline(always)]
pub(super) fn addr_field(obj: &Value, idx: u16) -> Result<Value, Trap> {
    Ok(match obj {
        Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => match &a.borrow()[idx as usize] {
            Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
            Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
            _ => Value::Pointer(Pointer::Elem(a.clone(), idx as u32)),
        },
        _ => rterr!(RtErr::NilDeref),
    })
}
