//! The standard library subset implemented in Rust, by Go symbol name.
//!
//! The packages are declared in `crates/compiler/stdlib/<pkg>.go`; every
//! function or method there without a body is registered here under Go's
//! symbol name (`strings.ToUpper`, `sync.(*Mutex).Lock`,
//! `time.Duration.String`). Arguments arrive in order (receiver first); a
//! variadic parameter arrives as one slice.
//!
//! Divergence: a native runs to completion; the scheduler cannot preempt
//! it (a Go function of the standard library can be preempted anywhere).

mod big;
mod crypto;
pub mod fs;
mod gomath;
mod num;
mod reflect;
pub mod regexp;
mod sync;
mod testing;
mod text;
mod unsafe_data;

use std::rc::Rc;

use bytecode::TypeId;
use types::Kind;

use crate::proc::Gstatus;
use crate::rterr::RtErr;
use crate::value::{Agg, Iface, Slice, Value};
use crate::vm::{NativeFn, NativeOut, Vm};

/// What the `runtime` and `runtime/debug` natives remember between calls.
#[derive(Debug)]
pub struct RuntimeState {
    /// Completed collection cycles (`crate::gc`), forced or paced.
    pub num_gc: i64,
    /// Cycles started by runtime.GC.
    pub num_forced_gc: i64,
    /// GOGC: `debug.SetGCPercent`'s setting (Go's default 100; < 0: off).
    pub gc_percent: i64,
    /// Registered objects that survived the last cycle.
    pub gc_live: usize,
    /// The heap in use after the last cycle (bytes; 0 without a counting
    /// allocator).
    pub gc_heap_live: u64,
    /// runtime.SetFinalizer's and runtime.AddCleanup's table.
    pub finalizers: Vec<crate::gc::Finalizer>,
    /// The last cleanup id handed out (ids start at 1; 0 is a no-op).
    pub next_cleanup: u64,
    /// Frames handed out by runtime.Callers: (function, file, line); a pc is
    /// `PC_BASE` + index.
    pub pc_table: Vec<(String, String, i64)>,
    /// The entry pcs handed out for functions (reflect's Value.Pointer of
    /// a func), by function name: one function, one pc.
    pub func_pcs: std::collections::HashMap<String, i64>,
    /// The state of runtime.rand's splitmix64 stream (math/rand's global
    /// source): seeded from `Options::rand_seed`, else randomly, as Go's.
    pub rand: u64,
    /// The sandbox's file system, made at the first os file operation.
    pub fs: Option<Box<fs::MemFs>>,
    /// How much of `Options::stdin` the program has read.
    pub stdin_pos: usize,
    /// Variables the program unset with os.Unsetenv (hiding the fixed
    /// values os.Getenv answers otherwise).
    pub env_unset: Vec<String>,
    /// The embedder's `--max-stack`, kept at the first debug.SetMaxStack:
    /// the guest's setting never raises the limit past it.
    pub stack_ceiling: Option<u64>,
    /// The guest's last debug.SetMaxStack argument (as Go's uintptr).
    pub max_stack_set: Option<u64>,
    /// Package regexp's compiled regexps.
    pub regexps: regexp::Regexps,
    /// GOMAXPROCS: runtime.GOMAXPROCS's setting (starts at `NUM_CPU`).
    pub gomaxprocs: i64,
    /// The data pointers unsafe.StringData handed out, by string.
    pub string_data: unsafe_data::StringData,
    /// debug.SetTraceback's setting, if it was called (combined with the
    /// environment's: `Vm::gotraceback`).
    pub traceback_set: Option<crate::traceback::Gotraceback>,
    /// GOTRACEBACK at start-up (Go reads it once; os.Setenv does not
    /// change it).
    pub traceback_env: crate::traceback::Gotraceback,
}

/// runtime.NumCPU: a fixed count, not the host's, so that a program prints
/// the same on every machine (and learns nothing about the host). The
/// scheduler runs goroutines on one thread whatever GOMAXPROCS says.
pub const NUM_CPU: i64 = 8;

impl Default for RuntimeState {
    fn default() -> Self {
        RuntimeState {
            num_gc: 0,
            num_forced_gc: 0,
            gc_percent: 100,
            gc_live: 0,
            gc_heap_live: 0,
            finalizers: Vec::new(),
            next_cleanup: 0,
            pc_table: Vec::new(),
            func_pcs: Default::default(),
            rand: 0,
            fs: None,
            stdin_pos: 0,
            env_unset: Vec::new(),
            stack_ceiling: None,
            max_stack_set: None,
            traceback_set: None,
            traceback_env: crate::traceback::Gotraceback { level: 1, all: false },
            gomaxprocs: NUM_CPU,
            regexps: Default::default(),
            string_data: Default::default(),
        }
    }
}

/// (Go symbol, implementation, number of argument slots including the receiver).
type Entry = (&'static str, NativeFn, u8);

const CORE: &[Entry] = &[
    ("builtin.print", builtin_print, 1),
    ("builtin.println", builtin_println, 1),
    ("builtin.complex", builtin_complex, 2),
    ("builtin.slicetoarray", builtin_slice_to_array, 2),
    ("runtime.panicrangestate", runtime_panic_range_state, 1),
    ("builtin.slicetoarrayptr", builtin_slice_to_array_ptr, 2),
    ("builtin.real", builtin_real, 1),
    ("builtin.imag", builtin_imag, 1),
    ("fmt.Println", fmt_println, 1),
    ("fmt.Printf", fmt_printf, 2),
    ("fmt.Print", fmt_print, 1),
    ("fmt.Sprintf", fmt_sprintf, 2),
    ("fmt.Sprint", fmt_sprint, 1),
    ("fmt.Sprintln", fmt_sprintln, 1),
    ("fmt.errorf", fmt_errorf, 2),
    ("fmt.scanStore", fmt_scan_store, 2),
    ("fmt.scanNumeric", fmt_scan_numeric, 1),
    ("fmt.(*pp).Width", crate::fmt::pp_width, 1),
    ("fmt.(*pp).Precision", crate::fmt::pp_precision, 1),
    ("fmt.(*pp).Flag", crate::fmt::pp_flag, 2),
    ("fmt.(*pp).Write", crate::fmt::pp_write, 2),
    ("fmt.(*pp).WriteString", crate::fmt::pp_write, 2),
    ("fmt.FormatString", crate::fmt::format_string, 2),
    ("os.runtimeArgs", os_args, 0),
    ("os.Exit", os_exit, 1),
    ("os.(*File).write", os_file_write, 2),
    ("os.(*File).read", os_file_read, 2),
    ("os.Getenv", os_getenv, 1),
    ("os.envIsSet", os_env_is_set, 1),
    ("os.setenv", os_setenv, 2),
    ("os.unsetenv", os_unsetenv, 1),
    ("os.environ", os_environ, 0),
    ("errors.comparable", errors_comparable, 1),
    ("errors.checkAsTarget", errors_check_as_target, 1),
    ("errors.assignTo", errors_assign_to, 2),
    ("errors.unwrapKind", errors_unwrap_kind, 1),
    ("runtime.Error", runtime_error_text, 1),
    ("runtime.errorString.Error", runtime_error_text, 1),
    ("runtime.plainError.Error", runtime_error_text, 1),
    ("runtime.boundsError.Error", runtime_error_text, 1),
    ("runtime.(*TypeAssertionError).Error", runtime_error_text, 1),
    ("runtime.(*PanicNilError).Error", runtime_error_text, 1),
    ("runtime.Gosched", runtime_gosched, 0),
    ("runtime.Breakpoint", runtime_breakpoint, 0),
    ("runtime.debugProbe", runtime_debug_probe, 2),
    ("runtime.Goexit", runtime_goexit, 0),
    ("runtime.GC", runtime_gc, 0),
    ("runtime.SetFinalizer", runtime_set_finalizer, 2),
    ("runtime.addCleanup", runtime_add_cleanup, 2),
    ("runtime.stopCleanup", runtime_stop_cleanup, 1),
    ("runtime.NumGoroutine", runtime_num_goroutine, 0),
    ("time.startTimer", time_start_timer, 6),
    ("time.stopTimer", time_stop_timer, 1),
    ("runtime.NumCPU", runtime_num_cpu, 0),
    ("runtime.GOMAXPROCS", runtime_gomaxprocs, 1),
    ("runtime.ReadMemStats", runtime_read_mem_stats, 1),
    ("runtime.Callers", runtime_callers, 2),
    ("runtime.Stack", runtime_stack, 2),
    ("runtime.pcInfo", runtime_pc_info, 1),
    ("runtime/debug.numGC", debug_num_gc, 0),
    ("runtime/debug.Stack", debug_stack, 0),
    ("runtime/debug.PrintStack", debug_print_stack, 0),
    ("runtime/debug.SetMaxStack", debug_set_max_stack, 1),
    ("runtime/debug.SetTraceback", debug_set_traceback, 1),
    ("runtime/debug.SetGCPercent", debug_set_gc_percent, 1),
    ("time.Sleep", time_sleep, 1),
    ("math/rand.runtimeRand", rand_runtime_rand, 0),
    ("math/rand/v2.runtime_rand", rand_runtime_rand, 0),
    // The compiler qualifies natives by package name; v2's is `rand`.
    ("rand.runtime_rand", rand_runtime_rand, 0),
    ("time.now", time_now, 0),
    ("time.readZoneFile", time_read_zone_file, 2),
];

/// Every table of natives: the core ones here and each module's.
const TABLES: [&[Entry]; 11] = [
    CORE,
    text::NATIVES,
    num::NATIVES,
    sync::NATIVES,
    fs::NATIVES,
    testing::NATIVES,
    regexp::NATIVES,
    reflect::NATIVES,
    crypto::NATIVES,
    big::NATIVES,
    unsafe_data::NATIVES,
];

/// Natives are registered under the package path (`sync/atomic.AddInt64`);
/// a name qualified by the package name (`atomic.AddInt64`) also matches.
fn find(name: &str) -> Option<&'static Entry> {
    let all = || TABLES.into_iter().flat_map(|t| t.iter());
    all()
        .find(|e| e.0 == name)
        .or_else(|| all().find(|e| e.0.len() > name.len() && e.0.ends_with(name) && e.0.as_bytes()[e.0.len() - name.len() - 1] == b'/'))
}

/// What a reflect.Value struct holds, as an interface value for fmt:
/// Some(None) for the zero Value; None when `v` is not one.
pub(crate) fn reflect_value_held(vm: &Vm, v: &Value) -> Option<Option<Value>> {
    reflect::held(vm, v)
}

/// Finds a native by its qualified Go name (`fmt.Println`).
pub fn lookup(name: &str) -> Option<NativeFn> {
    find(name).map(|e| e.1)
}

/// Every registered native name (for tests and tools).
pub fn names() -> Vec<&'static str> {
    TABLES.into_iter().flat_map(|t| t.iter()).map(|e| e.0).collect()
}

/// How many argument slots a native function value takes at a call site.
pub fn native_arity(vm: &Vm, n: u16, first: &Value) -> usize {
    let name = vm.prog.natives.get(n as usize).map(|s| s.as_str()).unwrap_or("");
    if name == "reflect.makeFuncStub" {
        // Its receiver, a *makeFuncImpl, says the func type made.
        return reflect::make_func_arity(vm, first);
    }
    find(name).map(|e| e.2 as usize).unwrap_or(1)
}

// --------------------------------------------------------------------
// helpers shared by the native modules

pub(crate) fn ret(v: Value) -> NativeOut {
    NativeOut::Ret(smallvec::smallvec![v])
}

pub(crate) fn ret_str(b: impl AsRef<[u8]>) -> NativeOut {
    ret(Value::bytes(b.as_ref()))
}

pub(crate) fn ret_int(i: i64) -> NativeOut {
    ret(Value::Int(i))
}

pub(crate) fn ret_bool(b: bool) -> NativeOut {
    ret(Value::Bool(b))
}

pub(crate) fn none() -> NativeOut {
    NativeOut::Ret(smallvec::smallvec![])
}

pub(crate) fn arg(args: &[Value], i: usize) -> &Value {
    const NIL: &Value = &Value::Nil;
    args.get(i).unwrap_or(NIL)
}

pub(crate) fn int(args: &[Value], i: usize) -> i64 {
    arg(args, i).as_int()
}

pub(crate) fn float(args: &[Value], i: usize) -> f64 {
    arg(args, i).as_float()
}

pub(crate) fn bytes(args: &[Value], i: usize) -> &[u8] {
    arg(args, i).str_bytes()
}

/// A new slice holding `vals` (len = cap = vals.len()).
pub(crate) fn mk_slice(vals: Vec<Value>) -> Value {
    let n = vals.len() as u32;
    Value::Slice(Slice { arr: crate::value::AggObj::new(vals.into()), off: 0, len: n, cap: n })
}

/// The string `part` of native argument `src` (a string): shares `src`'s
/// bytes when `part` lies in them, as Go's `s[i:j]` in the library
/// function would (`strings.TrimSpace`, `TrimPrefix`, ...).
pub(crate) fn str_part(src: &Value, part: &[u8]) -> Value {
    match src {
        Value::Str(s) => Value::Str(s.share(part)),
        _ => Value::bytes(part),
    }
}

/// `ret(str_part(src, part))`.
pub(crate) fn ret_part(src: &Value, part: &[u8]) -> NativeOut {
    ret(str_part(src, part))
}

/// A `[]string` of pieces of string `src` sharing its bytes (`strings.Split`,
/// `Fields`), with capacity `cap` at least (the rest empty strings).
pub(crate) fn str_parts(src: &Value, parts: &[&[u8]], cap: usize) -> Value {
    let mut v: Vec<Value> = Vec::with_capacity(cap.max(parts.len()));
    v.extend(parts.iter().map(|p| str_part(src, p)));
    v.resize(cap.max(parts.len()), Value::str(""));
    let (n, c) = (parts.len() as u32, v.len() as u32);
    Value::Slice(Slice { arr: crate::value::AggObj::new(v.into()), off: 0, len: n, cap: c })
}

/// A `[]string` from byte strings.
pub(crate) fn str_slice<B: AsRef<[u8]>>(parts: &[B]) -> Value {
    mk_slice(parts.iter().map(|p| Value::bytes(p.as_ref())).collect())
}

/// The elements of a slice value (empty for nil).
pub(crate) fn elems(v: &Value) -> Vec<Value> {
    v.slice_elems()
}

/// A new `[]byte` holding `b` (len = cap = b.len()).
pub(crate) fn byte_slice(b: Vec<u8>) -> Value {
    Value::Bytes(crate::value::Bytes::from_vec(crate::value::Elem::U8, b))
}

/// Stores `src` into the elements of byte slice `dst` from index 0 (the
/// caller checked the length).
pub(crate) fn store_bytes(dst: &Value, src: &[u8]) {
    match dst {
        Value::Bytes(b) => b.arr.buf.borrow_mut()[b.off as usize..b.off as usize + src.len()].copy_from_slice(src),
        Value::Slice(s) => {
            let mut arr = s.arr.borrow_mut();
            for (i, b) in src.iter().enumerate() {
                arr[s.off as usize + i] = Value::Int(*b as i64);
            }
        }
        _ => {}
    }
}

/// `panic("msg")` with a string value.
pub(crate) fn panic_str(msg: &str) -> NativeOut {
    NativeOut::Panic(Value::Iface(Rc::new(Iface::new(TypeId::STRING, Value::str(msg)))))
}

/// The struct object a pointer receiver points to.
pub(crate) fn recv_agg(vm: &Vm, p: &Value) -> Option<Agg> {
    match vm.load_ptr(p) {
        Some(Value::Agg(a)) => Some(a),
        _ => None,
    }
}

pub(crate) fn nil_deref(vm: &Vm) -> NativeOut {
    NativeOut::Panic(vm.rt_error(RtErr::NilDeref))
}

// --------------------------------------------------------------------
// builtin print/println (runtime/print.go)

fn print_args(args: &[Value]) -> Vec<Value> {
    match args {
        [Value::Slice(_)] => elems(&args[0]),
        _ => args.to_vec(),
    }
}

fn builtin_print(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut out = Vec::new();
    for a in print_args(args) {
        out.extend(crate::fmt::runtime_print_arg(vm, &a));
    }
    vm.write_stderr(&out);
    none()
}

/// complex(re, im) for non-constant operands (the compiler rounds
/// complex64 results by converting the operands first).
fn builtin_complex(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let re = args.first().map(|v| v.as_float()).unwrap_or(0.0);
    let im = args.get(1).map(|v| v.as_float()).unwrap_or(0.0);
    NativeOut::Ret(smallvec::smallvec![Value::Complex(re, im)])
}

/// runtime.panicrangestate: a range-over-func loop body was called again
/// after it returned false, panicked, or its loop ended.
fn runtime_panic_range_state(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    NativeOut::Panic(vm.rt_error(RtErr::RangeState(int(args, 0))))
}

/// `[N]T(s)`: a copy of the first N elements; panics if len(s) < N.
fn builtin_slice_to_array(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let n = args.get(1).map(|v| v.as_int()).unwrap_or(0);
    let (elems, len) = match args.first() {
        Some(v) => (v.slice_elems(), v.slice_len_cap().0 as i64),
        _ => (vec![], 0),
    };
    if len < n {
        return NativeOut::Panic(vm.rt_error(RtErr::SliceToArray(len, n)));
    }
    if let Some(Value::Bytes(b)) = args.first() {
        let w = b.arr.elem.width();
        let a = crate::value::ByteArr::new(b.arr.elem, b.to_vec()[..n as usize * w].to_vec());
        return NativeOut::Ret(smallvec::smallvec![a.value()]);
    }
    let arr: Vec<Value> = elems.into_iter().take(n as usize).map(|v| v.copy_val()).collect();
    NativeOut::Ret(smallvec::smallvec![Value::Agg(crate::value::AggObj::new(arr.into()))])
}

/// `(*[N]T)(s)`: a pointer to the first N elements of s's backing array,
/// represented as a slice of them with len = cap = N (the VM's loads and
/// stores through it copy N elements); nil for a nil s and N = 0; panics
/// if len(s) < N.
fn builtin_slice_to_array_ptr(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let n = args.get(1).map(|v| v.as_int()).unwrap_or(0);
    let s = args.first().cloned().unwrap_or_default();
    let len = s.slice_len_cap().0 as i64;
    if len < n {
        return NativeOut::Panic(vm.rt_error(RtErr::SliceToArray(len, n)));
    }
    let p = match s {
        Value::Slice(mut s) => {
            s.len = n as u32;
            s.cap = n as u32;
            Value::Slice(s)
        }
        Value::Bytes(mut b) => {
            b.len = n as u32;
            b.cap = n as u32;
            b.kind = crate::value::BytesKind::Ptr;
            Value::Bytes(b)
        }
        v => v,
    };
    NativeOut::Ret(smallvec::smallvec![p])
}

fn builtin_real(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let v = match args.first() {
        Some(Value::Complex(re, _)) => *re,
        Some(v) => v.as_float(),
        None => 0.0,
    };
    NativeOut::Ret(smallvec::smallvec![Value::Float(v)])
}

fn builtin_imag(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let v = match args.first() {
        Some(Value::Complex(_, im)) => *im,
        _ => 0.0,
    };
    NativeOut::Ret(smallvec::smallvec![Value::Float(v)])
}

fn builtin_println(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut out = Vec::new();
    for (i, a) in print_args(args).iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        out.extend(crate::fmt::runtime_print_arg(vm, a));
    }
    out.push(b'\n');
    vm.write_stderr(&out);
    none()
}

// --------------------------------------------------------------------
// fmt

fn written(n: usize) -> NativeOut {
    NativeOut::Ret(smallvec::smallvec![Value::Int(n as i64), Value::Nil])
}

fn fmt_println(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let out = crate::fmt::sprintln(vm, gi, elems(arg(args, 0)));
    // Abandoned (native_unwind) or ended (a fatal error inside the
    // printer): nothing is written.
    if vm.native_unwind.is_none() && vm.pending_exit.is_none() {
        vm.write_stdout(&out);
    }
    written(out.len())
}

fn fmt_print(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let out = crate::fmt::sprint(vm, gi, elems(arg(args, 0)));
    // Abandoned (native_unwind) or ended (a fatal error inside the
    // printer): nothing is written.
    if vm.native_unwind.is_none() && vm.pending_exit.is_none() {
        vm.write_stdout(&out);
    }
    written(out.len())
}

fn fmt_printf(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let format = bytes(args, 0).to_vec();
    let out = crate::fmt::sprintf(vm, gi, &format, elems(arg(args, 1)));
    // Abandoned (native_unwind) or ended (a fatal error inside the
    // printer): nothing is written.
    if vm.native_unwind.is_none() && vm.pending_exit.is_none() {
        vm.write_stdout(&out);
    }
    written(out.len())
}

fn fmt_sprintf(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let format = bytes(args, 0).to_vec();
    ret_str(crate::fmt::sprintf(vm, gi, &format, elems(arg(args, 1))))
}

fn fmt_sprint(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    ret_str(crate::fmt::sprint(vm, gi, elems(arg(args, 0))))
}

fn fmt_sprintln(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    ret_str(crate::fmt::sprintln(vm, gi, elems(arg(args, 0))))
}

fn fmt_errorf(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let format = bytes(args, 0).to_vec();
    let (s, w) = crate::fmt::errorf(vm, gi, &format, elems(arg(args, 1)));
    let idx = if w.is_empty() { Value::Nil } else { mk_slice(w.into_iter().map(|i| Value::Int(i as i64)).collect()) };
    NativeOut::Ret(smallvec::smallvec![Value::bytes(&s), idx])
}

fn fmt_scan_numeric(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Value::Iface(p) = arg(args, 0) else { return ret_bool(false) };
    let tt = &vm.prog.types;
    ret_bool(tt.elem(p.ty).is_some_and(|e| tt.is_numeric(e)))
}

/// Parses token `tok` into `*arg` as fmt's `%v` scanning does; returns ""
/// or the error text.
fn fmt_scan_store(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    use gostd::strconv as sc;
    let Value::Iface(p) = arg(args, 0) else { return ret_str("can't scan type: <nil>") };
    let tok = bytes(args, 1).to_vec();
    let tt = &vm.prog.types;
    let Kind::Pointer(e) = tt.ukind(p.ty) else { return ret_str(format!("can't scan type: {}", tt.name(p.ty))) };
    let e = *e;
    let bits = tt.int_bits(e) as i64;
    let v = match tt.ukind(e) {
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => match sc::parse_int(&tok, 0, bits) {
            Ok(n) => Value::Int(n),
            Err((_, err)) if err.err == sc::NumErrKind::Range => {
                return ret_str(format!("integer overflow on token {}", String::from_utf8_lossy(&tok)))
            }
            Err(_) => return ret_str("expected integer"),
        },
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => match sc::parse_uint(&tok, 0, bits) {
            Ok(n) => Value::Int(n as i64),
            Err((_, err)) if err.err == sc::NumErrKind::Range => {
                return ret_str(format!("unsigned integer overflow on token {}", String::from_utf8_lossy(&tok)))
            }
            Err(_) => return ret_str("expected integer"),
        },
        Kind::Float32 | Kind::Float64 => {
            let fb = if matches!(tt.ukind(e), Kind::Float32) { 32 } else { 64 };
            match sc::parse_float(&tok, fb) {
                Ok(f) => Value::Float(f),
                Err((_, err)) => return ret_str(err.to_string()),
            }
        }
        Kind::String => Value::bytes(&tok),
        Kind::Bool => match sc::parse_bool(&tok) {
            Ok(b) => Value::Bool(b),
            Err(_) => return ret_str("syntax error scanning boolean"),
        },
        Kind::Slice(b) if matches!(tt.ukind(*b), Kind::Uint8) => byte_slice(tok.to_vec()),
        _ => return ret_str(format!("can't scan type: {}", tt.name(p.ty))),
    };
    let target = p.val.clone();
    if !vm.store_ptr(&target, v) {
        return nil_deref(vm);
    }
    ret_str("")
}

// --------------------------------------------------------------------
// os

fn os_args(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    // Args[0] looks like `go run`'s temporary executable.
    let stem = vm
        .opts
        .args
        .first()
        .map(|p| p.rsplit('/').next().unwrap_or(p).trim_end_matches(".go").to_string())
        .unwrap_or_else(|| "main".into());
    let mut a: Vec<Value> = vec![Value::str(&format!("/tmp/go-build/b001/exe/{stem}"))];
    a.extend(vm.opts.args.iter().skip(1).map(|s| Value::str(s)));
    ret(mk_slice(a))
}

fn os_exit(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    NativeOut::Exit(int(args, 0) as i32)
}

fn os_file_write(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Some(f) = recv_agg(vm, arg(args, 0)) else { return nil_deref(vm) };
    let fd = f.borrow().first().map(|v| v.as_int()).unwrap_or(1);
    let b = crate::fmt::slice_bytes(arg(args, 1));
    match fd {
        1 => vm.write_stdout(&b),
        2 => vm.write_stderr(&b),
        _ => {}
    }
    written(b.len())
}

/// Reads standard input into the slice; 0 at end of input.
fn os_file_read(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    use std::io::Read;
    let Some(f) = recv_agg(vm, arg(args, 0)) else { return nil_deref(vm) };
    let fd = f.borrow().first().map(|v| v.as_int()).unwrap_or(0);
    let dst = arg(args, 1);
    let len = dst.slice_len_cap().0;
    if fd != 0 || len == 0 {
        return ret_int(0);
    }
    vm.flush();
    if let Some(input) = vm.opts.stdin.clone() {
        // Input given with the run (an embedder's, a golden case's X.stdin).
        let pos = vm.runtime_state.stdin_pos.min(input.len());
        let n = (len as usize).min(input.len() - pos);
        store_bytes(dst, &input[pos..pos + n]);
        vm.runtime_state.stdin_pos = pos + n;
        return ret_int(n as i64);
    }
    let mut buf = vec![0u8; len as usize];
    let n = std::io::stdin().lock().read(&mut buf).unwrap_or(0);
    store_bytes(dst, &buf[..n]);
    ret_int(n as i64)
}

fn os_getenv(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let k = String::from_utf8_lossy(bytes(args, 0)).into_owned();
    ret_str(lookup_env(vm, &k).unwrap_or_default())
}

/// The program's variable `k`: the ones given with the run or set by it
/// (the last of a name wins, as in an environment built by appending),
/// then a few harmless fixed values unless the program unset them.
fn lookup_env(vm: &Vm, k: &str) -> Option<String> {
    if let Some((_, v)) = vm.opts.env.iter().rev().find(|(n, _)| n == k) {
        return Some(v.clone());
    }
    if vm.runtime_state.env_unset.iter().any(|n| n == k) {
        return None;
    }
    match k {
        "HOME" => Some("/root".to_string()),
        "USER" => Some("root".to_string()),
        "PATH" => Some("/usr/local/bin:/usr/bin:/bin".to_string()),
        _ => None,
    }
}

fn os_env_is_set(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let k = String::from_utf8_lossy(bytes(args, 0)).into_owned();
    ret_bool(lookup_env(vm, &k).is_some())
}

/// os.Setenv, after its checks: the run's own environment changes.
fn os_setenv(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let k = String::from_utf8_lossy(bytes(args, 0)).into_owned();
    let v = String::from_utf8_lossy(bytes(args, 1)).into_owned();
    vm.opts.env.retain(|(n, _)| *n != k);
    vm.runtime_state.env_unset.retain(|n| *n != k);
    vm.opts.env.push((k, v));
    none()
}

/// os.Environ's `KEY=VALUE` list: the defaults of lookup_env not unset or
/// overridden, then the run's variables in the order they were set.
fn os_environ(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    let mut out: Vec<String> = Vec::new();
    for k in ["HOME", "PATH", "USER"] {
        if !vm.opts.env.iter().any(|(n, _)| n == k) {
            if let Some(v) = lookup_env(vm, k) {
                out.push(format!("{k}={v}"));
            }
        }
    }
    for (i, (k, v)) in vm.opts.env.iter().enumerate() {
        // A later setting of the same key replaces this one.
        if !vm.opts.env[i + 1..].iter().any(|(n, _)| n == k) {
            out.push(format!("{k}={v}"));
        }
    }
    ret(str_slice(&out))
}

fn os_unsetenv(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let k = String::from_utf8_lossy(bytes(args, 0)).into_owned();
    vm.opts.env.retain(|(n, _)| *n != k);
    vm.runtime_state.env_unset.push(k);
    none()
}

// --------------------------------------------------------------------
// errors

fn errors_comparable(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    match arg(args, 0) {
        Value::Iface(i) => ret_bool(vm.prog.types.comparable(i.ty)),
        _ => ret_bool(true),
    }
}

fn errors_check_as_target(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Value::Iface(t) = arg(args, 0) else { return panic_str("errors: target cannot be nil") };
    let tt = &vm.prog.types;
    let Kind::Pointer(e) = tt.ukind(t.ty) else { return panic_str("errors: target must be a non-nil pointer") };
    if t.val.is_nil() {
        return panic_str("errors: target must be a non-nil pointer");
    }
    let e = *e;
    if !tt.is_interface(e) && vm.implements(e, TypeId::ERROR).is_some() {
        return panic_str("errors: *target must be interface or implement error");
    }
    none()
}

fn errors_assign_to(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let (Value::Iface(err), Value::Iface(t)) = (arg(args, 0), arg(args, 1)) else { return ret_bool(false) };
    let Some(e) = vm.prog.types.elem(t.ty) else { return ret_bool(false) };
    let v = if vm.prog.types.is_interface(e) {
        if vm.implements(err.ty, e).is_some() {
            return ret_bool(false);
        }
        Value::Iface(err.clone())
    } else if err.ty == e {
        err.val.copy_val()
    } else {
        return ret_bool(false);
    };
    let target = t.val.clone();
    vm.store_ptr(&target, v);
    ret_bool(true)
}

/// 0: no Unwrap method; 1: `Unwrap() error`; 2: `Unwrap() []error`.
fn errors_unwrap_kind(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Value::Iface(e) = arg(args, 0) else { return ret_int(0) };
    let Some((t, _)) = crate::fmt::method_target(vm, e.ty, &e.val, "Unwrap") else { return ret_int(0) };
    let tt = &vm.prog.types;
    let m = tt.method(t, "Unwrap").or_else(|| match tt.kind(t) {
        Kind::Pointer(el) => tt.method(*el, "Unwrap"),
        _ => None,
    });
    let Some(m) = m else { return ret_int(0) };
    match tt.sig(m.sig).map(|s| s.results.as_slice()) {
        Some([r]) if *r == TypeId::ERROR => ret_int(1),
        Some([r]) if matches!(tt.kind(*r), Kind::Slice(e) if *e == TypeId::ERROR) => ret_int(2),
        _ => ret_int(0),
    }
}

// --------------------------------------------------------------------
// runtime

/// `Error()` of the runtime's error types: the value is the message.
fn runtime_error_text(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    match arg(args, 0) {
        Value::Iface(i) => ret(i.val.clone()),
        v => ret(Value::bytes(v.str_bytes())),
    }
}

fn runtime_gosched(_vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    NativeOut::Yield
}

thread_local! {
    /// A probe is formatting its variables: a probe reached from there
    /// (a Format or GoString method of one of them) logs nothing, as the
    /// plain build never runs that call, and cannot recurse forever.
    static IN_PROBE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The debug-info checker's probe (`compiler::compiler::Options::debug_probes`):
/// logs statement `k` of the running function with each variable written
/// as `fmt.Printf("%#v")` writes it, in `Vm::probe_log`.
fn runtime_debug_probe(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    if IN_PROBE.with(|p| p.replace(true)) {
        return NativeOut::Ret(crate::vm::Rets::new());
    }
    let out = debug_probe(vm, gi, args);
    IN_PROBE.with(|p| p.set(false));
    out
}

fn debug_probe(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    if vm.probe_log_full {
        return NativeOut::Ret(crate::vm::Rets::new());
    }
    let k = args.first().map(|v| v.as_int()).unwrap_or(0);
    let names = String::from_utf8_lossy(args.get(1).map(|v| v.str_bytes()).unwrap_or(b"")).into_owned();
    let func = vm.gs[gi].frames.last().map(|f| vm.prog.funcs[f.func as usize].name.clone()).unwrap_or_default();
    // Fields are separated by U+001F, variables by U+001E (values may
    // contain any other character).
    let mut line = format!("{}\u{1f}{func}\u{1f}{k}", vm.gs[gi].goid);
    for (name, v) in names.split(',').filter(|n| !n.is_empty()).zip(args.iter().skip(2)) {
        let text = crate::fmt::sprintf(vm, gi, b"%#v", vec![v.clone()]);
        line.push_str(&format!("\u{1e}{name}\u{1f}{}", String::from_utf8_lossy(&text)));
    }
    vm.probe_log_bytes += line.len();
    if vm.probe_log_bytes > crate::vm::PROBE_LOG_MAX_BYTES {
        vm.probe_log_full = true;
    } else {
        vm.probe_log.push(line);
    }
    NativeOut::Ret(crate::vm::Rets::new())
}

fn runtime_goexit(_vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    NativeOut::Goexit
}

const PC_BASE: i64 = 0x401000;

/// runtime.GC: a full cycle now. Go's caller parks while the cycle marks
/// (gcWaitOnMark), so the other runnable goroutines run first (among
/// them the finalizers an earlier cycle queued: a program that polls a
/// finalizer's channel between runtime.GC calls sees it run); the cycle's
/// own finalizers are readied as it sweeps and run at the next scheduling
/// point.
fn runtime_gc(vm: &mut Vm, gi: usize, _args: &[Value]) -> NativeOut {
    if !vm.gs[gi].gc_waited {
        vm.gs[gi].gc_waited = true;
        // Retried when the goroutine runs again.
        let f = vm.gs[gi].frames.last_mut().expect("frame");
        f.pc -= 1;
        return NativeOut::Yield;
    }
    vm.gs[gi].gc_waited = false;
    vm.runtime_state.num_forced_gc += 1;
    vm.gc_cycle();
    none()
}

/// runtime.SetFinalizer: remembers `finalizer` for the object `obj` points
/// to (a nil finalizer removes it). Go's checks of the argument types are
/// not made: an object that is not a pointer to a whole allocation simply
/// never has its finalizer run.
fn runtime_set_finalizer(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let unbox = |v: &Value| match v {
        Value::Iface(i) => i.val.clone(),
        v => v.clone(),
    };
    let obj = unbox(arg(args, 0));
    let f = unbox(arg(args, 1));
    let Some(addr) = crate::gc::object_addr(&obj) else { return none() };
    let fins = &mut vm.runtime_state.finalizers;
    fins.retain(|x| x.cleanup != 0 || crate::gc::object_addr(&x.obj) != Some(addr));
    if let Value::Func(_) = f {
        fins.push(crate::gc::Finalizer { obj, f, cleanup: 0 });
    }
    none()
}

/// runtime.AddCleanup's registration (the generic Go side checks its
/// arguments and binds the cleanup's argument into `f`, a `func()`): the
/// cleanup's id, for Cleanup.Stop. An object may have several cleanups
/// and a finalizer besides.
fn runtime_add_cleanup(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let obj = match arg(args, 0) {
        Value::Iface(i) => i.val.clone(),
        v => v.clone(),
    };
    let f = arg(args, 1).clone();
    if crate::gc::object_addr(&obj).is_none() || !matches!(f, Value::Func(_)) {
        // Not a heap object gostack can watch (Go: a pointer into a
        // global or another non-heap block is a no-op cleanup).
        return ret_int(0);
    }
    let rs = &mut vm.runtime_state;
    rs.next_cleanup += 1;
    let id = rs.next_cleanup;
    rs.finalizers.push(crate::gc::Finalizer { obj, f, cleanup: id });
    ret_int(id as i64)
}

/// Cleanup.Stop: forgets the cleanup unless a cycle already queued it.
fn runtime_stop_cleanup(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let id = arg(args, 0).as_int() as u64;
    vm.runtime_state.finalizers.retain(|x| x.cleanup != id);
    none()
}

fn debug_num_gc(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    ret_int(vm.runtime_state.num_gc)
}

/// Fills a runtime.MemStats: the heap in use (measured with a counting
/// allocator, else an estimate), the collector's cycles (NumGC) and the
/// objects that survived the last one; the other fields are plausible
/// numbers.
fn runtime_read_mem_stats(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Some(m) = recv_agg(vm, arg(args, 0)) else { return nil_deref(vm) };
    let ngc = vm.runtime_state.num_gc;
    let forced = vm.runtime_state.num_forced_gc;
    let live = vm.gs.iter().filter(|g| g.status != Gstatus::Dead).count() as i64;
    let stack: i64 = vm.gs.iter().filter(|g| g.status != Gstatus::Dead).map(|g| g.stack.total as i64).sum();
    let heap = match vm.heap_in_use() {
        0 => 180_000 + 4_096 * live,
        n => n as i64,
    };
    let objects = vm.runtime_state.gc_live.max(800) as i64;
    let next_gc = (vm.runtime_state.gc_heap_live as i64 * 2).max(4_194_304);
    let mut f = m.borrow_mut();
    let mut set = |i: usize, v: Value| {
        if let Some(x) = f.get_mut(i) {
            *x = v;
        }
    };
    set(0, Value::Int(heap)); // Alloc
    set(1, Value::Int(heap + 64_000 * ngc)); // TotalAlloc
    set(2, Value::Int(6_900_000)); // Sys
    set(4, Value::Int(900 + 40 * ngc)); // Mallocs
    set(5, Value::Int(100 + 40 * ngc)); // Frees
    set(6, Value::Int(heap)); // HeapAlloc
    set(7, Value::Int(3_866_624)); // HeapSys
    set(8, Value::Int(3_866_624 - 409_600)); // HeapIdle
    set(9, Value::Int(409_600)); // HeapInuse
    set(11, Value::Int(objects)); // HeapObjects
    set(12, Value::Int(stack.max(32_768))); // StackInuse
    set(13, Value::Int(stack.max(32_768))); // StackSys
    set(21, Value::Int(next_gc)); // NextGC
    set(26, Value::Int(ngc)); // NumGC
    set(27, Value::Int(forced)); // NumForcedGC
    set(29, Value::Bool(true)); // EnableGC
    none()
}

/// runtime.Callers over the goroutine's frames, with the runtime frames Go
/// shows (runtime.gopanic above a deferred call run by a panic,
/// runtime.main and runtime.goexit at the bottom).
fn runtime_callers(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    use crate::proc::RetTo;
    let skip = int(args, 0).max(0) as usize;
    let out = arg(args, 1);
    let (out_len, _) = out.slice_len_cap();
    let g = &vm.gs[gi];
    let mut frames: Vec<(String, String, i64)> =
        vec![("runtime.Callers".into(), "/usr/local/go/src/runtime/extern.go".into(), crate::traceback::CALLERS_CALL_LINE)];
    let n = g.frames.len();
    for (depth, i) in (0..n).rev().enumerate() {
        let f = &g.frames[i];
        let proto = &vm.prog.funcs[f.func as usize];
        if proto.wrapper && depth > 0 && !matches!(f.ret, RetTo::Panic(_)) {
            continue;
        }
        // As Go's traceback places it: a frame running its deferred calls
        // stands at its `return` (or closing brace), not at its last call.
        let pc = crate::traceback::exec_pc(vm.prog, g, i);
        let line = proto.line_at(pc) as i64;
        // The program's packages (main, a module's, a package under test)
        // name their files; the stdlib gostack writes in Go has no file of
        // Go's to name.
        let file = crate::traceback::func_file_at(vm, proto, pc);
        let file = if file.starts_with("/usr/local/go/") { String::new() } else { file };
        frames.push((proto.name.clone(), file, line));
        if let RetTo::Panic(id) = f.ret {
            frames.push(("runtime.gopanic".into(), "/usr/local/go/src/runtime/panic.go".into(), crate::traceback::GOPANIC_CALL_LINE));
            if let Some(p) = g.panics.iter().find(|p| p.id == id) {
                let raisers = crate::traceback::fault_frames(vm, g, p);
                frames.extend(
                    raisers.iter().map(|&(name, file, line)| (name.to_string(), format!("/usr/local/go/src/runtime/{file}"), line)),
                );
            }
        }
    }
    if g.goid == 1 {
        frames.push(("runtime.main".into(), "/usr/local/go/src/runtime/proc.go".into(), crate::traceback::RUNTIME_MAIN_CALL_LINE));
    }
    frames.push(("runtime.goexit".into(), "/usr/local/go/src/runtime/asm_amd64.s".into(), crate::traceback::GOEXIT_ASM_LINE));
    let picked: Vec<(String, String, i64)> = frames.into_iter().skip(skip).take(out_len as usize).collect();
    let t = &mut vm.runtime_state.pc_table;
    let pcs: Vec<i64> = picked
        .into_iter()
        .map(|fr| {
            t.push(fr);
            PC_BASE + t.len() as i64 - 1
        })
        .collect();
    match &out {
        Value::Slice(out) => {
            let mut arr = out.arr.borrow_mut();
            for (k, pc) in pcs.iter().enumerate() {
                arr[out.off as usize + k] = Value::Int(*pc);
            }
        }
        // A slice of a compact [N]uintptr array.
        Value::Bytes(out) => {
            for (k, pc) in pcs.iter().enumerate() {
                out.arr.set(out.off as usize + k, &Value::Int(*pc));
            }
        }
        _ => {}
    }
    ret_int(pcs.len() as i64)
}

/// The entry pc of function value `c`'s code, as reflect's Value.Pointer
/// answers for a func: runtime.FuncForPC names it (a method value's code
/// is its `-fm` wrapper, as gc's).
pub(crate) fn func_entry_pc(vm: &mut Vm, c: &crate::value::Closure) -> i64 {
    let (name, file, line) = match c.native {
        Some(n) => (vm.native_name(n).to_string(), String::new(), 0),
        None => {
            let proto = &vm.prog.funcs[c.func as usize];
            let name = if c.recv.is_some() { format!("{}-fm", proto.name) } else { proto.name.clone() };
            let line = proto.line_at(0) as i64;
            (name, crate::traceback::func_file(vm, proto), line)
        }
    };
    if let Some(&pc) = vm.runtime_state.func_pcs.get(&name) {
        return pc;
    }
    let t = &mut vm.runtime_state.pc_table;
    t.push((name.clone(), file, line));
    let pc = PC_BASE + t.len() as i64 - 1;
    vm.runtime_state.func_pcs.insert(name, pc);
    pc
}

fn runtime_pc_info(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let pc = int(args, 0);
    let fr = vm.runtime_state.pc_table.get((pc - PC_BASE).max(0) as usize).cloned().filter(|_| pc >= PC_BASE);
    let (f, mut file, line) = fr.unwrap_or_default();
    if vm.opts.trimpath {
        if let Some(rel) = file.strip_prefix(crate::traceback::GOROOT_SRC) {
            file = rel.to_string();
        }
    }
    NativeOut::Ret(smallvec::smallvec![Value::str(&f), Value::str(&file), Value::Int(line)])
}

fn runtime_num_goroutine(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    ret_int(vm.gs.iter().filter(|g| g.status != Gstatus::Dead).count() as i64)
}

/// time.startTimer: addtimer, or modtimer of a timer the package started
/// (see crate::timer).
fn time_start_timer(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    use crate::timer::TimerFunc;
    let id = int(args, 0);
    let d = int(args, 1).max(0) as u64;
    let period = int(args, 2).max(0) as u64;
    let f = match (arg(args, 3), arg(args, 4)) {
        (Value::Chan(c), _) => TimerFunc::Chan { c: Rc::downgrade(c), loc: arg(args, 5).clone() },
        (_, f) => TimerFunc::Func(f.clone()),
    };
    let when = vm.sched.now.saturating_add(d);
    let id = vm.sched.timers.add((id > 0).then_some(id as u64), when, period, f);
    vm.sched.next_wake = vm.sched.next_wake.min(when);
    ret_int(id as i64)
}

/// time.stopTimer: deltimer.
fn time_stop_timer(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let id = int(args, 0);
    NativeOut::Ret(smallvec::smallvec![Value::Bool(id > 0 && vm.sched.timers.del(id as u64))])
}

fn runtime_num_cpu(_vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    ret_int(NUM_CPU)
}

/// runtime.GOMAXPROCS: returns the previous setting; n > 0 changes it.
fn runtime_gomaxprocs(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let prev = vm.runtime_state.gomaxprocs;
    let n = int(args, 0);
    if n > 0 {
        vm.runtime_state.gomaxprocs = n;
    }
    ret_int(prev)
}

// --------------------------------------------------------------------
// runtime/debug

/// The calling goroutine's traceback with runtime/debug's own frames on top.
fn debug_trace(vm: &Vm, gi: usize, print_stack: bool) -> String {
    let t = crate::traceback::goroutine_trace(vm, gi, "running");
    let (head, rest) = t.split_once('\n').unwrap_or((&t, ""));
    let mut s = format!("{head}\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:26 +0x5e\n");
    if print_stack {
        s.push_str("runtime/debug.PrintStack()\n\t/usr/local/go/src/runtime/debug/stack.go:18 +0x13\n");
    }
    s.push_str(rest);
    crate::traceback::trim_goroot(vm, s)
}

/// runtime.Stack (mprof.go): the calling goroutine's trace (without a frame
/// for Stack itself), then with `all` every other live goroutine's after a
/// blank line, truncated to the buffer.
fn runtime_stack(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let mut s = crate::traceback::goroutine_trace(vm, gi, "running");
    if arg(args, 1).as_bool() {
        for (i, g) in vm.gs.iter().enumerate() {
            if i == gi || g.status == crate::proc::Gstatus::Dead {
                continue;
            }
            let status = if g.waitreason.is_empty() { "runnable" } else { g.waitreason };
            s.push('\n');
            s.push_str(&crate::traceback::goroutine_trace(vm, i, status));
        }
    }
    let buf = arg(args, 0);
    let n = s.len().min(buf.slice_len_cap().0 as usize);
    store_bytes(buf, &s.as_bytes()[..n]);
    ret_int(n as i64)
}

fn debug_stack(vm: &mut Vm, gi: usize, _args: &[Value]) -> NativeOut {
    let s = debug_trace(vm, gi, false);
    ret(byte_slice(s.into_bytes()))
}

fn debug_print_stack(vm: &mut Vm, gi: usize, _args: &[Value]) -> NativeOut {
    let s = debug_trace(vm, gi, true);
    vm.write_stderr(s.as_bytes());
    none()
}

/// runtime.Breakpoint: Go executes a trap instruction. Under a debugger
/// (`gostack debug`) the program stops there like at a breakpoint and goes
/// on when continued; otherwise it dies as Go's does without a debugger:
/// `SIGTRAP: trace trap` and the goroutine's traceback, exit status 2.
fn runtime_breakpoint(vm: &mut Vm, gi: usize, _args: &[Value]) -> NativeOut {
    if let Some(c) = vm.hook_breakpoint(gi) {
        return match c {
            crate::hook::Control::Exit(code) => NativeOut::Exit(code),
            _ => NativeOut::Ret(Default::default()),
        };
    }
    vm.flush();
    vm.panics.fatal_native_frames = &["runtime.breakpoint", "runtime.Breakpoint"];
    let mut s = String::from("SIGTRAP: trace trap\nPC=0x47c941 m=0 sigcode=128\n\n");
    s.push_str(&crate::traceback::goroutine_trace_with(vm, gi, "running", true));
    vm.write_stderr(s.as_bytes());
    NativeOut::Exit(2)
}

/// debug.SetMaxStack: Go stores the argument as `maxstacksize`, a uintptr,
/// so a negative size means "no limit". The embedder's `--max-stack` is a
/// ceiling the guest can lower but never lift: the limit in force is the
/// smaller of the two. The previous setting is returned as Go returns it.
fn debug_set_max_stack(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let st = &mut vm.runtime_state;
    let ceiling = *st.stack_ceiling.get_or_insert(vm.opts.max_stack);
    let old = st.max_stack_set.unwrap_or(ceiling);
    let set = int(args, 0) as u64;
    st.max_stack_set = Some(set);
    let limit = set.min(ceiling);
    vm.opts.max_stack = limit;
    for g in vm.gs.iter_mut() {
        g.stack.max = limit;
    }
    ret_int(old as i64)
}

/// debug.SetTraceback: Go's setTraceback, whose setting is or'ed with the
/// environment's, so a call cannot lower the detail GOTRACEBACK asked for.
fn debug_set_traceback(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let level = String::from_utf8_lossy(bytes(args, 0)).into_owned();
    vm.runtime_state.traceback_set = Some(crate::traceback::Gotraceback::parse(&level));
    none()
}

/// debug.SetGCPercent: GOGC for the collector's pacing (< 0 turns paced
/// cycles off; runtime.GC still collects).
fn debug_set_gc_percent(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = int(args, 0);
    crate::gc::set_percent(p, vm.runtime_state.gc_live);
    ret_int(std::mem::replace(&mut vm.runtime_state.gc_percent, p))
}

// --------------------------------------------------------------------
// math/rand

/// runtime.rand: a randomly seeded splitmix64 stream.
pub(super) fn rand_runtime_rand(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    let st = &mut vm.runtime_state.rand;
    *st = st.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let z = *st;
    let mut z = z;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    ret_int((z ^ (z >> 31)) as i64)
}

// --------------------------------------------------------------------
// time

fn time_sleep(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let d = int(args, 0);
    if d <= 0 {
        return none();
    }
    NativeOut::Sleep(d as u64)
}

/// 2009-11-10 23:00:00 UTC (the Go playground's epoch) plus the virtual clock.
///
/// Divergence: Go reads the host's clock. Here time starts at the
/// playground's epoch and moves only with sleeps, timers and spent time
/// slices (`vm::SLICE_NS_PER_UNIT`), so a program's output never depends
/// on the host's time or speed.
/// `time.readZoneFile(dir, name string) (data []byte, errno int)`: the
/// host's zone database file dir+name, read-only (LoadLocation's one read
/// outside the sandbox's file system: system data, docs/reliability.md).
/// The name was checked by LoadLocation (no `..`, not absolute).
fn time_read_zone_file(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let mut path = bytes(args, 0).to_vec();
    path.extend_from_slice(bytes(args, 1));
    let path = String::from_utf8_lossy(&path).into_owned();
    // Go's loadTzinfoFromDirOrZip reads at most 10 MB.
    const MAX_FILE_SIZE: u64 = 10 << 20;
    let r = std::fs::File::open(&path).and_then(|f| {
        use std::io::Read;
        let mut data = Vec::new();
        f.take(MAX_FILE_SIZE).read_to_end(&mut data).map(|_| data)
    });
    match r {
        Ok(data) => NativeOut::Ret(smallvec::smallvec![byte_slice(data), Value::Int(0)]),
        Err(e) => NativeOut::Ret(smallvec::smallvec![Value::Nil, Value::Int(e.raw_os_error().unwrap_or(2) as i64)]),
    }
}

fn time_now(vm: &mut Vm, _gi: usize, _args: &[Value]) -> NativeOut {
    ret_int(1_257_894_000_000_000_000 + vm.sched.now as i64)
}
