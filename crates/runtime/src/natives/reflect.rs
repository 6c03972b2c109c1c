//! Package reflect's natives: the program's type descriptors (the checker's
//! [`types::TypeTable`], which the runtime keeps) and access to run-time
//! values. `stdlib/reflect.go` holds the API, its checks and Go's panics;
//! here are only the reads and writes Go code cannot do.
//!
//! A reflect.Value keeps its value *boxed*: `val` is an interface whose type
//! slot holds the Value's static type (an interface type too, whose value is
//! then the inner interface), and `ptr`, when the Value is addressable, a
//! box of the pointer to its variable. Only these natives open the boxes.

use std::rc::Rc;

use types::{Kind, TypeId, TypeTable};

use super::{arg, int, mk_slice, nil_deref, ret, Entry};
use crate::value::{hash_key, Agg, AggObj, BytesKind, Caps, CellObj, Closure, Iface, MapObj, Pointer, Value};
use crate::vm::{NativeOut, Vm, NATIVE_BIT};

pub(super) const NATIVES: &[Entry] = &[
    ("reflect.rtypeOf", rtype_of, 1),
    ("reflect.typeKind", type_kind, 1),
    ("reflect.typeNames", type_names, 1),
    ("reflect.typeElem", type_elem, 1),
    ("reflect.typeChanDir", type_chan_dir, 1),
    ("reflect.typeKey", type_key, 1),
    ("reflect.typeLen", type_len, 1),
    ("reflect.typeNumField", type_num_field, 1),
    ("reflect.typeField", type_field, 2),
    ("reflect.typeMethods", type_methods, 1),
    ("reflect.typeFunc", type_func, 1),
    ("reflect.typeRelation", type_relation, 3),
    ("reflect.typeLayout", type_layout, 1),
    ("reflect.typePtrTo", type_ptr_to, 1),
    ("reflect.typeSliceOf", type_slice_of, 1),
    ("reflect.typeArrayOf", type_array_of, 2),
    ("reflect.typeChanOf", type_chan_of, 2),
    ("reflect.typeMapOf", type_map_of, 2),
    ("reflect.typeFuncOf", type_func_of, 3),
    ("reflect.typeStructOf", type_struct_of, 4),
    ("reflect.vLoad", v_load, 2),
    ("reflect.vLen", v_len, 3),
    ("reflect.vCap", v_cap, 3),
    ("reflect.vIndex", v_index, 4),
    ("reflect.vField", v_field, 4),
    ("reflect.vElem", v_elem, 3),
    ("reflect.vIsNil", v_is_nil, 2),
    ("reflect.vIsZero", v_is_zero, 3),
    ("reflect.vStore", v_store, 2),
    ("reflect.vMapKeys", v_map_keys, 3),
    ("reflect.vMapIndex", v_map_index, 4),
    ("reflect.vSetMapIndex", v_set_map_index, 5),
    ("reflect.vZero", v_zero, 1),
    ("reflect.vNew", v_new, 2),
    ("reflect.vMakeSlice", v_make_slice, 3),
    ("reflect.vMakeMap", v_make_map, 1),
    ("reflect.vMakeChan", v_make_chan, 2),
    ("reflect.vAppend", v_append, 4),
    ("reflect.vMapClear", v_map_clear, 2),
    ("reflect.DeepEqual", deep_equal_native, 2),
    ("reflect.asInt64", unbox, 1),
    ("reflect.asFloat64", unbox, 1),
    ("reflect.asComplex128", unbox, 1),
    ("reflect.asString", unbox, 1),
    ("reflect.asBool", unbox, 1),
    ("reflect.boxAs", box_as, 2),
    ("reflect.rebox", rebox, 2),
    ("reflect.vAddr", v_addr, 2),
    ("reflect.vSlice", v_slice, 5),
    ("reflect.vCur", v_cur, 2),
    ("reflect.methodFuncType", method_func_type, 2),
    ("reflect.vMethod", v_method, 4),
    ("reflect.vMethodExpr", v_method_expr, 3),
    ("reflect.vCall", v_call, 2),
    ("reflect.makeFuncStub", make_func_stub, 1),
    ("reflect.vMapIterNext", v_map_iter_next, 5),
    ("reflect.vMapIterElem", v_map_iter_elem, 4),
    ("reflect.vMapIterRelease", v_map_iter_release, 2),
    ("reflect.vSlice3", v_slice3, 6),
    ("reflect.rawChan", unbox, 1),
    ("reflect.rawOf", unbox, 1),
    ("reflect.boxRaw", box_raw, 2),
    ("reflect.rselect", rselect, 4),
    ("reflect.bindMakeFunc", bind_make_func, 3),
];

/// The fields of the *makeFuncImpl `p` (ftyp, fn, call).
fn make_func_impl(vm: &Vm, p: &Value) -> Option<(TypeId, Value)> {
    let Some(Value::Agg(a)) = vm.load_ptr(p) else { return None };
    let f = a.borrow();
    Some((TypeId(f.first()?.as_int() as u32), f.get(2)?.clone()))
}

/// The arity of makeFuncStub bound to *makeFuncImpl `p`: the receiver and
/// the func type's parameters.
pub(super) fn make_func_arity(vm: &Vm, p: &Value) -> usize {
    let n = make_func_impl(vm, p).and_then(|(t, _)| vm.prog.types.sig(t).map(|s| s.params.len())).unwrap_or(0);
    1 + n
}

/// makeFuncStub(impl *makeFuncImpl, args...): a call of a MakeFunc func
/// value (reflect/asm_amd64.s): the arguments, boxed as the parameter
/// types, go to callReflect, whose []any result becomes the call's
/// results (`NativeOut::CallSpread`).
fn make_func_stub(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = arg(args, 0).clone();
    let Some((t, call)) = make_func_impl(vm, &p) else { return nil_deref(vm) };
    let params = vm.prog.types.sig(t).map(|s| s.params.clone()).unwrap_or_default();
    let boxes = params.iter().zip(args.iter().skip(1)).map(|(&pt, v)| pack(pt, v.copy_val())).collect();
    NativeOut::CallSpread(call, vec![p, mk_slice(boxes)])
}

/// bindMakeFunc(stub func(*makeFuncImpl), impl *makeFuncImpl, t int) any:
/// the native stub bound to impl, boxed as func type t.
fn bind_make_func(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Value::Func(stub) = arg(args, 0) else { return ret(Value::Nil) };
    let mut c = Closure::with_caps(0, Caps::new(), Some(arg(args, 1).clone()));
    c.native = stub.native;
    ret(pack(tid(args, 2), Value::Func(c.into_ref())))
}

/// methodFuncType(t, sig int) int: the type of method expression T.M,
/// func(T, params...) results, -1 when the table lacks it (the compiler
/// interns them for the methods of named types when reflect is imported).
fn method_func_type(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let tt = &vm.prog.types;
    let Some(sig) = tt.sig(tid(args, 1)) else { return ret(Value::Int(-1)) };
    let params = std::iter::once(tid(args, 0)).chain(sig.params.iter().copied()).collect();
    let want = Kind::Func(types::Sig { params, results: sig.results.clone(), variadic: sig.variadic });
    ret(Value::Int(tt.lookup(&want).map(|t| t.index() as i64).unwrap_or(-1)))
}

/// The function and its signature for method `name` of dynamic type `ty`
/// (whether the receiver must be loaded through a pointer first).
fn method_of(vm: &Vm, ty: TypeId, name: &str) -> Option<(u32, bool, TypeId)> {
    let (f, deref) = vm.find_method_by_name(ty, name)?;
    let sig = method_set(&vm.prog.types, ty, true).into_iter().find(|m| m.0 == name)?.1;
    Some((f, deref, sig))
}

/// A func value calling function or native `f`, bound to `recv` if given.
fn func_value(f: u32, recv: Option<Value>) -> Value {
    let native = (f & NATIVE_BIT != 0).then_some((f & !NATIVE_BIT) as u16);
    let mut c = Closure::with_caps(if native.is_some() { 0 } else { f }, Caps::new(), recv);
    c.native = native;
    Value::Func(Rc::new(c))
}

/// vMethod(t int, val, ptr any, name string) any: the method value v.name,
/// bound to a copy of the receiver (Go evaluates it when the method value
/// is made), boxed as the method's signature; a Value of interface type
/// calls its dynamic value's method.
fn v_method(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let cur = current(vm, arg(args, 1), arg(args, 2));
    let name = String::from_utf8_lossy(arg(args, 3).str_bytes()).into_owned();
    let (ty, recv) = if vm.prog.types.is_interface(t) {
        match cur {
            Value::Iface(i) => (i.ty, i.val.clone()),
            _ => return nil_deref(vm),
        }
    } else {
        (t, cur)
    };
    let Some((f, deref, sig)) = method_of(vm, ty, &name) else { return ret(Value::Nil) };
    let recv = if deref {
        match vm.load_ptr(&recv) {
            Some(v) => v.copy_val(),
            None => {
                // runtime.panicwrap's message.
                let tt = &vm.prog.types;
                let base = match tt.kind(ty) {
                    Kind::Pointer(e) => *e,
                    _ => ty,
                };
                let full = tt.name(base);
                let short = full.rsplit_once('.').map(|x| x.1.to_string()).unwrap_or(full.clone());
                return super::panic_str(&format!("value method {full}.{name} called using nil *{short} pointer"));
            }
        }
    } else {
        recv.copy_val()
    };
    ret(pack(sig, func_value(f, Some(recv))))
}

/// vMethodExpr(t, ft int, name string) any: method expression T.name as a
/// func of type ft, nil when T's method set has it only through a pointer
/// dereference (gostack makes no wrapper for that; Call still works).
fn v_method_expr(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let name = String::from_utf8_lossy(arg(args, 2).str_bytes()).into_owned();
    match vm.find_method_by_name(tid(args, 0), &name) {
        Some((f, false)) => ret(pack(tid(args, 1), func_value(f, None))),
        _ => ret(pack(tid(args, 1), Value::Nil)),
    }
}

/// vCall(fn any, args []any) []any: calls the boxed func with the boxed
/// arguments; a panic in the callee goes on in the caller.
fn v_call(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let Value::Iface(b) = arg(args, 0) else { return super::panic_str("reflect.Value.Call: call of nil function") };
    let results = vm.prog.types.sig(b.ty).map(|s| s.results.clone()).unwrap_or_default();
    let f = b.val.clone();
    let ins: Vec<Value> = elems_of(arg(args, 1)).iter().map(unpack).collect();
    match vm.call_sync(gi, &f, ins) {
        Ok(outs) => ret(mk_slice(outs.into_iter().zip(results).map(|(v, t)| pack(t, v)).collect())),
        Err(p) => NativeOut::Panic(p),
    }
}

/// vCur(val, ptr any) any: a box of the current value.
fn v_cur(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Value::Iface(b) = arg(args, 0) else { return ret(Value::Nil) };
    let t = b.ty;
    let v = current(vm, arg(args, 0), arg(args, 1));
    ret(pack(t, v))
}

/// vSlice(t int, val, ptr any, i, j int) any: s[i:j] sharing s's array
/// (the caller checked 0 <= i <= j <= cap).
fn v_slice(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let v = current(vm, arg(args, 1), arg(args, 2));
    let (i, j) = (int(args, 3) as u32, int(args, 4) as u32);
    let s = match v {
        Value::Slice(s) => Value::Slice(crate::value::Slice { arr: s.arr, off: s.off + i, len: j - i, cap: s.cap - i }),
        Value::Bytes(b) => {
            Value::Bytes(crate::value::Bytes { arr: b.arr, off: b.off + i, len: j - i, cap: b.cap - i, kind: BytesKind::Slice })
        }
        v => v,
    };
    ret(pack(t, s))
}

/// vAddr(val, ptr any) uintptr: the virtual address of a pointer-like value.
fn v_addr(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let v = current(vm, arg(args, 0), arg(args, 1));
    if let Value::Func(c) = &v {
        // A func's Pointer is its code's entry pc (runtime.FuncForPC
        // names it), the same for every closure of one function.
        return ret(Value::Int(super::func_entry_pc(vm, c)));
    }
    ret(Value::Int(crate::value::addr_of(&v) as i64))
}

/// asInt64 and friends: what a box holds, as the accessor's type (every
/// integer kind is an Int, every float a Float, ...).
fn unbox(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(unpack(arg(args, 0)))
}

/// boxAs(t int, x any) any: interface value x boxed as interface type t.
fn box_as(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(pack(tid(args, 0), arg(args, 1).clone()))
}

/// rebox(t int, x any) any: what box x holds, boxed as type t.
fn rebox(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(pack(tid(args, 0), unpack(arg(args, 1))))
}

fn tid(args: &[Value], i: usize) -> TypeId {
    TypeId(int(args, i).max(0) as u32)
}

fn rets(vals: impl IntoIterator<Item = Value>) -> NativeOut {
    NativeOut::Ret(vals.into_iter().collect())
}

/// A box: interface value with type slot `t` holding `v`.
fn pack(t: TypeId, v: Value) -> Value {
    Value::Iface(Rc::new(Iface::new(t, v)))
}

/// What a box holds (Nil for a nil box).
fn unpack(v: &Value) -> Value {
    match v {
        Value::Iface(i) => i.val.clone(),
        _ => Value::Nil,
    }
}

/// The current value of a reflect.Value: through its pointer when it has
/// one (so a Set through another Value shows), else its box.
fn current(vm: &Vm, val: &Value, ptr: &Value) -> Value {
    match unpack(ptr) {
        Value::Nil => unpack(val),
        p => vm.load_ptr(&p).unwrap_or(Value::Nil),
    }
}

/// What reflect.Value struct `v` (typ, val, ptr, flag, ok) holds, as an
/// interface value: Some(None) for the zero Value.
pub(super) fn held(vm: &Vm, v: &Value) -> Option<Option<Value>> {
    let Value::Agg(a) = v else { return None };
    let fields = a.borrow();
    let [typ, val, ptr, _, ok, ..] = &fields[..] else { return None };
    if !ok.as_bool() {
        return Some(None);
    }
    let t = TypeId(typ.as_int() as u32);
    let cur = current(vm, val, ptr);
    Some(Some(if vm.prog.types.is_interface(t) { cur } else { pack(t, cur) }))
}

/// reflect.Kind's number for type `t`.
fn kind_of(tt: &TypeTable, t: TypeId) -> i64 {
    match tt.ukind(t) {
        Kind::Bool | Kind::UntypedBool => 1,
        Kind::Int | Kind::UntypedInt => 2,
        Kind::Int8 => 3,
        Kind::Int16 => 4,
        Kind::Int32 | Kind::UntypedRune => 5,
        Kind::Int64 => 6,
        Kind::Uint => 7,
        Kind::Uint8 => 8,
        Kind::Uint16 => 9,
        Kind::Uint32 => 10,
        Kind::Uint64 => 11,
        Kind::Uintptr => 12,
        Kind::Float32 => 13,
        Kind::Float64 | Kind::UntypedFloat => 14,
        Kind::Complex64 => 15,
        Kind::Complex128 | Kind::UntypedComplex => 16,
        Kind::Array(..) => 17,
        Kind::Chan(..) => 18,
        Kind::Func(_) => 19,
        Kind::Interface { .. } => 20,
        Kind::Map(..) => 21,
        Kind::Pointer(_) => 22,
        Kind::Slice(_) => 23,
        Kind::String | Kind::UntypedString => 24,
        Kind::Struct(_) => 25,
        Kind::UnsafePointer => 26,
        _ => 0,
    }
}

/// rtypeOf(i any) int: the dynamic type of i, -1 for nil.
fn rtype_of(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(Value::Int(match arg(args, 0) {
        Value::Iface(i) => i.ty.index() as i64,
        _ => -1,
    }))
}

fn type_kind(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(Value::Int(kind_of(&vm.prog.types, tid(args, 0))))
}

/// typeNames(t int) (name, str, pkgPath string)
fn type_names(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let tt = &vm.prog.types;
    let t = tid(args, 0);
    let s = tt.name(t);
    let (name, pkg) = if tt.is_named(t) {
        // `main.Pair[main.X]`: the qualifier is before the last '.' ahead
        // of any type arguments.
        let head = s.split('[').next().unwrap_or(&s);
        match head.rfind('.') {
            Some(dot) => (s[dot + 1..].to_string(), head[..dot].to_string()),
            None => (s.clone(), String::new()),
        }
    } else if tt.kind(t).is_basic() {
        // Predeclared types are named, in no package.
        (s.clone(), String::new())
    } else {
        (String::new(), String::new())
    };
    // Predeclared types and error have no package.
    let pkg = if matches!(tt.kind(t), Kind::Named(_)) && s.contains('.') { pkg } else { String::new() };
    rets([Value::str(&name), Value::str(&s), Value::str(&pkg)])
}

fn type_elem(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let tt = &vm.prog.types;
    let e = match tt.ukind(tid(args, 0)) {
        Kind::Pointer(e) | Kind::Slice(e) | Kind::Array(_, e) | Kind::Chan(_, e) | Kind::Map(_, e) => e.index() as i64,
        _ => -1,
    };
    ret(Value::Int(e))
}

/// A channel type's direction as reflect.ChanDir (RecvDir 1, SendDir 2,
/// BothDir 3); 0 for other kinds.
fn type_chan_dir(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let d = match vm.prog.types.ukind(tid(args, 0)) {
        Kind::Chan(types::ChanDir::Recv, _) => 1,
        Kind::Chan(types::ChanDir::Send, _) => 2,
        Kind::Chan(types::ChanDir::Both, _) => 3,
        _ => 0,
    };
    ret(Value::Int(d))
}

fn type_key(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let k = match vm.prog.types.ukind(tid(args, 0)) {
        Kind::Map(k, _) => k.index() as i64,
        _ => -1,
    };
    ret(Value::Int(k))
}

fn type_len(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let n = match vm.prog.types.ukind(tid(args, 0)) {
        Kind::Array(n, _) => *n as i64,
        _ => -1,
    };
    ret(Value::Int(n))
}

fn type_num_field(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(Value::Int(vm.prog.types.struct_fields(tid(args, 0)).map(|f| f.len() as i64).unwrap_or(-1)))
}

/// typeField(t, i int) (name, pkgPath string, typ int, tag string, offset int, embedded bool)
fn type_field(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let tt = &vm.prog.types;
    let t = tid(args, 0);
    let i = int(args, 1) as usize;
    let Some(f) = tt.struct_fields(t).and_then(|fs| fs.get(i)) else {
        return rets([Value::str(""), Value::str(""), Value::Int(-1), Value::str(""), Value::Int(0), Value::Bool(false)]);
    };
    let off = tt.field_offsets(t).get(i).copied().unwrap_or(0);
    let exported = f.name.chars().next().is_some_and(char::is_uppercase);
    let pkg = if exported {
        String::new()
    } else {
        // The package of the struct's declaration (main for the program).
        let s = tt.name(t);
        let head = s.split('[').next().unwrap_or(&s);
        head.rfind('.').map(|d| head[..d].to_string()).unwrap_or_else(|| "main".into())
    };
    rets([
        Value::str(&f.name),
        Value::str(&pkg),
        Value::Int(f.ty.index() as i64),
        Value::str(f.tag.as_deref().unwrap_or("")),
        Value::Int(off as i64),
        Value::Bool(f.embedded),
    ])
}

/// The method set of `t` as reflect shows it: (name, signature), sorted
/// by name; exported methods only unless `all` (Implements needs them).
fn method_set(tt: &TypeTable, t: TypeId, all: bool) -> Vec<(String, TypeId)> {
    let exported = |n: &str| all || n.chars().next().is_some_and(char::is_uppercase);
    let mut ms: Vec<(String, TypeId)> = match tt.ukind(t) {
        Kind::Interface { methods, .. } if !tt.is_named(t) || matches!(tt.kind(t), Kind::Named(_)) => {
            methods.iter().filter(|m| exported(&m.name)).map(|m| (m.name.clone(), m.sig)).collect()
        }
        _ => {
            let (base, ptr) = match tt.kind(t) {
                Kind::Pointer(e) => (*e, true),
                _ => (t, false),
            };
            tt.named_info(base)
                .map(|ni| {
                    ni.methods.iter().filter(|m| (ptr || !m.ptr_recv) && exported(&m.name)).map(|m| (m.name.clone(), m.sig)).collect()
                })
                .unwrap_or_default()
        }
    };
    ms.sort_by(|a, b| a.0.cmp(&b.0));
    ms
}

/// typeMethods(t int) (names []string, sigs []int)
fn type_methods(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let ms = method_set(&vm.prog.types, tid(args, 0), false);
    let names = mk_slice(ms.iter().map(|m| Value::str(&m.0)).collect());
    let sigs = mk_slice(ms.iter().map(|m| Value::Int(m.1.index() as i64)).collect());
    rets([names, sigs])
}

/// typeFunc(t int) (in, out []int, variadic bool)
fn type_func(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let Some(sig) = vm.prog.types.sig(tid(args, 0)) else { return rets([Value::Nil, Value::Nil, Value::Bool(false)]) };
    let ids = |ts: &[TypeId]| mk_slice(ts.iter().map(|t| Value::Int(t.index() as i64)).collect());
    rets([ids(&sig.params), ids(&sig.results), Value::Bool(sig.variadic)])
}

fn implements(tt: &TypeTable, t: TypeId, iface: TypeId) -> bool {
    let Some(want) = tt.iface_methods(iface) else { return false };
    let have = method_set(tt, t, true);
    want.iter().all(|m| have.iter().any(|(n, s)| *n == m.name && *s == m.sig))
}

fn assignable(tt: &TypeTable, t: TypeId, u: TypeId) -> bool {
    if t == u {
        return true;
    }
    if tt.is_interface(u) {
        return implements(tt, t, u);
    }
    let unnamed = |x: TypeId| !matches!(tt.kind(x), Kind::Named(_)) && !tt.kind(x).is_basic();
    tt.underlying(t) == tt.underlying(u) && (unnamed(t) || unnamed(u))
}

/// typeRelation(t, u, rel int) bool: rel 0 Implements, 1 AssignableTo,
/// 2 ConvertibleTo, 3 Comparable (of t).
fn type_relation(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let tt = &vm.prog.types;
    let (t, u) = (tid(args, 0), tid(args, 1));
    let r = match int(args, 2) {
        0 => implements(tt, t, u),
        1 => assignable(tt, t, u),
        2 => {
            let (kt, ku) = (tt.ukind(t), tt.ukind(u));
            let bytes_or_runes = |k: &Kind| matches!(k, Kind::Slice(e) if matches!(tt.ukind(*e), Kind::Uint8 | Kind::Int32));
            assignable(tt, t, u)
                || tt.underlying(t) == tt.underlying(u)
                || (tt.is_numeric(t) && tt.is_numeric(u) && (tt.is_complex(t) == tt.is_complex(u)))
                || (tt.is_integer(t) && tt.is_string(u))
                || (tt.is_string(t) && bytes_or_runes(ku))
                || (bytes_or_runes(kt) && tt.is_string(u))
                || matches!((kt, ku), (Kind::Pointer(a), Kind::Pointer(b)) if tt.underlying(*a) == tt.underlying(*b))
                || matches!((kt, ku), (Kind::Slice(a), Kind::Array(_, b)) if a == b)
                || matches!((kt, ku), (Kind::Slice(a), Kind::Pointer(p)) if matches!(tt.ukind(*p), Kind::Array(_, b) if b == a))
        }
        _ => tt.comparable(t),
    };
    ret(Value::Bool(r))
}

/// typeLayout(t int) (size, align int)
fn type_layout(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let tt = &vm.prog.types;
    let t = tid(args, 0);
    rets([Value::Int(tt.size_of(t) as i64), Value::Int(tt.align_of(t) as i64)])
}

/// The id of the type of kind `k`, the program's own or made now (-1 when
/// the room for run-time types is used up).
fn make_type(vm: &Vm, k: Kind) -> NativeOut {
    ret(Value::Int(vm.prog.types.intern_runtime(k).map(|t| t.index() as i64).unwrap_or(-1)))
}

fn type_ptr_to(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    make_type(vm, Kind::Pointer(tid(args, 0)))
}

fn type_slice_of(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    make_type(vm, Kind::Slice(tid(args, 0)))
}

/// typeArrayOf(n, elem int) int
fn type_array_of(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    make_type(vm, Kind::Array(int(args, 0).max(0) as u64, tid(args, 1)))
}

/// typeChanOf(dir, elem int) int (dir a reflect.ChanDir)
fn type_chan_of(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let dir = match int(args, 0) {
        1 => types::ChanDir::Recv,
        2 => types::ChanDir::Send,
        _ => types::ChanDir::Both,
    };
    make_type(vm, Kind::Chan(dir, tid(args, 1)))
}

/// typeMapOf(key, elem int) int
fn type_map_of(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    make_type(vm, Kind::Map(tid(args, 0), tid(args, 1)))
}

fn type_ids(v: &Value) -> Vec<TypeId> {
    v.slice_elems().iter().map(|t| TypeId(t.as_int().max(0) as u32)).collect()
}

/// typeFuncOf(in, out []int, variadic bool) int
fn type_func_of(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let sig = types::Sig { params: type_ids(arg(args, 0)), results: type_ids(arg(args, 1)), variadic: arg(args, 2).as_bool() };
    make_type(vm, Kind::Func(sig))
}

/// typeStructOf(names []string, types []int, tags []string, embedded []bool) int
fn type_struct_of(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let names = arg(args, 0).slice_elems();
    let tys = type_ids(arg(args, 1));
    let tags = arg(args, 2).slice_elems();
    let embedded = arg(args, 3).slice_elems();
    let fields = names
        .iter()
        .zip(tys)
        .enumerate()
        .map(|(i, (n, ty))| {
            let tag = tags.get(i).map(|t| String::from_utf8_lossy(t.str_bytes()).into_owned()).unwrap_or_default();
            types::Field {
                name: String::from_utf8_lossy(n.str_bytes()).into_owned(),
                ty,
                embedded: embedded.get(i).is_some_and(Value::as_bool),
                tag: (!tag.is_empty()).then_some(tag),
            }
        })
        .collect();
    make_type(vm, Kind::Struct(fields))
}

/// vLoad(val, ptr any) any: the current value, boxed as an `any` of the
/// Value's type (for Interface and the kind accessors). A value of
/// interface type gives its inner interface value.
fn v_load(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = match arg(args, 0) {
        Value::Iface(i) => i.ty,
        _ => return ret(Value::Nil),
    };
    let v = current(vm, arg(args, 0), arg(args, 1)).copy_val();
    if vm.prog.types.is_interface(t) {
        return ret(v);
    }
    ret(pack(t, v))
}

fn v_len(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let v = current(vm, arg(args, 1), arg(args, 2));
    let n = match &v {
        Value::Str(s) => s.len() as i64,
        Value::Slice(_) | Value::Bytes(_) => v.slice_len_cap().0 as i64,
        Value::Map(m) => m.borrow().live as i64,
        Value::Chan(c) => c.borrow().buf.len() as i64,
        Value::Agg(a) => a.borrow().len() as i64,
        _ => match vm.prog.types.ukind(tid(args, 0)) {
            Kind::Array(n, _) => *n as i64,
            _ => 0,
        },
    };
    ret(Value::Int(n))
}

fn v_cap(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let v = current(vm, arg(args, 1), arg(args, 2));
    let n = match &v {
        Value::Slice(_) | Value::Bytes(_) => v.slice_len_cap().1 as i64,
        Value::Chan(c) => c.borrow().cap as i64,
        Value::Agg(a) => a.borrow().len() as i64,
        _ => 0,
    };
    ret(Value::Int(n))
}

/// vIndex(t int, val, ptr any, i int) (et int, eval, eptr any): element i of
/// a slice, array or string (the caller checked the bounds).
fn v_index(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let v = current(vm, arg(args, 1), arg(args, 2));
    let i = int(args, 3) as usize;
    let tt = &vm.prog.types;
    let (et, addressable) = match tt.ukind(t) {
        Kind::Slice(e) => (*e, true),
        Kind::Array(_, e) => (*e, !unpack(arg(args, 2)).is_nil()),
        _ => (TypeId::UINT8, false),
    };
    let (elem, ptr) = match &v {
        Value::Str(s) => (Value::Int(s.get(i).copied().unwrap_or(0) as i64), Value::Nil),
        Value::Slice(s) => {
            let e = s.arr.borrow().get(s.off as usize + i).cloned().unwrap_or(Value::Nil);
            let p = elem_pointer(&s.arr, s.off + i as u32, &e);
            (e, p)
        }
        Value::Bytes(b) => {
            (b.arr.get(b.off as usize + i).unwrap_or(Value::Nil), Value::Pointer(Pointer::Byte(b.arr.clone(), b.off + i as u32)))
        }
        Value::Agg(a) => {
            let e = a.borrow().get(i).cloned().unwrap_or(Value::Nil);
            let p = elem_pointer(a, i as u32, &e);
            (e, p)
        }
        _ => (Value::Nil, Value::Nil),
    };
    let ptr = if addressable && !ptr.is_nil() { pack(et, ptr) } else { Value::Nil };
    rets([Value::Int(et.index() as i64), pack(et, elem), ptr])
}

/// vField(t int, val, ptr any, i int) (ft int, fval, fptr any)
fn v_field(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let v = current(vm, arg(args, 1), arg(args, 2));
    let i = int(args, 3) as usize;
    let ft = vm.prog.types.struct_fields(t).and_then(|fs| fs.get(i)).map(|f| f.ty).unwrap_or(TypeId::VOID);
    let Value::Agg(a) = &v else { return rets([Value::Int(ft.index() as i64), pack(ft, Value::Nil), Value::Nil]) };
    let f = a.borrow().get(i).cloned().unwrap_or(Value::Nil);
    let ptr = if unpack(arg(args, 2)).is_nil() { Value::Nil } else { pack(ft, elem_pointer(a, i as u32, &f)) };
    rets([Value::Int(ft.index() as i64), pack(ft, f), ptr])
}

/// The pointer to element or field `i` of object `a`, whose value is `e`,
/// made as the VM's `AddrField` makes it (exec/mem.rs `addr_field`): a
/// struct or array element is an object of its own, so its pointer is
/// the pointer to that object, which the method bodies and field
/// operations of the program expect (`&s.f` for a struct-typed field).
fn elem_pointer(a: &Agg, i: u32, e: &Value) -> Value {
    match e {
        Value::Agg(inner) => Value::Pointer(Pointer::Agg(inner.clone())),
        Value::Bytes(inner) if inner.is_array() => inner.arr.pointer(),
        _ => Value::Pointer(Pointer::Elem(a.clone(), i)),
    }
}

/// vElem(t int, val, ptr any) (et int, eval, eptr any): what a pointer
/// points to (addressable) or what an interface holds (et = -1 for nil).
fn v_elem(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let v = current(vm, arg(args, 1), arg(args, 2));
    let tt = &vm.prog.types;
    match tt.ukind(t) {
        Kind::Pointer(e) => {
            let e = *e;
            let Some(x) = vm.load_ptr(&v) else { return rets([Value::Int(-1), Value::Nil, Value::Nil]) };
            rets([Value::Int(e.index() as i64), pack(e, x), pack(e, v)])
        }
        _ => match &v {
            Value::Iface(i) => rets([Value::Int(i.ty.index() as i64), v.clone(), Value::Nil]),
            _ => rets([Value::Int(-1), Value::Nil, Value::Nil]),
        },
    }
}

fn v_is_nil(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(Value::Bool(current(vm, arg(args, 0), arg(args, 1)).is_nil()))
}

fn v_is_zero(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let v = current(vm, arg(args, 1), arg(args, 2));
    let z = vm.zero(t);
    let zero = match (&v, &z) {
        // -0.0 is not the zero value (Go compares the bits).
        (Value::Float(a), Value::Float(_)) => a.to_bits() == 0,
        (Value::Bytes(b), _) if b.is_array() => crate::value::equal(&v, &z, &vm.prog.types).unwrap_or(false),
        (Value::Slice(_) | Value::Bytes(_) | Value::Map(_) | Value::Func(_) | Value::Chan(_) | Value::Iface(_), _) => false,
        _ => crate::value::equal(&v, &z, &vm.prog.types).unwrap_or(false),
    };
    ret(Value::Bool(zero))
}

/// vStore(ptr, x any): stores what box x holds through box ptr.
fn v_store(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = unpack(arg(args, 0));
    let x = unpack(arg(args, 1)).copy_val();
    vm.store_ptr(&p, x);
    NativeOut::Ret(smallvec::smallvec![])
}

/// vMapKeys(t int, val, ptr any) []any: the keys, boxed, in the map's order.
fn v_map_keys(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let kt = match vm.prog.types.ukind(tid(args, 0)) {
        Kind::Map(k, _) => *k,
        _ => TypeId::VOID,
    };
    let v = current(vm, arg(args, 1), arg(args, 2));
    let keys: Vec<Value> = match &v {
        Value::Map(m) => m.borrow().entries.iter().flatten().map(|(k, _)| pack(kt, k.clone())).collect(),
        _ => Vec::new(),
    };
    ret(mk_slice(keys))
}

/// vMapIndex(t int, val, ptr, key any) (elem any, ok bool)
fn v_map_index(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let et = match vm.prog.types.ukind(tid(args, 0)) {
        Kind::Map(_, e) => *e,
        _ => TypeId::VOID,
    };
    let v = current(vm, arg(args, 1), arg(args, 2));
    let k = unpack(arg(args, 3));
    let found = match (&v, hash_key(&k)) {
        (Value::Map(m), Ok(h)) => m.borrow().get(h, &k).cloned(),
        _ => None,
    };
    match found {
        Some(x) => rets([pack(et, x), Value::Bool(true)]),
        None => rets([Value::Nil, Value::Bool(false)]),
    }
}

/// vSetMapIndex(t int, val, ptr, key, elem any): m[key] = elem, or delete
/// when elem is nil (an invalid Value).
fn v_set_map_index(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let v = current(vm, arg(args, 1), arg(args, 2));
    let k = unpack(arg(args, 3)).copy_val();
    let Value::Map(m) = &v else { return NativeOut::Ret(smallvec::smallvec![]) };
    let Ok(h) = hash_key(&k) else { return super::panic_str("runtime error: hash of unhashable type") };
    match arg(args, 4) {
        Value::Iface(e) => m.borrow_mut().insert(h, k, e.val.copy_val()),
        _ => m.borrow_mut().remove(h, &k),
    }
    NativeOut::Ret(smallvec::smallvec![])
}

/// vMapClear(val, ptr any): the builtin clear on the map (NaN keys too).
fn v_map_clear(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    if let Value::Map(m) = current(vm, arg(args, 0), arg(args, 1)) {
        m.borrow_mut().clear();
    }
    NativeOut::Ret(smallvec::smallvec![])
}

fn v_zero(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    match zero_alloc(vm, t) {
        Ok(z) => ret(pack(t, z)),
        Err(out) => out,
    }
}

/// The zero value of `t` built by a native (reflect.Zero, New): mallocgc's
/// throw, with Go's size of `t`, when it cannot fit under `--max-heap` or
/// the host refuses the memory, never a host abort.
fn zero_alloc(vm: &mut Vm, t: TypeId) -> Result<Value, NativeOut> {
    let go_size = || crate::layout::size_of(&vm.prog.types, t) as u64;
    if vm.zero_exceeds_heap(t).is_some() {
        let bytes = go_size();
        return Err(vm.native_throw_alloc(bytes));
    }
    let z = vm.zero(t);
    if crate::heap::take_host_oom().is_some() {
        let bytes = go_size();
        return Err(vm.native_throw_alloc(bytes));
    }
    Ok(z)
}

/// vNew(t, pt int) any: a pointer to a new zero value of type t, boxed as
/// type pt (*t).
fn v_new(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let z = match zero_alloc(vm, t) {
        Ok(z) => z,
        Err(out) => return out,
    };
    let p = match z {
        Value::Agg(a) => Value::Pointer(Pointer::Agg(a)),
        Value::Bytes(b) if b.is_array() => b.arr.pointer(),
        z => Value::Pointer(Pointer::Cell(CellObj::new(z))),
    };
    ret(pack(tid(args, 1), p))
}

/// vMakeSlice(t, len, cap int) any
fn v_make_slice(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let et = vm.prog.types.elem(t).unwrap_or(TypeId::VOID);
    let (n, c) = (int(args, 1).max(0) as usize, int(args, 2).max(0) as usize);
    // unsafe_NewArray's mallocgc of Go's size: refused before anything is
    // built when the elements (a `Value` each here) cannot fit.
    let go_bytes = (c as u64).saturating_mul(crate::layout::size_of(&vm.prog.types, et) as u64);
    if !vm.heap_fits((c as u64).saturating_mul(crate::heap::ELEM_BYTES)) {
        return vm.native_throw_alloc(go_bytes);
    }
    let z = vm.zero(et);
    let Some(mut elems): Option<crate::value::AggVec> = crate::heap::try_vec(c) else {
        return vm.native_throw_alloc(go_bytes);
    };
    elems.extend((0..c).map(|_| z.copy_val()));
    let s = crate::value::Slice { arr: AggObj::new(elems), off: 0, len: n as u32, cap: c as u32 };
    ret(pack(t, Value::Slice(s)))
}

fn v_make_map(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    ret(pack(t, Value::Map(MapObj::new_ref(t))))
}

/// vAppend(t int, val, ptr any, xs []any) any: append(s, xs...), boxed.
fn v_append(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    let s = current(vm, arg(args, 1), arg(args, 2));
    let mut elems = s.slice_elems();
    elems.extend(arg(args, 3).slice_elems().iter().map(|x| unpack(x).copy_val()));
    let n = elems.len() as u32;
    ret(pack(t, Value::Slice(crate::value::Slice { arr: AggObj::new(elems.into()), off: 0, len: n, cap: n })))
}

/// DeepEqual(x, y any) bool
fn deep_equal_native(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let (x, y) = (arg(args, 0), arg(args, 1));
    let r = match (x, y) {
        (Value::Iface(a), Value::Iface(b)) => a.ty == b.ty && deep_equal(vm, a.ty, &a.val, &b.val, 0),
        (Value::Nil, Value::Nil) => true,
        _ => false,
    };
    ret(Value::Bool(r))
}

/// Go's deepValueEqual for two values of type `t`.
fn deep_equal(vm: &Vm, t: TypeId, a: &Value, b: &Value, depth: usize) -> bool {
    if depth > 100 {
        // Cycles: Go remembers visited pointers; this walk stops here.
        return true;
    }
    let tt = &vm.prog.types;
    match tt.ukind(t).clone() {
        Kind::Array(_, e) | Kind::Slice(e) => {
            if matches!(tt.ukind(t), Kind::Slice(_)) {
                if a.is_nil() != b.is_nil() {
                    return false;
                }
                if crate::value::equal(a, b, tt).unwrap_or(false) && a.slice_len_cap().0 == b.slice_len_cap().0 {
                    return true;
                }
            }
            let (xs, ys) = (elems_of(a), elems_of(b));
            xs.len() == ys.len() && xs.iter().zip(&ys).all(|(x, y)| deep_equal(vm, e, x, y, depth + 1))
        }
        Kind::Struct(fs) => {
            let (xs, ys) = (elems_of(a), elems_of(b));
            fs.iter().enumerate().all(|(i, f)| match (xs.get(i), ys.get(i)) {
                (Some(x), Some(y)) => deep_equal(vm, f.ty, x, y, depth + 1),
                _ => true,
            })
        }
        Kind::Map(_, e) => match (a, b) {
            (Value::Map(x), Value::Map(y)) => {
                if Rc::ptr_eq(x, y) {
                    return true;
                }
                let (x, y) = (x.borrow(), y.borrow());
                x.live == y.live
                    && x.entries.iter().flatten().all(|(k, v)| match hash_key(k) {
                        Ok(h) => y.get(h, k).is_some_and(|w| deep_equal(vm, e, v, w, depth + 1)),
                        Err(_) => false,
                    })
            }
            (Value::Nil, Value::Nil) => true,
            _ => false,
        },
        Kind::Pointer(e) => {
            if crate::value::equal(a, b, tt).unwrap_or(false) {
                return true;
            }
            match (vm.load_ptr(a), vm.load_ptr(b)) {
                (Some(x), Some(y)) => deep_equal(vm, e, &x, &y, depth + 1),
                _ => false,
            }
        }
        Kind::Interface { .. } => match (a, b) {
            (Value::Iface(x), Value::Iface(y)) => x.ty == y.ty && deep_equal(vm, x.ty, &x.val, &y.val, depth + 1),
            (Value::Nil, Value::Nil) => true,
            _ => false,
        },
        // Funcs are equal only when both are nil.
        Kind::Func(_) => a.is_nil() && b.is_nil(),
        _ => crate::value::equal(a, b, tt).unwrap_or(false),
    }
}

fn elems_of(v: &Value) -> Vec<Value> {
    match v {
        Value::Agg(a) => a.borrow().to_vec(),
        _ => v.slice_elems(),
    }
}

/// vMapIterNext(t int, val, ptr any, pos int, hold bool) (next int, key any):
/// the first live entry of the map after position `pos`; `hold` takes the
/// map's iterator count, which keeps its entries in place (as a range
/// loop's does) until the iteration ends (vMapIterRelease).
fn v_map_iter_next(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let kt = match vm.prog.types.ukind(tid(args, 0)) {
        Kind::Map(k, _) => *k,
        _ => TypeId::VOID,
    };
    let Value::Map(m) = current(vm, arg(args, 1), arg(args, 2)) else { return rets([Value::Int(-1), Value::Nil]) };
    let mut m = m.borrow_mut();
    if arg(args, 4).as_bool() {
        m.iters += 1;
    }
    let from = (int(args, 3) + 1).max(0) as usize;
    match m.entries.iter().enumerate().skip(from).find_map(|(i, e)| e.as_ref().map(|(k, _)| (i, k.clone()))) {
        Some((i, k)) => rets([Value::Int(i as i64), pack(kt, k)]),
        None => rets([Value::Int(-1), Value::Nil]),
    }
}

/// vMapIterElem(t int, val, ptr any, pos int) any
fn v_map_iter_elem(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let et = match vm.prog.types.ukind(tid(args, 0)) {
        Kind::Map(_, e) => *e,
        _ => TypeId::VOID,
    };
    let elem = match current(vm, arg(args, 1), arg(args, 2)) {
        Value::Map(m) => m.borrow().entries.get(int(args, 3) as usize).and_then(|e| e.as_ref().map(|(_, v)| v.clone())),
        _ => None,
    };
    let elem = elem.unwrap_or_else(|| vm.zero(et));
    ret(pack(et, elem))
}

/// vMapIterRelease(val, ptr any)
fn v_map_iter_release(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    if let Value::Map(m) = current(vm, arg(args, 0), arg(args, 1)) {
        let mut m = m.borrow_mut();
        m.iters = m.iters.saturating_sub(1);
    }
    NativeOut::Ret(smallvec::smallvec![])
}

/// vSlice3(st int, val, ptr any, i, j, k int) any: s[i:j:k] of a slice, or
/// of the addressable array `ptr` points to (sharing its elements), boxed
/// as slice type st (the caller checked the indexes).
fn v_slice3(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let st = tid(args, 0);
    let (i, j, k) = (int(args, 3) as u32, int(args, 4) as u32, int(args, 5) as u32);
    // An addressable array's current value shares its variable's elements.
    let base = match current(vm, arg(args, 1), arg(args, 2)) {
        Value::Agg(a) => {
            let n = a.borrow().len() as u32;
            Value::Slice(crate::value::Slice { arr: a, off: 0, len: n, cap: n })
        }
        v => v,
    };
    let s = match base {
        Value::Slice(s) => Value::Slice(crate::value::Slice { arr: s.arr, off: s.off + i, len: j - i, cap: k - i }),
        Value::Bytes(b) => Value::Bytes(crate::value::Bytes { arr: b.arr, off: b.off + i, len: j - i, cap: k - i, kind: BytesKind::Slice }),
        v => v,
    };
    ret(pack(st, s))
}

/// boxRaw(t int, x any) any: raw value x (a channel's element) boxed as t.
fn box_raw(_vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    ret(pack(tid(args, 0), arg(args, 1).copy_val()))
}

/// rselect(dirs []int, chans, sends []any, hasDefault bool) (chosen int,
/// recv any, recvOK bool): the runtime's selectgo over the cases (dir 0
/// send, 1 receive, 2 a case without a channel). Parked, the select's
/// partner writes the three results into this call's result registers
/// and moves the caller past the call, as for a select statement.
fn rselect(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let dirs = arg(args, 0).slice_elems();
    let chans = arg(args, 1).slice_elems();
    let sends = arg(args, 2).slice_elems();
    let mut cases = Vec::with_capacity(3 * dirs.len());
    for (i, d) in dirs.iter().enumerate() {
        let ch = match d.as_int() {
            2 => Value::Nil,
            _ => chans.get(i).cloned().unwrap_or(Value::Nil),
        };
        cases.extend([Value::Int(d.as_int().min(1)), ch, sends.get(i).cloned().unwrap_or(Value::Nil)]);
    }
    // The registers of this call's results: R[b..] of the calling frame.
    let Some(f) = vm.gs[gi].frames.last() else { return rets([Value::Int(-1), Value::Nil, Value::Bool(false)]) };
    let b = match vm.prog.funcs[f.func as usize].code.get((f.pc as usize).wrapping_sub(1)) {
        Some(bytecode::Op::CallNative { base, .. }) => *base as u32,
        _ => 0,
    };
    let elem = crate::chan::Elem { seg: f.seg.into(), slot: f.base + b, ok: true };
    match vm.selectgo(gi, &cases, elem, arg(args, 3).as_bool()) {
        crate::chan::Selected::Case(i, v, ok) => rets([Value::Int(i as i64), v, Value::Bool(ok)]),
        crate::chan::Selected::SendClosed(_) => NativeOut::Panic(vm.rt_error(crate::rterr::RtErr::SendClosed)),
        crate::chan::Selected::Default => rets([Value::Int(-1), Value::Nil, Value::Bool(false)]),
        crate::chan::Selected::Parked => NativeOut::Block(if dirs.is_empty() { "select (no cases)" } else { "select" }),
    }
}

/// vMakeChan(t, n int) any: makechan (the caller checked the type and size).
fn v_make_chan(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let t = tid(args, 0);
    match vm.makechan(t, &Value::Int(int(args, 1))) {
        Ok(c) => ret(pack(t, c)),
        Err(crate::exec::Trap::Panic(e)) => NativeOut::Panic(vm.rt_error(e)),
        Err(_) => NativeOut::Fatal("out of memory".into()),
    }
}
