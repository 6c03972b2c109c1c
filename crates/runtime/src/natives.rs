//! The standard library subset implemented in Rust, by qualified name.

use crate::value::Value;
use crate::vm::{NativeFn, NativeOut, Vm};

/// Per-object state of sync primitives (unused placeholder).
#[derive(Debug, Default)]
pub struct SyncState;

/// Finds a native by its qualified Go name (`fmt.Println`).
pub fn lookup(name: &str) -> Option<NativeFn> {
    Some(match name {
        "fmt.Println" => println as NativeFn,
        _ => return None,
    })
}

/// How many argument slots a native function value takes at a call site.
pub fn native_arity(_vm: &Vm, _n: u16, _first: &Value) -> usize {
    1
}

fn println(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let _ = (vm, args);
    NativeOut::Ret(vec![])
}
