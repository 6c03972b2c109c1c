//! unsafe.String, unsafe.StringData, unsafe.Slice and unsafe.SliceData
//! (Go 1.20; runtime/unsafe.go for the run-time checks).
//!
//! gostack's memory is typed Go values, not bytes, so these keep what the
//! VM can keep faithfully: pointer identity.
//!
//! * A string's bytes have no address of their own: a long string is a
//!   range of a shared `Rc<Vec<u8>>` buffer (shared by its copies and its
//!   substrings), a short one lives in the value ([`GoStr`]). StringData
//!   gives a `*byte` into a [`ByteArr`] holding a copy of the buffer,
//!   remembered per buffer ([`StringData`]), at the string's offset: copies
//!   of one string give one pointer, `StringData(s[i:])` is
//!   `StringData(s)+i` as in Go, and a clone (`strings.Clone`, which
//!   allocates as Go's does) gives another; a short string's is remembered
//!   by contents, as Go's linker gives equal string constants one address.
//! * unsafe.String(ptr, len) copies the len bytes ptr points at into a new
//!   heap string (Go forbids changing them while the string lives, so the
//!   copy cannot be told from sharing) and remembers ptr as its data, so
//!   StringData gives ptr back.
//! * unsafe.Slice(ptr, len) is the slice of the array ptr points into,
//!   from ptr, where the pointer knows its array and index (an element of
//!   a compact array or of an array of values); unsafe.SliceData(s) is
//!   `&s[:1][0]`.
//!
//! Where the pointer does not know its array (a variable, a field of a
//! struct, a package-level variable, past the end of its array), the
//! program stops with a "not supported by gostack" fatal error naming the
//! construct (docs/divergences.md).

use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::rterr::RtErr;
use crate::value::*;
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[super::Entry] = &[
    ("unsafe.String", unsafe_string, 2),
    ("unsafe.StringData", unsafe_string_data, 1),
    ("unsafe.Slice", unsafe_slice, 3),
    ("unsafe.SliceData", unsafe_slice_data, 1),
    ("strings.Clone", strings_clone, 1),
];

/// The data pointers StringData has handed out (a `*byte` value each).
#[derive(Debug, Default)]
pub struct StringData {
    /// Heap strings, by the address of their buffer's `Rc` allocation:
    /// the pointer to the buffer's first byte. The `Weak` keeps the
    /// allocation (not the bytes) alive, so its address is not reused for
    /// another buffer while the entry exists; entries of dead buffers are
    /// dropped as the table grows.
    heap: HashMap<usize, (Weak<Vec<u8>>, Value)>,
    /// Short strings, by contents. Weak: when nobody holds the pointer any
    /// more, nobody can compare it with the next one.
    inline: HashMap<Vec<u8>, Weak<ByteArr>>,
    /// Table sizes after the last sweep of dead entries.
    swept: (usize, usize),
}

impl StringData {
    /// Drops the entries that can no longer be asked for, once a table has
    /// doubled since the last sweep (amortised constant time a call).
    fn sweep(&mut self) {
        if self.heap.len() > 2 * self.swept.0.max(64) {
            self.heap.retain(|_, (w, _)| w.strong_count() > 0);
            self.swept.0 = self.heap.len();
        }
        if self.inline.len() > 2 * self.swept.1.max(64) {
            self.inline.retain(|_, w| w.strong_count() > 0);
            self.swept.1 = self.inline.len();
        }
    }

    /// The data pointer of string `s` (nil for the empty string, as gc
    /// gives for "" and for strings built empty at run time).
    pub fn of(&mut self, s: &GoStr) -> Value {
        if s.is_empty() {
            return Value::Nil;
        }
        self.sweep();
        match s.buffer() {
            Some((buf, off)) => {
                let key = Rc::as_ptr(buf) as usize;
                let base = match self.heap.get(&key) {
                    Some((_, p)) => p.clone(),
                    None => {
                        let p = Value::Pointer(Pointer::Byte(ByteArr::new(Elem::U8, buf.to_vec()), 0));
                        self.heap.insert(key, (Rc::downgrade(buf), p.clone()));
                        p
                    }
                };
                plus(base, off)
            }
            None => {
                if let Some(arr) = self.inline.get(s.as_bytes()).and_then(Weak::upgrade) {
                    return Value::Pointer(Pointer::Byte(arr, 0));
                }
                let arr = ByteArr::new(Elem::U8, s.to_vec());
                self.inline.insert(s.to_vec(), Rc::downgrade(&arr));
                Value::Pointer(Pointer::Byte(arr, 0))
            }
        }
    }

    /// A new heap string of `bytes` whose data pointer is `p`.
    fn string_at(&mut self, bytes: &[u8], p: Value) -> GoStr {
        self.sweep();
        let s = GoStr::fresh(bytes);
        if let Some((buf, _)) = s.buffer() {
            self.heap.insert(Rc::as_ptr(buf) as usize, (Rc::downgrade(buf), p));
        }
        s
    }
}

/// `unsafe.Add(p, k)` for the data pointer of a buffer: the element `k`
/// further on in the same array.
fn plus(p: Value, k: usize) -> Value {
    match p {
        Value::Pointer(Pointer::Byte(a, i)) if k > 0 => Value::Pointer(Pointer::Byte(a, i + k as u32)),
        Value::Pointer(Pointer::Elem(a, i)) if k > 0 => Value::Pointer(Pointer::Elem(a, i + k as u32)),
        // (A buffer of one byte variable has no non-empty substring at k > 0.)
        p => p,
    }
}

/// A run-time check of runtime/unsafe.go failed: Go's errorString panic.
fn panic_unsafe(vm: &Vm, msg: &'static str) -> NativeOut {
    NativeOut::Panic(vm.rt_error(RtErr::Unsafe(msg)))
}

/// What gostack cannot do with a pointer: stop with a clear error.
fn not_supported(what: &str, why: &str) -> NativeOut {
    NativeOut::Fatal(format!("{what} is not supported by gostack ({why})"))
}

/// Where a pointer points in an array the VM can slice: a compact array
/// (`&b[i]` of a `[]byte`, `[N]int32`, ...) or an array of values.
enum ArrayAt {
    Bytes(Rc<ByteArr>, usize),
    Values(Agg, usize),
}

impl ArrayAt {
    /// The array and index `p` points at, if it is an element of one.
    fn of(p: &Value) -> Option<ArrayAt> {
        match p {
            Value::Pointer(Pointer::Byte(a, i)) => Some(ArrayAt::Bytes(a.clone(), *i as usize)),
            Value::Pointer(Pointer::Elem(a, i)) => Some(ArrayAt::Values(a.clone(), *i as usize)),
            // (A pointer to a whole compact array, `&a`, is an element of
            // no array: `unsafe.Slice(&a, 1)` is a `[][N]T`.)
            _ => None,
        }
    }
    /// Elements from the index to the end of the array.
    fn room(&self) -> usize {
        match self {
            ArrayAt::Bytes(a, i) => a.len().saturating_sub(*i),
            ArrayAt::Values(a, i) => a.borrow().len().saturating_sub(*i),
        }
    }
}

/// The length argument as Go's unsafeslice/unsafestring check it: negative
/// (or, as a uint64, past maxint) is "len out of range".
fn length(args: &[Value]) -> i64 {
    args.get(1).map(|v| v.as_int()).unwrap_or(0)
}

/// unsafe.StringData(s).
fn unsafe_string_data(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = match args.first() {
        Some(Value::Str(s)) => vm.runtime_state.string_data.of(s),
        _ => Value::Nil,
    };
    NativeOut::Ret(smallvec::smallvec![p])
}

/// unsafe.String(ptr, len).
fn unsafe_string(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = args.first().cloned().unwrap_or_default();
    let n = length(args);
    if n < 0 {
        return panic_unsafe(vm, "unsafe.String: len out of range");
    }
    if p.is_nil() {
        if n > 0 {
            return panic_unsafe(vm, "unsafe.String: ptr is nil and len is not zero");
        }
        return NativeOut::Ret(smallvec::smallvec![Value::str("")]);
    }
    if n == 0 {
        return NativeOut::Ret(smallvec::smallvec![Value::str("")]);
    }
    let n = n as usize;
    let bytes = match ArrayAt::of(&p) {
        Some(ArrayAt::Bytes(a, i)) if a.elem == Elem::U8 && n <= a.len().saturating_sub(i) => a.buf.borrow()[i..i + n].to_vec(),
        Some(ArrayAt::Values(a, i)) if n <= a.borrow().len().saturating_sub(i) => a.borrow()[i..i + n].iter().map(byte_of).collect(),
        // A single byte variable (`&b`, `new(byte)`).
        None if n == 1 => vec![vm.load_ptr(&p).map(|v| byte_of(&v)).unwrap_or(0)],
        _ => {
            return not_supported(
                "unsafe.String of bytes past the end of the array or variable ptr points into",
                "memory is Go values, not bytes",
            )
        }
    };
    let s = vm.runtime_state.string_data.string_at(&bytes, p);
    NativeOut::Ret(smallvec::smallvec![Value::Str(s)])
}

/// unsafe.Slice(ptr, len), with the element size the compiler passes.
fn unsafe_slice(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = args.first().cloned().unwrap_or_default();
    let n = length(args);
    let size = args.get(2).map(|v| v.as_int()).unwrap_or(0) as u64;
    // runtime.unsafeslice: the len*size bytes from ptr must fit below the
    // top of the address space (for nil, below 0: no bytes at all).
    if n < 0 {
        return panic_unsafe(vm, "unsafe.Slice: len out of range");
    }
    if size == 0 && p.is_nil() && n > 0 {
        return panic_unsafe(vm, "unsafe.Slice: ptr is nil and len is not zero");
    }
    let room = 0u64.wrapping_sub(if p.is_nil() { 0 } else { addr_of(&p) as u64 });
    if (n as u64).checked_mul(size).is_none_or(|mem| mem > room) {
        if p.is_nil() {
            return panic_unsafe(vm, "unsafe.Slice: ptr is nil and len is not zero");
        }
        return panic_unsafe(vm, "unsafe.Slice: len out of range");
    }
    if p.is_nil() {
        return NativeOut::Ret(smallvec::smallvec![Value::Nil]);
    }
    let Some(at) = ArrayAt::of(&p) else {
        return not_supported(
            "unsafe.Slice of a pointer to a variable, a struct or an array value (not to an element of an array)",
            "the pointer does not know an array around it",
        );
    };
    if n as u64 > at.room() as u64 {
        return not_supported("unsafe.Slice past the end of the array ptr points into", "memory is Go values, not bytes");
    }
    let n = n as u32;
    let s = match at {
        ArrayAt::Bytes(arr, i) => Value::Bytes(Bytes { arr, off: i as u32, len: n, cap: n, kind: BytesKind::Slice }),
        ArrayAt::Values(arr, i) => Value::Slice(Slice { arr, off: i as u32, len: n, cap: n }),
    };
    NativeOut::Ret(smallvec::smallvec![s])
}

/// unsafe.SliceData(s): `&s[:1][0]` when cap(s) > 0, nil for a nil slice,
/// else a pointer to no element (gc's runtime.zerobase for `[]T{}`).
fn unsafe_slice_data(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = match args.first() {
        Some(Value::Slice(s)) if (s.off as usize) < s.arr.borrow().len() => {
            let j = s.off as usize;
            match &s.arr.borrow()[j] {
                // An aggregate element is its own storage (as &s[i]).
                Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
                Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
                _ => Value::Pointer(Pointer::Elem(s.arr.clone(), j as u32)),
            }
        }
        Some(Value::Bytes(b)) if (b.off as usize) < b.arr.len() => Value::Pointer(Pointer::Byte(b.arr.clone(), b.off)),
        Some(Value::Slice(_)) | Some(Value::Bytes(_)) => Value::Pointer(Pointer::Agg(AggObj::new_scalar(AggVec::new()))),
        _ => Value::Nil,
    };
    NativeOut::Ret(smallvec::smallvec![p])
}

/// strings.Clone: a fresh copy, even of a short string (Go allocates one,
/// and unsafe.StringData tells the two apart).
fn strings_clone(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let s = match args.first() {
        Some(Value::Str(s)) if !s.is_empty() => Value::Str(GoStr::fresh(s.as_bytes())),
        _ => Value::str(""),
    };
    NativeOut::Ret(smallvec::smallvec![s])
}
