//! Run-time errors: the values `recover()` returns for faults, with Go's
//! dynamic types and messages (runtime/error.go).

use std::rc::Rc;

use bytecode::{range_state, TypeId};
use types::TypeTable;

use crate::value::{Iface, Value};
use crate::vm::Vm;

/// A fault detected by an instruction.
#[derive(Clone, Debug)]
pub enum RtErr {
    Index(i64, i64),
    /// Slice bounds: `which` is 0 (lo), 1 (hi) or 2 (max) — the failing bound.
    SliceB {
        lo: i64,
        hi: i64,
        max: Option<i64>,
        cap: i64,
        which: u8,
        string: bool,
    },
    NilDeref,
    DivideByZero,
    NegativeShift,
    NilMapWrite,
    MakeSliceLen,
    MakeSliceCap,
    /// growslice: the new length overflows or exceeds maxAlloc.
    GrowSliceLen,
    MakeChanSize,
    CloseNil,
    CloseClosed,
    SendClosed,
    /// A map key of a dynamic type without `==`; `true` when the map was
    /// nil or empty (internal/runtime/maps' check, not the hasher's).
    Unhashable(TypeId, bool),
    Uncomparable(TypeId),
    PanicNil,
    GoNilFunc,
    /// A check of runtime/unsafe.go failed (unsafe.Slice, unsafe.String):
    /// its message, after "runtime error: ".
    Unsafe(&'static str),
    /// `[N]T(s)` with len(s) < N.
    SliceToArray(i64, i64),
    /// A range-over-func loop's body called in the wrong state
    /// (runtime.panicrangestate), one of `bytecode::range_state`: DONE
    /// after it returned false, PANIC after it panicked, EXHAUSTED after
    /// the loop ended; MISSING_PANIC when the iterator returned after
    /// recovering the body's panic.
    RangeState(i64),
    /// A value method (of named type T, method name) called through an
    /// interface holding a nil *T: runtime.panicwrap.
    PanicWrap(TypeId, String),
    /// x.(T) failed: static interface type, dynamic type (None = nil), wanted type.
    TypeAssert {
        iface: TypeId,
        dynamic: Option<TypeId>,
        want: TypeId,
        missing: Option<String>,
    },
}

/// Type ids of the runtime's error types, found by name in the program's
/// type table (the compiler declares them).
#[derive(Clone, Copy, Debug, Default)]
pub struct RtTypes {
    pub bounds_error: TypeId,
    pub error_string: TypeId,
    pub plain_error: TypeId,
    pub type_assertion_error: TypeId,
    pub panic_nil_error: TypeId,
}

impl RtTypes {
    pub fn find(tt: &TypeTable) -> RtTypes {
        let mut r = RtTypes::default();
        for i in 0..tt.len() {
            let id = TypeId(i as u32);
            if tt.named_info(id).is_some() {
                match tt.name(id).as_str() {
                    "runtime.boundsError" => r.bounds_error = id,
                    "runtime.errorString" => r.error_string = id,
                    "runtime.plainError" => r.plain_error = id,
                    _ => {}
                }
            }
            // Only pointers to named types: naming `**...*int` would make
            // this quadratic in the depth of the program's pointer types.
            if let types::Kind::Pointer(e) = *tt.kind(id) {
                if tt.named_info(e).is_some() {
                    match tt.name(e).as_str() {
                        "runtime.TypeAssertionError" => r.type_assertion_error = id,
                        "runtime.PanicNilError" => r.panic_nil_error = id,
                        _ => {}
                    }
                }
            }
        }
        r
    }
}

impl RtErr {
    /// The `Error()` text.
    pub fn message(&self, tt: &TypeTable) -> String {
        match self {
            RtErr::Index(i, n) => {
                if *i < 0 {
                    format!("runtime error: index out of range [{i}]")
                } else {
                    format!("runtime error: index out of range [{i}] with length {n}")
                }
            }
            RtErr::SliceB { lo, hi, max, cap, which, string } => {
                let what = if *string { "length" } else { "capacity" };
                let m = match (which, max) {
                    (2, Some(m)) => {
                        if *m < 0 {
                            format!("[::{m}]")
                        } else {
                            format!("[::{m}] with {what} {cap}")
                        }
                    }
                    (1, Some(_)) => {
                        if *hi < 0 {
                            format!("[:{hi}:]")
                        } else {
                            format!("[:{hi}:{}]", max.unwrap_or(0))
                        }
                    }
                    (1, None) => {
                        if *hi < 0 {
                            format!("[:{hi}]")
                        } else {
                            format!("[:{hi}] with {what} {cap}")
                        }
                    }
                    (_, Some(_)) => format!("[{lo}:{hi}:]"),
                    _ => {
                        if *lo < 0 {
                            format!("[{lo}:]")
                        } else {
                            format!("[{lo}:{hi}]")
                        }
                    }
                };
                format!("runtime error: slice bounds out of range {m}")
            }
            RtErr::NilDeref | RtErr::GoNilFunc => "runtime error: invalid memory address or nil pointer dereference".into(),
            RtErr::DivideByZero => "runtime error: integer divide by zero".into(),
            RtErr::NegativeShift => "runtime error: negative shift amount".into(),
            RtErr::NilMapWrite => "assignment to entry in nil map".into(),
            RtErr::MakeSliceLen => "runtime error: makeslice: len out of range".into(),
            RtErr::MakeSliceCap => "runtime error: makeslice: cap out of range".into(),
            RtErr::GrowSliceLen => "runtime error: growslice: len out of range".into(),
            RtErr::MakeChanSize => "makechan: size out of range".into(),
            RtErr::CloseNil => "close of nil channel".into(),
            RtErr::CloseClosed => "close of closed channel".into(),
            RtErr::SendClosed => "send on closed channel".into(),
            // internal/runtime/maps' unhashableTypeError, or the hasher's
            // errorString (runtime/alg.go).
            RtErr::Unhashable(t, true) => format!("hash of unhashable type: {}", tt.name(*t)),
            RtErr::Unhashable(t, false) => format!("runtime error: hash of unhashable type {}", tt.name(*t)),
            RtErr::Uncomparable(t) => format!("runtime error: comparing uncomparable type {}", tt.name(*t)),
            RtErr::PanicNil => "panic called with nil argument".into(),
            RtErr::PanicWrap(t, m) => {
                let full = tt.name(*t);
                let short = full.rsplit_once('.').map(|x| x.1.to_string()).unwrap_or(full.clone());
                format!("value method {full}.{m} called using nil *{short} pointer")
            }
            RtErr::RangeState(st) => match *st {
                range_state::PANIC => "runtime error: range function continued iteration after loop body panic",
                range_state::EXHAUSTED => "runtime error: range function continued iteration after whole loop exit",
                range_state::MISSING_PANIC => "runtime error: range function recovered a loop body panic and did not resume panicking",
                _ => "runtime error: range function continued iteration after function for loop body returned false",
            }
            .into(),
            RtErr::Unsafe(m) => format!("runtime error: {m}"),
            RtErr::SliceToArray(l, n) => {
                format!("runtime error: cannot convert slice with length {l} to array or pointer to array with length {n}")
            }
            RtErr::TypeAssert { iface, dynamic, want, missing } => {
                let iname = tt.name(*iface);
                match (dynamic, missing) {
                    (None, _) => format!("interface conversion: {iname} is nil, not {}", tt.name(*want)),
                    (Some(d), Some(m)) => format!("interface conversion: {} is not {}: missing method {m}", tt.name(*d), tt.name(*want)),
                    (Some(d), None) => {
                        let (cs, ws) = (tt.name(*d), tt.name(*want));
                        // TypeAssertionError.Error: two types spelled
                        // alike (a local type and a package one) are told
                        // apart (gostack programs are one package).
                        let why = if cs == ws { " (types from different scopes)" } else { "" };
                        format!("interface conversion: {iname} is {cs}, not {ws}{why}")
                    }
                }
            }
        }
    }

    fn type_of(&self, rt: &RtTypes) -> TypeId {
        match self {
            RtErr::Index(..) | RtErr::SliceB { .. } | RtErr::SliceToArray(..) => rt.bounds_error,
            RtErr::NilMapWrite
            | RtErr::MakeChanSize
            | RtErr::CloseNil
            | RtErr::CloseClosed
            | RtErr::SendClosed
            | RtErr::Unhashable(_, true)
            | RtErr::PanicWrap(..) => rt.plain_error,
            RtErr::TypeAssert { .. } => rt.type_assertion_error,
            RtErr::PanicNil => rt.panic_nil_error,
            _ => rt.error_string,
        }
    }
}

impl<'p> Vm<'p> {
    /// Boxes a fault as the interface value Go would panic with. The value
    /// inside is the message string; the runtime error types' `Error`
    /// methods (natives) return it, prefixed as Go does.
    pub fn rt_error(&self, e: RtErr) -> Value {
        let mut msg = e.message(&self.prog.types);
        if matches!(e, RtErr::PanicNil) {
            msg = format!("runtime error: {msg}");
        }
        Value::Iface(Rc::new(Iface::new(e.type_of(&self.rt), Value::str(&msg))))
    }
}
