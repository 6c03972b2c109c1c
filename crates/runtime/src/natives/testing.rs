//! Natives of the `testing` package (stdlib/testing.go): an example's
//! output capture and `-run`'s regular expressions.

use smallvec::smallvec;

use super::{bytes, none, ret_str, Entry};
use crate::value::Value;
use crate::vm::{NativeOut, Vm};

pub(super) const NATIVES: &[Entry] = &[
    ("testing.captureStdout", capture_stdout, 0),
    ("testing.capturedStdout", captured_stdout, 0),
    ("testing.matchString", match_string, 2),
];

/// Go's run_example.go points os.Stdout at a pipe while an example runs;
/// here the program's buffered stdout keeps what the example writes until
/// `capturedStdout` takes it.
fn capture_stdout(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    vm.flush();
    vm.capturing = true;
    none()
}

fn captured_stdout(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    vm.capturing = false;
    let out = std::mem::take(&mut vm.out);
    ret_str(out)
}

/// regexp.MatchString(pat, str), with the error's text ("" for none).
///
/// Divergence: Rust's regex crate stands in for Go's regexp; both take RE2
/// syntax, but a compile error's text differs from Go's
/// (`error parsing regexp: ...`).
fn match_string(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let pat = String::from_utf8_lossy(bytes(args, 0)).into_owned();
    let s = String::from_utf8_lossy(bytes(args, 1)).into_owned();
    match regex::Regex::new(&pat) {
        Ok(re) => NativeOut::Ret(smallvec![Value::Bool(re.is_match(&s)), Value::bytes(b"")]),
        Err(e) => {
            let msg = format!("error parsing regexp: {}", e.to_string().lines().last().unwrap_or("invalid").trim());
            NativeOut::Ret(smallvec![Value::Bool(false), Value::bytes(msg.as_bytes())])
        }
    }
}
