//! Go's fmt verbs over run-time values (and panic value printing).

use crate::value::Value;
use crate::vm::Vm;

/// The text printed after `panic: ` for value `v` (printpanicval).
pub fn panic_value_text(vm: &mut Vm, gi: usize, v: &Value) -> String {
    let _ = (vm, gi);
    match v {
        Value::Iface(i) => match &i.val {
            Value::Str(s) => String::from_utf8_lossy(s).into_owned(),
            Value::Int(n) => n.to_string(),
            _ => "?".into(),
        },
        _ => "nil".into(),
    }
}
