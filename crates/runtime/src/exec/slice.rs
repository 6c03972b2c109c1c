//! Arrays, slices and strings as sequences: indexing, slicing, len/cap,
//! makeslice, growslice (append), slicecopy, composite literals, clear,
//! and `==` on any comparable value (aggregates compare elementwise).

use std::rc::Rc;

use bytecode::TypeId;

use super::{assign, clone_val, put, Trap};
use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::Vm;

impl<'p> Vm<'p> {
    /// `AddrIndex`: &R[x][R[i]] (an aggregate element is its own storage; out of range panics).
    #[inline(always)]
    pub(super) fn addr_index(&self, regs: &mut [Value], dst: u16, x: u16, i: u16) -> Result<(), Trap> {
        regs!(regs);
        let idx = r!(i).as_int();
        let p = match &r!(x) {
            Value::Slice(s) => {
                if idx < 0 || idx >= s.len as i64 {
                    rterr!(RtErr::Index(idx, s.len as i64))
                }
                let j = s.off as usize + idx as usize;
                match &s.arr.borrow()[j] {
                    Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
                    Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
                    _ => Value::Pointer(Pointer::Elem(s.arr.clone(), j as u32)),
                }
            }
            Value::Bytes(s) => {
                if idx < 0 || idx >= s.len as i64 {
                    rterr!(RtErr::Index(idx, s.len as i64))
                }
                Value::Pointer(Pointer::Byte(s.arr.clone(), s.off + idx as u32))
            }
            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                let n = a.borrow().len() as i64;
                if idx < 0 || idx >= n {
                    rterr!(RtErr::Index(idx, n))
                }
                match &a.borrow()[idx as usize] {
                    Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
                    Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
                    _ => Value::Pointer(Pointer::Elem(a.clone(), idx as u32)),
                }
            }
            // A nil slice (a nil array pointer was checked before).
            Value::Nil => rterr!(RtErr::Index(idx, 0)),
            _ => rterr!(RtErr::NilDeref),
        };
        r!(dst) = p;
        Ok(())
    }

    /// `MakeSlice`: makeslice: make([]T, R[len], R[cap]). With `grow` it is
    /// the make of `append(s, make([]T, n)...)`: gc checks n < 0 there
    /// (panicmakeslicelen) and leaves the size to growslice, whose panic
    /// names growslice.
    #[inline]
    pub(super) fn makeslice(&self, regs: &mut [Value], dst: u16, ty: TypeId, len: u16, cap: u16, grow: bool) -> Result<(), Trap> {
        regs!(regs);
        let prog = self.prog;
        let (n, c) = (r!(len).as_int(), r!(cap).as_int());
        if n < 0 {
            rterr!(RtErr::MakeSliceLen)
        }
        if c < n {
            rterr!(RtErr::MakeSliceCap)
        }
        // Go's maxAlloc (2^48 bytes) → len out of range; beyond what
        // the host can hold → Go's out-of-memory throw.
        let esize = crate::layout::size_of(&prog.types, prog.types.elem(ty).unwrap_or(TypeId::INT)).max(1) as u128;
        if (c as u128) * esize > (1u128 << 48) {
            rterr!(if grow {
                RtErr::GrowSliceLen
            } else if n as u128 * esize > (1u128 << 48) {
                RtErr::MakeSliceLen
            } else {
                RtErr::MakeSliceCap
            })
        }
        let et = prog.types.elem(ty).unwrap_or(TypeId::INT);
        let byte_elem = crate::layout::compact_elem(&prog.types, et);
        if !self.heap_fits(c as u64 * byte_elem.map_or(crate::heap::ELEM_BYTES, |e| e.width() as u64)) {
            let bytes = (c as u128 * esize).min(u64::MAX as u128) as u64;
            return Err(Trap::Throw(bytes));
        }
        if let Some(elem) = byte_elem {
            let arr = ByteArr::zeroed(elem, c as usize);
            // The host refused the memory (an address-space cap below the
            // limit): mallocgc's throw, never a host abort.
            if let Some(bytes) = crate::heap::take_host_oom() {
                return Err(Trap::Throw(bytes));
            }
            r!(dst) = Value::Bytes(Bytes { arr, off: 0, len: n as u32, cap: c as u32, kind: BytesKind::Slice });
            return Ok(());
        }
        let z = self.zero(et);
        let Some(mut arr): Option<AggVec> = crate::heap::try_vec(c as usize) else {
            return Err(Trap::Throw((c as u128 * esize).min(u64::MAX as u128) as u64));
        };
        arr.extend((0..c).map(|_| z.copy_val()));
        r!(dst) = Value::Slice(Slice { arr: AggObj::new(arr), off: 0, len: n as u32, cap: c as u32 });
        Ok(())
    }

    /// `AggLit`: an array or struct value of R[b..b+n] (one the collector
    /// need not know when its type holds no reference).
    /// Out of line, and the fields pushed one by one: SmallVec's generic
    /// `extend` (what `collect` uses) was ~136 instructions for two fields.
    #[inline(never)]
    pub(super) fn agg_lit(&self, regs: &mut [Value], dst: u16, b: u16, n: u16, scalar: bool) -> Result<(), Trap> {
        regs!(regs);
        let mut v = AggVec::new();
        for i in 0..n as usize {
            v.push(super::clone_ref(&r!(b as usize + i)));
        }
        r!(dst) = Value::Agg(if scalar { AggObj::new_scalar(v) } else { AggObj::new(v) });
        Ok(())
    }

    /// `SliceLit`: a slice literal of R[b..b+n] (bytes compact).
    #[inline]
    pub(super) fn slice_lit(&self, regs: &mut [Value], dst: u16, ty: TypeId, b: u16, n: u16) -> Result<(), Trap> {
        regs!(regs);
        let prog = self.prog;
        if let Some(elem) = crate::layout::byte_elem(&prog.types, prog.types.elem(ty).unwrap_or(TypeId::INT)) {
            let buf: Vec<u8> = (0..n as usize).map(|i| byte_of(&r!(b as usize + i))).collect();
            r!(dst) = Value::Bytes(Bytes::from_vec(elem, buf));
            return Ok(());
        }
        let arr: AggVec = (0..n as usize).map(|i| r!(b as usize + i).clone()).collect();
        r!(dst) = Value::Slice(Slice { arr: AggObj::new(arr), off: 0, len: n as u32, cap: n as u32 });
        Ok(())
    }

    /// `Index`: R[x][R[i]] of a slice, string or array (out of range panics: panicIndex).
    #[inline(always)]
    pub(super) fn index(&self, regs: &mut [Value], dst: u16, x: u16, i: u16) -> Result<(), Trap> {
        regs!(regs);
        let idx = r!(i).as_int();
        let v = match &r!(x) {
            Value::Slice(s) => {
                if idx < 0 || idx >= s.len as i64 {
                    rterr!(RtErr::Index(idx, s.len as i64))
                }
                clone_val(&s.arr.borrow()[s.off as usize + idx as usize])
            }
            Value::Bytes(s) => {
                if idx < 0 || idx >= s.len as i64 {
                    rterr!(RtErr::Index(idx, s.len as i64))
                }
                s.arr.at(s.off as usize + idx as usize)
            }
            Value::Str(s) => {
                if idx < 0 || idx >= s.len() as i64 {
                    rterr!(RtErr::Index(idx, s.len() as i64))
                }
                Value::Int(s[idx as usize] as i64)
            }
            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                let n = a.borrow().len() as i64;
                if idx < 0 || idx >= n {
                    rterr!(RtErr::Index(idx, n))
                }
                clone_val(&a.borrow()[idx as usize])
            }
            Value::Nil => rterr!(RtErr::Index(idx, 0)),
            _ => rterr!(RtErr::NilDeref),
        };
        put(&mut r!(dst), v);
        Ok(())
    }

    /// `SetIndex`: R[x][R[i]] = R[src] (out of range panics).
    #[inline(always)]
    pub(super) fn set_index(&self, regs: &mut [Value], x: u16, i: u16, src: u16) -> Result<(), Trap> {
        regs!(regs);
        let idx = r!(i).as_int();
        if let Value::Bytes(s) = &r!(x) {
            if idx < 0 || idx >= s.len as i64 {
                rterr!(RtErr::Index(idx, s.len as i64))
            }
            s.arr.set(s.off as usize + idx as usize, &r!(src));
            return Ok(());
        }
        let v = clone_val(&r!(src));
        match &r!(x) {
            Value::Slice(s) => {
                if idx < 0 || idx >= s.len as i64 {
                    rterr!(RtErr::Index(idx, s.len as i64))
                }
                assign(&mut s.arr.borrow_mut()[s.off as usize + idx as usize], v);
            }
            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                let n = a.borrow().len() as i64;
                if idx < 0 || idx >= n {
                    rterr!(RtErr::Index(idx, n))
                }
                assign(&mut a.borrow_mut()[idx as usize], v);
            }
            Value::Nil => rterr!(RtErr::Index(idx, 0)),
            _ => rterr!(RtErr::NilDeref),
        }
        Ok(())
    }

    /// `SliceOf`: R[x][lo:hi:max] (u16::MAX: the index is absent; panicSlice*).
    #[inline]
    pub(super) fn slice_op(&self, regs: &mut [Value], dst: u16, x: u16, lo: u16, hi: u16, max: u16) -> Result<(), Trap> {
        regs!(regs);
        let get = |r: u16| -> Option<i64> {
            if r == u16::MAX {
                None
            } else {
                Some(regs[r as usize].as_int())
            }
        };
        let (l, h, m) = (get(lo), get(hi), get(max));
        match self.slice_of(&r!(x), l, h, m) {
            Ok(v) => r!(dst) = v,
            Err(e) => rterr!(e),
        }
        Ok(())
    }

    /// `Len`: len(R[x]).
    #[inline(always)]
    pub(super) fn len(&self, regs: &mut [Value], dst: u16, x: u16) -> Result<(), Trap> {
        regs!(regs);
        let n = match &r!(x) {
            Value::Slice(s) => s.len as i64,
            Value::Bytes(s) => s.len as i64,
            Value::Str(s) => s.len() as i64,
            Value::Map(m) => m.borrow().live as i64,
            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => a.borrow().len() as i64,
            Value::Chan(c) => c.borrow().buf.len() as i64,
            _ => 0,
        };
        r!(dst) = Value::Int(n);
        Ok(())
    }

    /// `Cap`: cap(R[x]).
    #[inline(always)]
    pub(super) fn cap(&self, regs: &mut [Value], dst: u16, x: u16) -> Result<(), Trap> {
        regs!(regs);
        let n = match &r!(x) {
            Value::Slice(s) => s.cap as i64,
            Value::Bytes(s) => s.cap as i64,
            Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => a.borrow().len() as i64,
            Value::Chan(c) => c.borrow().cap as i64,
            _ => 0,
        };
        r!(dst) = Value::Int(n);
        Ok(())
    }

    /// `Append`: append(R[s], R[b..b+n]...) (growslice when it does not fit).
    #[inline(always)]
    pub(super) fn append_op(&self, regs: &mut [Value], dst: u16, s: u16, b: u16, n: u16, ty: TypeId) -> Result<(), Trap> {
        regs!(regs);
        if let Value::Bytes(bs) = &r!(s) {
            // append(b, c): in place while it fits.
            if n == 1 && bs.len < bs.cap {
                bs.arr.set((bs.off + bs.len) as usize, &r!(b));
                let v = Value::Bytes(Bytes { arr: bs.arr.clone(), off: bs.off, len: bs.len + 1, cap: bs.cap, kind: BytesKind::Slice });
                r!(dst) = v;
                return Ok(());
            }
        }
        self.append_regs(regs, dst, s, b, n, ty, 0)
    }

    /// `AppendStack`: `Append` to a slice the compiler keeps on the stack (its first backing array holds 32 bytes).
    #[inline]
    pub(super) fn append_stack(&self, regs: &mut [Value], dst: u16, s: u16, b: u16, n: u16, ty: TypeId) -> Result<(), Trap> {
        self.append_regs(regs, dst, s, b, n, ty, 32)
    }

    /// R[dst] = append(R[s], R[b..b+n]...), the heap limit checked first;
    /// `stack`: the bytes of a first backing array kept on the stack.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn append_regs(&self, regs: &mut [Value], dst: u16, s: u16, b: u16, n: u16, ty: TypeId, stack: usize) -> Result<(), Trap> {
        regs!(regs);
        if let Some(bytes) = self.append_exceeds_heap(&r!(s), n as usize) {
            return Err(Trap::Throw(bytes));
        }
        let vals: smallvec::SmallVec<[Value; 8]> = (0..n as usize).map(|i| r!(b as usize + i).clone()).collect();
        let v = self.append(&r!(s), &vals, ty, stack);
        if let Some(bytes) = crate::heap::take_host_oom() {
            return Err(Trap::Throw(bytes));
        }
        r!(dst) = v;
        Ok(())
    }

    /// `AppendSlice`: append(R[s], R[other]...) (a string's bytes too).
    #[inline]
    pub(super) fn append_slice_op(&self, regs: &mut [Value], dst: u16, s: u16, other: u16, ty: TypeId) -> Result<(), Trap> {
        regs!(regs);
        let extra = match &r!(other) {
            Value::Str(st) => st.len(),
            o => o.slice_len_cap().0 as usize,
        };
        if let Some(bytes) = self.append_exceeds_heap(&r!(s), extra) {
            return Err(Trap::Throw(bytes));
        }
        let v = self.append_slice(&r!(s), &r!(other), ty);
        if let Some(bytes) = crate::heap::take_host_oom() {
            return Err(Trap::Throw(bytes));
        }
        r!(dst) = v;
        Ok(())
    }

    /// `CopySlice`: R[dst] := copy(R[a], R[b]).
    #[inline]
    pub(super) fn copy_op(&self, regs: &mut [Value], dst: u16, a: u16, b: u16) -> Result<(), Trap> {
        regs!(regs);
        let n = copy_slice(&r!(a), &r!(b));
        r!(dst) = Value::Int(n as i64);
        Ok(())
    }

    /// `Equal`: R[a] == R[b] (`ne`: !=) for any comparable type (an
    /// uncomparable dynamic type panics; a comparison that ran out of host
    /// stack is the fatal overflow).
    #[inline]
    pub(super) fn equal_op(&self, regs: &mut [Value], dst: u16, a: u16, b: u16, ne: bool) -> Result<(), Trap> {
        regs!(regs);
        match equal(&r!(a), &r!(b), &self.prog.types) {
            Ok(_) if crate::hoststack::take_overflow() => {
                return Err(Trap::Overflow);
            }
            Ok(v) => r!(dst) = Value::Bool(v != ne),
            Err(t) => rterr!(RtErr::Uncomparable(t)),
        }
        Ok(())
    }

    /// `Clear`: clear(R[x]) of a map or a slice.
    #[inline]
    pub(super) fn clear(&self, regs: &mut [Value], x: u16) -> Result<(), Trap> {
        regs!(regs);
        match &r!(x) {
            Value::Map(mm) => mm.borrow_mut().clear(),
            Value::Slice(s) => {
                let mut arr = s.arr.borrow_mut();
                for i in s.off..s.off + s.len {
                    let z = zero_like(&arr[i as usize]);
                    arr[i as usize] = z;
                }
            }
            Value::Bytes(s) => s.arr.clear(s.off as usize, s.len as usize),
            _ => {}
        }
        Ok(())
    }

    /// growslice's allocation check: the bytes a growing append of `extra`
    /// elements to `s` would request, when they do not fit under `--max-heap`.
    fn append_exceeds_heap(&self, s: &Value, extra: usize) -> Option<u64> {
        let (len, cap, elem) = match s {
            Value::Slice(s) => (s.len as u64, s.cap as u64, crate::heap::ELEM_BYTES),
            Value::Bytes(b) => (b.len as u64, b.cap as u64, b.arr.elem.width() as u64),
            _ => (0, 0, crate::heap::ELEM_BYTES),
        };
        let need = len + extra as u64;
        if need <= cap || need < 1 << 16 {
            return None;
        }
        let bytes = need * elem;
        (!self.heap_fits(bytes)).then_some(bytes)
    }

    fn slice_of(&self, x: &Value, lo: Option<i64>, hi: Option<i64>, max: Option<i64>) -> Result<Value, RtErr> {
        match x {
            Value::Str(s) => {
                let n = s.len() as i64;
                let l = lo.unwrap_or(0);
                let h = hi.unwrap_or(n);
                if h < 0 || h > n {
                    return Err(RtErr::SliceB { lo: l, hi: h, max: None, cap: n, which: 1, string: true });
                }
                if l < 0 || l > h {
                    return Err(RtErr::SliceB { lo: l, hi: h, max: None, cap: n, which: 0, string: true });
                }
                Ok(Value::Str(s.substr(l as usize, h as usize)))
            }
            Value::Bytes(b) => {
                let (l, h, m) = slice_bounds(lo, hi, max, b.len as i64, b.cap as i64, b.kind != BytesKind::Slice)?;
                Ok(Value::Bytes(Bytes {
                    arr: b.arr.clone(),
                    off: b.off + l as u32,
                    len: (h - l) as u32,
                    cap: (m - l) as u32,
                    kind: BytesKind::Slice,
                }))
            }
            Value::Slice(_) | Value::Agg(_) | Value::Pointer(Pointer::Agg(_)) | Value::Nil => {
                let (arr, off, len, cap, is_arr) = match x {
                    Value::Slice(s) => (s.arr.clone(), s.off as i64, s.len as i64, s.cap as i64, false),
                    Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => {
                        let n = a.borrow().len() as i64;
                        (a.clone(), 0, n, n, true)
                    }
                    _ => (AggObj::new(AggVec::new()), 0, 0, 0, false),
                };
                let (l, h, m) = slice_bounds(lo, hi, max, len, cap, is_arr)?;
                Ok(Value::Slice(Slice { arr, off: (off + l) as u32, len: (h - l) as u32, cap: (m - l) as u32 }))
            }
            _ => Err(RtErr::NilDeref),
        }
    }

    /// append, with Go's growth rule (runtime/slice.go `nextslicecap` and
    /// size-class rounding) so `cap()` matches Go.
    /// `min_bytes`: the smallest first allocation when growing from
    /// capacity 0 (32 for a non-escaping slice's stack buffer).
    fn append(&self, s: &Value, vals: &[Value], ty: TypeId, min_bytes: usize) -> Value {
        if vals.is_empty() {
            return s.clone();
        }
        let et = self.prog.types.elem(ty).unwrap_or(TypeId::INT);
        let bytes_dst = match s {
            Value::Bytes(b) => Some(b.arr.elem),
            Value::Nil => crate::layout::byte_elem(&self.prog.types, et),
            _ => None,
        };
        if let Some(elem) = bytes_dst {
            if elem.width() == 1 {
                let src: smallvec::SmallVec<[u8; 16]> = vals.iter().map(byte_of).collect();
                return self.append_bytes(s, &src, elem, min_bytes);
            }
            return self.append_bytes(s, &elem.encode_all(vals), elem, min_bytes);
        }
        let (arr, off, len, cap) = match s {
            Value::Slice(s) => (Some(s.arr.clone()), s.off, s.len, s.cap),
            _ => (None, 0, 0, 0),
        };
        let need = len as usize + vals.len();
        if let Some(arr) = &arr {
            if need <= cap as usize {
                let mut a = arr.borrow_mut();
                for (i, v) in vals.iter().enumerate() {
                    a[off as usize + len as usize + i] = v.clone();
                }
                return Value::Slice(Slice { arr: arr.clone(), off, len: need as u32, cap });
            }
        }
        let elem_size = crate::layout::size_of(&self.prog.types, et);
        let noscan = !crate::layout::has_pointers(&self.prog.types, et);
        let mut newcap = crate::layout::grow_cap(cap as usize, need, elem_size, noscan);
        // Go's stack backing store (ssagen `append`): a growing append to an
        // empty slice whose result does not escape takes the whole buffer,
        // `store[:l:K]`, whatever the old capacity was.
        if len == 0 && min_bytes > 0 && elem_size > 0 && elem_size <= min_bytes && need * elem_size <= min_bytes {
            newcap = min_bytes / elem_size;
        }
        if let Some(bools) = crate::layout::byte_elem(&self.prog.types, et) {
            // A byte slice over an array's `Value`s grows into a byte array.
            let mut v: Vec<u8> = Vec::with_capacity(newcap);
            if let Some(arr) = &arr {
                v.extend(arr.borrow()[off as usize..(off + len) as usize].iter().map(byte_of));
            }
            v.extend(vals.iter().map(byte_of));
            v.resize(newcap, 0);
            return Value::Bytes(Bytes {
                arr: ByteArr::new(bools, v),
                off: 0,
                len: need as u32,
                cap: newcap as u32,
                kind: BytesKind::Slice,
            });
        }
        let Some(mut v): Option<AggVec> = crate::heap::try_vec(newcap) else {
            crate::heap::note_host_oom((newcap as u64).saturating_mul(crate::heap::ELEM_BYTES));
            return s.clone();
        };
        if let Some(arr) = &arr {
            // growslice copies the elements: struct elements become new objects.
            v.extend(arr.borrow()[off as usize..(off + len) as usize].iter().map(Value::copy_val));
        }
        v.extend(vals.iter().cloned());
        let z = self.zero(self.prog.types.elem(ty).unwrap_or(TypeId::INT));
        while v.len() < newcap {
            v.push(z.copy_val());
        }
        Value::Slice(Slice { arr: AggObj::new(v), off: 0, len: need as u32, cap: newcap as u32 })
    }

    /// append(s, src...) for a compact slice `s` (`Value::Bytes` or nil) of
    /// `elem` elements, `src` their encoded bytes; growth as in
    /// [`Vm::append`] with elements of `elem.width()` bytes.
    pub(crate) fn append_bytes(&self, s: &Value, src: &[u8], elem: Elem, min_bytes: usize) -> Value {
        if src.is_empty() {
            return s.clone();
        }
        let w = elem.width();
        let (arr, off, len, cap) = match s {
            Value::Bytes(b) => (Some(&b.arr), b.off as usize, b.len as usize, b.cap as usize),
            _ => (None, 0, 0, 0),
        };
        let need = len + src.len() / w;
        if let Some(arr) = arr {
            if need <= cap {
                arr.buf.borrow_mut()[(off + len) * w..(off + need) * w].copy_from_slice(src);
                return Value::Bytes(Bytes {
                    arr: arr.clone(),
                    off: off as u32,
                    len: need as u32,
                    cap: cap as u32,
                    kind: BytesKind::Slice,
                });
            }
        }
        let mut newcap = crate::layout::grow_cap(cap, need, w, true);
        // The stack backing store, as in `append` above.
        if len == 0 && min_bytes > 0 && need * w <= min_bytes {
            newcap = min_bytes / w;
        }
        let mut v: Vec<u8> = Vec::new();
        if v.try_reserve_exact(newcap * w).is_err() {
            // Refused by the host: recorded for the appending instruction,
            // which throws (heap::take_host_oom).
            crate::heap::note_host_oom((newcap * w) as u64);
            return s.clone();
        }
        if let Some(arr) = arr {
            v.extend_from_slice(&arr.buf.borrow()[off * w..(off + len) * w]);
        }
        v.extend_from_slice(src);
        v.resize(newcap * w, 0);
        Value::Bytes(Bytes { arr: ByteArr::new(elem, v), off: 0, len: need as u32, cap: newcap as u32, kind: BytesKind::Slice })
    }

    /// append(s, other...): `other` is a slice or (for `[]byte`) a string.
    fn append_slice(&self, s: &Value, other: &Value, ty: TypeId) -> Value {
        let bytes_dst = match s {
            Value::Bytes(b) => Some(b.arr.elem),
            Value::Nil => crate::layout::byte_elem(&self.prog.types, self.prog.types.elem(ty).unwrap_or(TypeId::INT)),
            _ => None,
        };
        if let Some(elem) = bytes_dst {
            return match other {
                Value::Str(st) => self.append_bytes(s, st, elem, 0),
                Value::Bytes(o) if o.arr.elem == elem => {
                    if matches!(s, Value::Bytes(b) if Rc::ptr_eq(&b.arr, &o.arr)) {
                        // append(s[:i], s[j:]...): the source may be overwritten.
                        self.append_bytes(s, &o.to_vec(), elem, 0)
                    } else {
                        let buf = o.arr.buf.borrow();
                        self.append_bytes(s, &buf[o.span()], elem, 0)
                    }
                }
                Value::Slice(_) | Value::Bytes(_) => self.append_bytes(s, &elem.encode_all(&other.slice_elems()), elem, 0),
                _ => s.clone(),
            };
        }
        let vals: Vec<Value> = match other {
            Value::Str(st) => st.iter().map(|&b| Value::Int(b as i64)).collect(),
            o => o.slice_elems().iter().map(Value::copy_val).collect(),
        };
        self.append(s, &vals, ty, 0)
    }
}

fn zero_like(v: &Value) -> Value {
    match v {
        Value::Int(_) => Value::Int(0),
        Value::Float(_) => Value::Float(0.0),
        Value::Bool(_) => Value::Bool(false),
        Value::Str(_) => Value::str(""),
        Value::Complex(..) => Value::Complex(0.0, 0.0),
        Value::Agg(a) => Value::Agg(AggObj::new(a.borrow().iter().map(zero_like).collect())),
        Value::Bytes(a) if a.is_array() => ByteArr::zeroed(a.arr.elem, a.arr.len()).value(),
        _ => Value::Nil,
    }
}

fn copy_slice(dst: &Value, src: &Value) -> usize {
    if let Value::Bytes(d) = dst {
        let (doff, dlen) = (d.off as usize, d.len as usize);
        let w = d.arr.elem.width();
        return match src {
            Value::Str(s) => {
                let n = dlen.min(s.len());
                d.arr.buf.borrow_mut()[doff..doff + n].copy_from_slice(&s[..n]);
                n
            }
            Value::Bytes(s) if s.arr.elem == d.arr.elem => {
                let n = dlen.min(s.len as usize);
                let soff = s.off as usize;
                if Rc::ptr_eq(&d.arr, &s.arr) {
                    d.arr.buf.borrow_mut().copy_within(soff * w..(soff + n) * w, doff * w);
                } else {
                    d.arr.buf.borrow_mut()[doff * w..(doff + n) * w].copy_from_slice(&s.arr.buf.borrow()[soff * w..(soff + n) * w]);
                }
                n
            }
            Value::Slice(_) | Value::Bytes(_) => {
                let vals = src.slice_elems();
                let n = dlen.min(vals.len());
                let tmp = d.arr.elem.encode_all(&vals[..n]);
                d.arr.buf.borrow_mut()[doff * w..(doff + n) * w].copy_from_slice(&tmp);
                n
            }
            _ => 0,
        };
    }
    let Value::Slice(d) = dst else { return 0 };
    match src {
        Value::Bytes(s) => {
            let n = d.len.min(s.len) as usize;
            let tmp = src.slice_elems();
            let mut a = d.arr.borrow_mut();
            for (i, v) in tmp.into_iter().take(n).enumerate() {
                a[d.off as usize + i] = v;
            }
            n
        }
        Value::Slice(s) => {
            let n = d.len.min(s.len) as usize;
            let tmp: Vec<Value> = s.arr.borrow()[s.off as usize..s.off as usize + n].iter().map(Value::copy_val).collect();
            let mut a = d.arr.borrow_mut();
            for (i, v) in tmp.into_iter().enumerate() {
                a[d.off as usize + i] = v;
            }
            n
        }
        Value::Str(s) => {
            let n = (d.len as usize).min(s.len());
            let mut a = d.arr.borrow_mut();
            for i in 0..n {
                a[d.off as usize + i] = Value::Int(s[i] as i64);
            }
            n
        }
        _ => 0,
    }
}

/// The checked bounds (lo, hi, max) of `x[lo:hi:max]` on a slice or array
/// of length `len` and capacity `cap`.
fn slice_bounds(lo: Option<i64>, hi: Option<i64>, max: Option<i64>, len: i64, cap: i64, is_arr: bool) -> Result<(i64, i64, i64), RtErr> {
    let l = lo.unwrap_or(0);
    let h = hi.unwrap_or(len);
    let m = max.unwrap_or(cap);
    // Arrays report "with length" (their cap is their length).
    if max.is_some() && (m < 0 || m > cap) {
        return Err(RtErr::SliceB { lo: l, hi: h, max: Some(m), cap, which: 2, string: is_arr });
    }
    if h < 0 || h > m {
        return Err(RtErr::SliceB {
            lo: l,
            hi: h,
            max,
            cap: if max.is_some() { m } else { cap },
            which: 1,
            string: is_arr && max.is_none(),
        });
    }
    if l < 0 || l > h {
        return Err(RtErr::SliceB { lo: l, hi: h, max, cap, which: 0, string: is_arr });
    }
    Ok((l, h, m))
}
