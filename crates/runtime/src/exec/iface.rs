//! Interfaces: conversion to an interface (convT), type assertions
//! (assertE2I, typeAssert), type switches, and method lookup (the itab's
//! work: `find_method`, `implements`).

use std::rc::Rc;

use bytecode::{Const, TypeId};
use types::Kind;

use super::{At, Trap};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::Vm;

impl<'p> Vm<'p> {
    /// `IfaceConst`: the interface value of constant K[k] with dynamic type
    /// `ty`, made once per (k, ty).
    #[inline(always)]
    pub(super) fn iface_const(&mut self, k: u32, ty: TypeId) -> Value {
        let prog = self.prog;
        match self.iface_consts.get(&(k, ty)) {
            Some(v) => v.clone(),
            None => {
                let val = match &prog.consts[k as usize] {
                    Const::Int(i) if prog.types.is_boolean(ty) => Value::Bool(*i != 0),
                    Const::Int(i) => Value::Int(*i),
                    Const::Float(f) => Value::Float(*f),
                    Const::Complex(a, b) => Value::Complex(*a, *b),
                    Const::Str(s) => Value::Str(GoStr::new(s)),
                };
                let v = Value::Iface(Rc::new(Iface::new(ty, val)));
                self.iface_consts.insert((k, ty), v.clone());
                v
            }
        }
    }

    /// `ToIfaceStatic`: convT of a value the compiler found static, shared
    /// per conversion site (the instruction at `at`).
    #[inline(always)]
    pub(super) fn iface_static_at(&mut self, at: At, src: &Value, ty: TypeId) -> Value {
        let site = ((at.func as u64) << 32) | at.pc as u64;
        self.iface_static(ty, src, site)
    }

    /// `TypeAssert`: x.(T) for a concrete T; with `ok` the comma-ok form
    /// writes R[dst], R[dst+1].
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn type_assert(&self, regs: &mut [Value], dst: u16, src: u16, ty: TypeId, ok: bool, iface_ty: TypeId) -> Result<(), Trap> {
        regs!(regs);
        let (matches, inner) = match &r!(src) {
            Value::Iface(i) if i.ty == ty => (true, i.val.clone()),
            _ => (false, Value::Nil),
        };
        if ok {
            r!(dst) = if matches { inner } else { self.zero(ty) };
            r!(dst + 1) = Value::Bool(matches);
        } else if matches {
            r!(dst) = inner;
        } else {
            let dynt = match &r!(src) {
                Value::Iface(i) => Some(i.ty),
                _ => None,
            };
            rterr!(RtErr::TypeAssert { iface: iface_ty, dynamic: dynt, want: ty, missing: None })
        }
        Ok(())
    }

    /// `AssertIface`: x.(I) for an interface type I (assertE2I).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn assert_iface(&self, regs: &mut [Value], dst: u16, src: u16, ty: TypeId, ok: bool, iface_ty: TypeId) -> Result<(), Trap> {
        regs!(regs);
        let v = r!(src).clone();
        let (good, missing) = match &v {
            Value::Iface(i) => match self.implements(i.ty, ty) {
                None => (true, None),
                Some(m) => (false, Some(m)),
            },
            _ => (false, None),
        };
        if ok {
            r!(dst) = if good { v } else { Value::Nil };
            r!(dst + 1) = Value::Bool(good);
        } else if good {
            r!(dst) = v;
        } else {
            let dynt = match &v {
                Value::Iface(i) => Some(i.ty),
                _ => None,
            };
            rterr!(RtErr::TypeAssert { iface: iface_ty, dynamic: dynt, want: ty, missing })
        }
        Ok(())
    }

    /// `Implements`: whether the dynamic type of x implements interface `ty`
    /// (a type switch case).
    #[inline(always)]
    pub(super) fn implements_op(&self, x: &Value, ty: TypeId) -> bool {
        match x {
            Value::Iface(i) => self.implements(i.ty, ty).is_none(),
            _ => false,
        }
    }

    /// Method lookup for a dynamic type: (function, receiver needs a deref).
    #[inline]
    pub fn find_method(&mut self, ty: TypeId, name_k: u32) -> Option<(u32, bool)> {
        let i = (ty.0.wrapping_mul(0x9E37_79B9) ^ name_k) as usize & (crate::vm::METHOD_LINES - 1);
        let line = self.method_lines[i];
        if line.name == name_k && line.ty == ty {
            return line.found;
        }
        let found = self.find_method_cached(ty, name_k);
        self.method_lines[i] = crate::vm::MethodLine { ty, name: name_k, found };
        found
    }

    /// `find_method` past its direct-mapped lines: the hash map, filled on
    /// a miss by the lookup by name.
    #[inline(never)]
    fn find_method_cached(&mut self, ty: TypeId, name_k: u32) -> Option<(u32, bool)> {
        if let Some(r) = self.method_cache.get(&(ty, name_k)) {
            return *r;
        }
        let name = match &self.prog.consts[name_k as usize] {
            Const::Str(s) => String::from_utf8_lossy(s).into_owned(),
            _ => String::new(),
        };
        let r = self.find_method_by_name(ty, &name);
        self.method_cache.insert((ty, name_k), r);
        r
    }

    pub fn find_method_by_name(&self, ty: TypeId, name: &str) -> Option<(u32, bool)> {
        let tt = &self.prog.types;
        if let Some(m) = tt.method(ty, name) {
            if m.ptr_recv {
                return None;
            }
            return Some((m.func, false));
        }
        if let Kind::Pointer(e) = tt.kind(ty) {
            if let Some(m) = tt.method(*e, name) {
                return Some((m.func, !m.ptr_recv));
            }
        }
        None
    }

    /// None if dynamic type `t` implements interface `iface`, else the
    /// name of a missing method.
    /// A method of the right name but another signature is missing too
    /// (runtime/iface.go's itab init compares the types).
    pub fn implements(&self, t: TypeId, iface: TypeId) -> Option<String> {
        let tt = &self.prog.types;
        for m in tt.iface_methods(iface).unwrap_or(&[]) {
            // Same name and identical signature (a joinError's
            // `Unwrap() []error` does not implement `interface{ Unwrap() error }`).
            if self.method_sig(t, &m.name) != Some(m.sig) {
                return Some(m.name.clone());
            }
        }
        None
    }

    /// The signature (without receiver) of dynamic type `ty`'s method
    /// `name`, if it is in the method set.
    fn method_sig(&self, ty: TypeId, name: &str) -> Option<TypeId> {
        let tt = &self.prog.types;
        if let Some(m) = tt.method(ty, name) {
            return (!m.ptr_recv).then_some(m.sig);
        }
        if let Kind::Pointer(e) = tt.kind(ty) {
            return tt.method(*e, name).map(|m| m.sig);
        }
        // An interface type's dynamic value is never an interface; nothing else has methods.
        None
    }
}

/// `IsType`: whether x's dynamic type is `ty` (a type switch case).
#[inline(always)]
pub(super) fn is_type(x: &Value, ty: TypeId) -> bool {
    match x {
        Value::Iface(i) => i.ty == ty,
        Value::Nil => ty == TypeId::UNTYPED_NIL,
        _ => false,
    }
}

/// `ToIface`: convT: `v` as an interface value of dynamic type `ty`.
#[inline(always)]
pub(super) fn to_iface(v: Value, ty: TypeId) -> Value {
    match v {
        Value::Iface(_) => v,
        v => Value::Iface(Iface::new_ref(ty, v)),
    }
}

/// `IfaceData`: the dynamic value of an interface value.
#[inline(always)]
pub(super) fn iface_data(x: &Value) -> Value {
    match x {
        Value::Iface(i) => i.val.clone(),
        v => v.clone(),
    }
}
