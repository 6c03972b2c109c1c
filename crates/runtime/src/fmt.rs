//! Go's fmt verbs over run-time values (fmt/print.go's `pp`), the
//! `print`/`println` builtins and panic value printing (runtime/print.go's
//! `printpanicval`).
//!
//! The scalar formatting primitives come from `gostd::fmt`; this module adds
//! what needs the VM: static types (from the program's type table), walking
//! aggregates, and calling `Error`/`String`/`GoString` methods.

use std::cmp::Ordering;
use std::rc::Rc;

use bytecode::TypeId;
use gostd::fmt::{self as gfmt, Flags, PrintfArgs};
use types::Kind;

use crate::value::{addr_of, Iface, Value};
use crate::vm::{NativeOut, Vm};

/// What `badVerb` prints after `%!v(`: the operand (`p.arg`), a reflected
/// value (`p.value`), or nothing (`<nil>`).
#[derive(Clone)]
enum BadCtx {
    Arg(TypeId, Value),
    Val(TypeId, Value),
    Nil,
}

/// Models `pp`: one Print/Printf call over operands that are interface
/// values (`Value::Iface` or `Value::Nil`).
pub struct Printer<'a, 'p> {
    pub vm: &'a mut Vm<'p>,
    pub gi: usize,
    pub args: Vec<Value>,
    /// Errorf: `%w` is allowed and recorded.
    pub wrap_errs: bool,
    /// Operand indexes of the `%w` directives (Errorf).
    pub wrapped: Vec<usize>,
    erroring: bool,
    panicking: bool,
    /// printValue's depth of the operand whose methods handleMethods is
    /// calling (0: printArg's own call).
    method_depth: usize,
    /// The printValue calls under way, outermost first, each named by the
    /// site it recursed from (`NATIVE_FRAMES` keys such as
    /// `fmt.(*pp).printValue@841`, a struct field): the frames a traceback
    /// shows while a method of a nested operand runs.
    value_sites: Vec<&'static str>,
}

impl<'a, 'p> Printer<'a, 'p> {
    pub fn new(vm: &'a mut Vm<'p>, gi: usize, args: Vec<Value>) -> Self {
        Printer {
            vm,
            gi,
            args,
            wrap_errs: false,
            wrapped: Vec::new(),
            erroring: false,
            panicking: false,
            method_depth: 0,
            value_sites: Vec::new(),
        }
    }

    fn tname(&self, t: TypeId) -> String {
        self.vm.prog.types.name(t)
    }

    /// Models `(*pp).printArg`.
    pub fn print_arg(&mut self, out: &mut Vec<u8>, arg: &Value, verb: char, f: &Flags) {
        let (ty, val) = match arg {
            Value::Iface(i) => (i.ty, i.val.clone()),
            _ => {
                match verb {
                    'T' | 'v' => gfmt::pad(out, b"<nil>", f),
                    _ => self.bad_verb(out, verb, f, BadCtx::Nil),
                }
                return;
            }
        };
        match verb {
            'T' => {
                let n = self.tname(ty);
                gfmt::fmt_s(out, n.as_bytes(), f);
                return;
            }
            'p' => {
                self.fmt_pointer(out, ty, &val, 'p', f, BadCtx::Arg(ty, val.clone()));
                return;
            }
            _ => {}
        }
        // A reflect.Value prints the value it holds (printArg's `case
        // reflect.Value`); see natives/reflect.rs for its fields.
        if self.vm.prog.types.named_info(ty).is_some_and(|n| n.name == "reflect.Value") {
            if let Some(held) = crate::natives::reflect_value_held(self.vm, &val) {
                match held {
                    Some(v) => self.print_arg(out, &v, verb, f),
                    None => gfmt::pad(out, b"<invalid reflect.Value>", f),
                }
                return;
            }
        }
        // []byte (unnamed) goes through fmtBytes with the name "[]byte".
        if matches!(self.vm.prog.types.kind(ty), Kind::Slice(e) if *e == TypeId::UINT8) {
            let bytes = slice_bytes(&val);
            if !gfmt::fmt_bytes(out, &bytes, val.is_nil(), "[]byte", verb, f) {
                self.print_value(out, &val, ty, verb, f, 0, true);
            }
            return;
        }
        // Basic unnamed types have no methods (printArg's fast path).
        if self.vm.prog.types.named_info(ty).is_none() && is_basic(self.vm.prog.types.kind(ty)) {
            self.print_value(out, &val, ty, verb, f, 0, true);
            return;
        }
        self.method_depth = 0;
        if !self.handle_methods(out, ty, &val, verb, f) {
            self.print_value(out, &val, ty, verb, f, 0, true);
        }
    }

    fn has_method(&self, ty: TypeId, val: &Value, name: &str) -> bool {
        self.is_rt_error(ty) && name == "Error" || method_target(self.vm, ty, val, name).is_some()
    }

    fn is_rt_error(&self, ty: TypeId) -> bool {
        let rt = &self.vm.rt;
        ty != TypeId(0) && [rt.bounds_error, rt.error_string, rt.plain_error, rt.type_assertion_error, rt.panic_nil_error].contains(&ty)
    }

    /// Calls a `func() string` method; Err(panic value).
    fn call_string_method(&mut self, ty: TypeId, val: &Value, name: &str) -> Result<Vec<u8>, Value> {
        let _guard = MethodCallGuard::enter(self.vm, self.gi);
        if self.is_rt_error(ty) && name == "Error" {
            if let Value::Str(s) = val {
                return Ok(s.to_vec());
            }
        }
        let Some((ty, val)) = method_target(self.vm, ty, val, name) else { return Ok(Vec::new()) };
        if val.is_nil() && matches!(self.vm.find_method_by_name(ty, name), Some((_, true))) {
            // A value method through a nil pointer: Go's wrapper panics.
            return Err(self.vm.rt_error(crate::rterr::RtErr::NilDeref));
        }
        let r = self.under_fmt_frames(name, |vm, gi| vm.call_method_sync(gi, ty, &val, name));
        match r {
            Some(Ok(v)) => Ok(v.first().map(|s| s.str_bytes().to_vec()).unwrap_or_default()),
            Some(Err(p)) => Err(p),
            None => Ok(Vec::new()),
        }
    }

    /// Go's frames between a method handleMethods calls and the program's
    /// call of fmt (innermost first): handleMethods, printValue once per
    /// level for a nested operand (printArg calls printValue at depth 0),
    /// printArg, then the entry's own (`doPrintln`, `Fprintln`, `Println`).
    /// None for a printer no fmt entry point runs.
    fn method_callers(&self, method: &str) -> Option<Vec<&'static str>> {
        let entry: &[&'static str] = match self.vm.native_name(self.vm.native_running) {
            "fmt.Println" => &["fmt.(*pp).doPrintln", "fmt.Fprintln", "fmt.Println"],
            "fmt.Print" => &["fmt.(*pp).doPrint", "fmt.Fprint", "fmt.Print"],
            "fmt.Printf" => &["fmt.(*pp).doPrintf", "fmt.Fprintf", "fmt.Printf"],
            "fmt.Sprintln" => &["fmt.(*pp).doPrintln", "fmt.Sprintln"],
            "fmt.Sprint" => &["fmt.(*pp).doPrint", "fmt.Sprint"],
            "fmt.Sprintf" => &["fmt.(*pp).doPrintf", "fmt.Sprintf"],
            // fmt.Errorf is the prelude's Go function above it.
            "fmt.errorf" => &["fmt.(*pp).doPrintf", "fmt.errorf"],
            _ => return None,
        };
        // handleMethods calls each kind of method from its own line.
        let mut names = vec![match method {
            "Error" => "fmt.(*pp).handleMethods@Error",
            "GoString" => "fmt.(*pp).handleMethods@GoString",
            "Format" => "fmt.(*pp).handleMethods@Format",
            _ => "fmt.(*pp).handleMethods",
        }];
        if self.method_depth > 0 {
            names.push("fmt.(*pp).printValue");
            names.extend(self.value_sites.iter().rev().take(self.method_depth));
            names.push("fmt.(*pp).printArg@printValue");
        } else {
            names.push("fmt.(*pp).printArg");
        }
        names.extend_from_slice(entry);
        Some(names)
    }

    /// Runs `call` (a Go method fmt calls) with fmt's frames above it
    /// recorded, for a traceback taken while it runs.
    fn under_fmt_frames<R>(&mut self, method: &str, call: impl FnOnce(&mut Vm<'p>, usize) -> R) -> R {
        let callers = self.method_callers(method);
        let pushed = callers.is_some();
        if let Some(names) = callers {
            let at = self.vm.gs.get(self.gi).map_or(0, |g| g.frames.len());
            self.vm.method_callers.push((self.gi, at, names));
        }
        let r = call(self.vm, self.gi);
        if pushed {
            self.vm.method_callers.pop();
        }
        r
    }

    /// printValue's recursion into an element, from `site` (see
    /// `value_sites`).
    #[allow(clippy::too_many_arguments)]
    fn print_elem(
        &mut self,
        site: &'static str,
        out: &mut Vec<u8>,
        v: &Value,
        ty: TypeId,
        verb: char,
        f: &Flags,
        depth: usize,
        can_iface: bool,
    ) {
        self.value_sites.push(site);
        self.print_value(out, v, ty, verb, f, depth, can_iface);
        self.value_sites.pop();
    }

    /// Models `(*pp).handleMethods` for an operand of dynamic type `ty`.
    fn handle_methods(&mut self, out: &mut Vec<u8>, ty: TypeId, val: &Value, verb: char, f: &Flags) -> bool {
        // The call is being abandoned (see catch_panic): no more methods.
        if self.vm.native_unwind.is_some() {
            return true;
        }
        if self.erroring {
            return false;
        }
        let mut verb = verb;
        if verb == 'w' {
            if !self.has_method(ty, val, "Error") || !self.wrap_errs {
                self.bad_verb(out, verb, f, BadCtx::Arg(ty, val.clone()));
                return true;
            }
            verb = 'v';
        }
        // Is it a Formatter?
        if let Some((mty, mval)) = formatter_target(self.vm, ty, val) {
            self.call_format(out, ty, val, mty, mval, verb, f);
            return true;
        }
        let method = if f.sharp_v {
            if self.has_method(ty, val, "GoString") {
                "GoString"
            } else {
                return false;
            }
        } else if matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            if self.has_method(ty, val, "Error") {
                "Error"
            } else if self.has_method(ty, val, "String") {
                "String"
            } else {
                return false;
            }
        } else {
            return false;
        };
        match self.call_string_method(ty, val, method) {
            Ok(s) => {
                if method == "GoString" {
                    gfmt::fmt_s(out, &s, f);
                } else {
                    gfmt::fmt_string(out, &s, verb, f);
                }
            }
            Err(p) => self.catch_panic(out, ty, val, verb, method, p),
        }
        true
    }

    /// `formatter.Format(p, verb)` with handleMethods' `defer
    /// p.catchPanic(p.arg, verb, "Format")`: the method gets a `*fmt.pp`
    /// (make_state) carrying this directive's flags, and what it
    /// wrote is kept also when it panics.
    #[allow(clippy::too_many_arguments)] // the operand, the method's target and the directive
    fn call_format(&mut self, out: &mut Vec<u8>, ty: TypeId, val: &Value, mty: TypeId, mval: Value, verb: char, f: &Flags) {
        let _guard = MethodCallGuard::enter(self.vm, self.gi);
        let bits = state_flags(f);
        let wid = f.width.map_or(-1, |w| w as i64);
        let prec = f.prec.map_or(-1, |p| p as i64);
        let state = match make_state(self.vm, wid, prec, bits) {
            Some(st) => st,
            None => return,
        };
        let Some((func, deref)) = self.vm.find_method_by_name(mty, "Format") else { return };
        let result = if deref && mval.is_nil() {
            // A value method through a nil pointer: Go's wrapper panics.
            Err(self.vm.rt_error(crate::rterr::RtErr::NilDeref))
        } else {
            let recv = if deref { self.vm.load_ptr(&mval).unwrap_or_default() } else { mval };
            let args = vec![recv, state.clone(), Value::Int(verb as i64)];
            if func & crate::vm::NATIVE_BIT != 0 {
                match (self.vm.natives[(func & !crate::vm::NATIVE_BIT) as usize])(self.vm, self.gi, &args) {
                    NativeOut::Panic(p) => Err(p),
                    _ => Ok(()),
                }
            } else {
                let fv = Value::Func(Rc::new(crate::value::Closure::of_func(func)));
                self.under_fmt_frames("Format", |vm, gi| vm.call_sync(gi, &fv, args).map(|_| ()))
            }
        };
        // p.buf: the state's first field.
        if let Value::Iface(st) = &state {
            if let Some(Value::Agg(a)) = self.vm.load_ptr(&st.val) {
                let buf = a.borrow().first().cloned().unwrap_or_default();
                out.extend_from_slice(&slice_bytes(&buf));
            }
        }
        if let Err(p) = result {
            self.catch_panic(out, ty, val, verb, "Format", p);
        }
    }

    /// Models `(*pp).catchPanic`.
    fn catch_panic(&mut self, out: &mut Vec<u8>, ty: TypeId, val: &Value, verb: char, method: &str, p: Value) {
        if val.is_nil() && matches!(self.vm.prog.types.ukind(ty), Kind::Pointer(_)) {
            out.extend_from_slice(b"<nil>");
            return;
        }
        // A Goexit in the method: catchPanic's recover returns nil and the
        // goroutine goes on exiting; the native is abandoned.
        if self.vm.native_unwind.is_some() {
            return;
        }
        if self.panicking {
            // "Nested panics; the recursion in printArg cannot succeed":
            // catchPanic re-panics, and the panic leaves the fmt call.
            self.vm.native_unwind = Some(NativeOut::Panic(p));
            return;
        }
        out.extend_from_slice(b"%!");
        let mut b = [0u8; 4];
        out.extend_from_slice(verb.encode_utf8(&mut b).as_bytes());
        out.extend_from_slice(b"(PANIC=");
        out.extend_from_slice(method.as_bytes());
        out.extend_from_slice(b" method: ");
        self.panicking = true;
        let saved = self.erroring;
        self.erroring = false;
        self.print_arg(out, &p, 'v', &Flags::default());
        self.erroring = saved;
        self.panicking = false;
        out.push(b')');
    }

    /// Models `(*pp).badVerb`.
    fn bad_verb(&mut self, out: &mut Vec<u8>, verb: char, f: &Flags, ctx: BadCtx) {
        let saved = self.erroring;
        self.erroring = true;
        out.extend_from_slice(b"%!");
        let mut b = [0u8; 4];
        out.extend_from_slice(verb.encode_utf8(&mut b).as_bytes());
        out.push(b'(');
        match ctx {
            BadCtx::Arg(ty, v) => {
                out.extend_from_slice(self.tname(ty).as_bytes());
                out.push(b'=');
                let arg = Value::Iface(Rc::new(Iface::new(ty, v)));
                self.print_arg(out, &arg, 'v', f);
            }
            BadCtx::Val(ty, v) => {
                out.extend_from_slice(self.tname(ty).as_bytes());
                out.push(b'=');
                self.print_value(out, &v, ty, 'v', f, 0, true);
            }
            BadCtx::Nil => out.extend_from_slice(b"<nil>"),
        }
        out.push(b')');
        self.erroring = saved;
    }

    /// Models `(*pp).fmtPointer`.
    fn fmt_pointer(&mut self, out: &mut Vec<u8>, ty: TypeId, val: &Value, verb: char, f: &Flags, ctx: BadCtx) {
        let pointerish = matches!(
            self.vm.prog.types.ukind(ty),
            Kind::Chan(..) | Kind::Func(_) | Kind::Map(..) | Kind::Pointer(_) | Kind::Slice(_) | Kind::UnsafePointer
        );
        if !pointerish {
            self.bad_verb(out, verb, f, ctx);
            return;
        }
        let addr = if val.is_nil() {
            0
        } else if let Value::Int(i) = val {
            *i as u64
        } else {
            addr_of(val) as u64
        };
        let name = self.tname(ty);
        if !gfmt::fmt_pointer(out, addr, &name, verb, f) {
            self.bad_verb(out, verb, f, ctx);
        }
    }

    /// Models `(*pp).printValue`: `v` has static type `ty`.
    #[allow(clippy::too_many_arguments)] // printValue's (value, verb, depth) plus the pp state Go keeps in p
    pub fn print_value(&mut self, out: &mut Vec<u8>, v: &Value, ty: TypeId, verb: char, f: &Flags, depth: usize, can_iface: bool) {
        // A value that holds itself (or nests millions deep) recurses until
        // Go's stack limit: `fatal error: stack overflow`. The program ends
        // when control is back in the dispatch loop.
        if crate::hoststack::exhausted() {
            crate::hoststack::take_overflow();
            if self.vm.pending_exit.is_none() {
                let _ = self.vm.stack_overflow(self.gi);
                self.vm.flush();
                self.vm.pending_exit = Some(2);
            }
            return;
        }
        if self.vm.pending_exit.is_some() {
            return;
        }
        // The text can be far larger than the operands (a slice holding
        // one big string a thousand times): the buffer is charged as it
        // grows, and once the heap is past --max-heap the next growth is
        // mallocgc's throw, so the host never holds a text far beyond
        // the limit (vm::native_copies charges only the operands' own
        // strings before the call).
        if self.vm.heap_over() {
            let bytes = (out.capacity() as u64).max(1 << 20).saturating_mul(2);
            let code = self.vm.throw_alloc(self.gi, bytes);
            self.vm.pending_exit = Some(code);
            return;
        }
        if depth > 0 && can_iface {
            let dyn_tv = if self.vm.prog.types.is_interface(ty) {
                match v {
                    Value::Iface(i) => Some((i.ty, i.val.clone())),
                    _ => None,
                }
            } else {
                Some((ty, v.clone()))
            };
            if let Some((dt, dv)) = dyn_tv {
                self.method_depth = depth;
                if self.handle_methods(out, dt, &dv, verb, f) {
                    return;
                }
            }
        }
        let kind = self.vm.prog.types.ukind(ty).clone();
        let bad = |p: &mut Self, out: &mut Vec<u8>| p.bad_verb(out, verb, f, BadCtx::Val(ty, v.clone()));
        match kind {
            Kind::Bool | Kind::UntypedBool => {
                if !gfmt::fmt_bool(out, v.as_bool(), verb, f) {
                    bad(self, out)
                }
            }
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 | Kind::UntypedInt | Kind::UntypedRune => {
                if !gfmt::fmt_integer(out, v.as_int() as u64, true, verb, f) {
                    bad(self, out)
                }
            }
            Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
                if !gfmt::fmt_integer(out, v.as_int() as u64, false, verb, f) {
                    bad(self, out)
                }
            }
            Kind::Float32 | Kind::Float64 | Kind::UntypedFloat => {
                let size = if matches!(kind, Kind::Float32) { 32 } else { 64 };
                if !gfmt::fmt_float(out, v.as_float(), size, verb, f) {
                    bad(self, out)
                }
            }
            Kind::Complex64 | Kind::Complex128 | Kind::UntypedComplex => {
                let size = if matches!(kind, Kind::Complex64) { 64 } else { 128 };
                let (re, im) = match v {
                    Value::Complex(a, b) => (*a, *b),
                    _ => (v.as_float(), 0.0),
                };
                if !gfmt::fmt_complex(out, re, im, size, verb, f) {
                    bad(self, out)
                }
            }
            Kind::String | Kind::UntypedString => {
                if !gfmt::fmt_string(out, v.str_bytes(), verb, f) {
                    bad(self, out)
                }
            }
            Kind::Map(kt, vt) => {
                if f.sharp_v {
                    out.extend_from_slice(self.tname(ty).as_bytes());
                    if v.is_nil() {
                        out.extend_from_slice(b"(nil)");
                        return;
                    }
                    out.push(b'{');
                } else {
                    out.extend_from_slice(b"map[");
                }
                let mut entries: Vec<(Value, Value)> = match v {
                    Value::Map(m) => m.borrow().entries.iter().flatten().cloned().collect(),
                    _ => Vec::new(),
                };
                let prog = self.vm.prog;
                entries.sort_by(|a, b| compare_keys(&a.0, &b.0, kt, &prog.types));
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i > 0 {
                        if f.sharp_v {
                            out.extend_from_slice(b", ");
                        } else {
                            out.push(b' ');
                        }
                    }
                    self.print_elem("fmt.(*pp).printValue@813", out, k, kt, verb, f, depth + 1, can_iface);
                    out.push(b':');
                    self.print_elem("fmt.(*pp).printValue@815", out, val, vt, verb, f, depth + 1, can_iface);
                }
                out.push(if f.sharp_v { b'}' } else { b']' });
            }
            Kind::Struct(fields) => {
                if f.sharp_v {
                    out.extend_from_slice(self.tname(ty).as_bytes());
                }
                out.push(b'{');
                let vals: Vec<Value> = match v {
                    Value::Agg(a) => a.borrow().to_vec(),
                    _ => Vec::new(),
                };
                for (i, fd) in fields.iter().enumerate() {
                    if i > 0 {
                        if f.sharp_v {
                            out.extend_from_slice(b", ");
                        } else {
                            out.push(b' ');
                        }
                    }
                    if (f.plus_v || f.sharp_v) && !fd.name.is_empty() {
                        out.extend_from_slice(fd.name.as_bytes());
                        out.push(b':');
                    }
                    let fv = vals.get(i).cloned().unwrap_or_default();
                    let exported = fd.name.chars().next().is_some_and(|c| c.is_uppercase());
                    // getField: a non-nil interface field is printed as
                    // its dynamic value, one level deep (not two).
                    let (fv, fty) = match fv {
                        Value::Iface(i) if i.ty != TypeId(0) && self.vm.prog.types.is_interface(fd.ty) => (i.val.clone(), i.ty),
                        fv => (fv, fd.ty),
                    };
                    self.print_elem("fmt.(*pp).printValue@841", out, &fv, fty, verb, f, depth + 1, can_iface && exported);
                }
                out.push(b'}');
            }
            Kind::Interface { .. } => match v {
                Value::Iface(i) => {
                    let (it, iv) = (i.ty, i.val.clone());
                    self.print_elem("fmt.(*pp).printValue@854", out, &iv, it, verb, f, depth + 1, can_iface)
                }
                _ => {
                    if f.sharp_v {
                        out.extend_from_slice(self.tname(ty).as_bytes());
                        out.extend_from_slice(b"(nil)");
                    } else {
                        out.extend_from_slice(b"<nil>");
                    }
                }
            },
            Kind::Array(_, et) | Kind::Slice(et) => {
                if matches!(verb, 's' | 'q' | 'x' | 'X') && matches!(self.vm.prog.types.ukind(et), Kind::Uint8) {
                    let bytes = slice_bytes(v);
                    let name = self.tname(ty);
                    gfmt::fmt_bytes(out, &bytes, false, &name, verb, f);
                    return;
                }
                let elems: Vec<Value> = match v {
                    Value::Agg(a) => a.borrow().to_vec(),
                    v => v.slice_elems(),
                };
                if f.sharp_v {
                    out.extend_from_slice(self.tname(ty).as_bytes());
                    if matches!(kind, Kind::Slice(_)) && v.is_nil() {
                        out.extend_from_slice(b"(nil)");
                        return;
                    }
                    out.push(b'{');
                    for (i, e) in elems.iter().enumerate() {
                        if i > 0 {
                            out.extend_from_slice(b", ");
                        }
                        self.print_elem("fmt.(*pp).printValue@889", out, e, et, verb, f, depth + 1, can_iface);
                    }
                    out.push(b'}');
                } else {
                    out.push(b'[');
                    for (i, e) in elems.iter().enumerate() {
                        if i > 0 {
                            out.push(b' ');
                        }
                        self.print_elem("fmt.(*pp).printValue@898", out, e, et, verb, f, depth + 1, can_iface);
                    }
                    out.push(b']');
                }
            }
            Kind::Pointer(et) => {
                if depth == 0 && !v.is_nil() {
                    let ek = self.vm.prog.types.ukind(et);
                    if matches!(ek, Kind::Array(..) | Kind::Slice(_) | Kind::Struct(_) | Kind::Map(..)) {
                        if let Some(target) = self.vm.load_ptr(v) {
                            out.push(b'&');
                            self.print_elem("fmt.(*pp).printValue@909", out, &target, et, verb, f, depth + 1, can_iface);
                            return;
                        }
                    }
                }
                self.fmt_pointer(out, ty, v, verb, f, BadCtx::Val(ty, v.clone()));
            }
            Kind::Chan(..) | Kind::Func(_) | Kind::UnsafePointer => {
                self.fmt_pointer(out, ty, v, verb, f, BadCtx::Val(ty, v.clone()));
            }
            _ => {
                out.push(b'?');
                out.extend_from_slice(self.tname(ty).as_bytes());
                out.push(b'?');
            }
        }
    }
}

thread_local! {
    /// Nesting of fmt → Go method → fmt calls, and the Rust stack address
    /// of the outermost one.
    static METHOD_NESTING: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// Rust stack that nested fmt → String/Error → fmt calls may use before
/// gostack reports Go's `fatal error: stack overflow` (a String method that
/// formats its own receiver recurses forever). The VM runs on the main
/// thread (8 MiB); raise this if it gets a bigger stack.
const METHOD_STACK_BUDGET: usize = 6 << 20;

/// Counts one nested method call made by fmt (or panic printing).
struct MethodCallGuard;

impl MethodCallGuard {
    fn enter(vm: &mut Vm, gi: usize) -> MethodCallGuard {
        let marker = 0u8;
        let here = &marker as *const u8 as usize;
        let (depth, base) = METHOD_NESTING.with(|c| c.get());
        let base = if depth == 0 { here } else { base };
        if base.saturating_sub(here) > METHOD_STACK_BUDGET && vm.pending_exit.is_none() {
            let _ = vm.stack_overflow(gi);
            vm.flush();
            // No more method calls (call_sync refuses them); the program
            // ends when control is back in the dispatch loop.
            vm.pending_exit = Some(2);
        }
        METHOD_NESTING.with(|c| c.set((depth + 1, base)));
        MethodCallGuard
    }
}

impl Drop for MethodCallGuard {
    fn drop(&mut self) {
        METHOD_NESTING.with(|c| {
            let (d, b) = c.get();
            c.set((d.saturating_sub(1), b));
        });
    }
}

/// Where method `name` of a value of dynamic type `ty` lives: the type and
/// receiver to call it on. Follows embedded fields (Go's method promotion,
/// shallowest depth first, ambiguous depths give none) when the type does
/// not declare the method itself.
pub fn method_target(vm: &Vm, ty: TypeId, val: &Value, name: &str) -> Option<(TypeId, Value)> {
    if vm.find_method_by_name(ty, name).is_some() {
        return Some((ty, val.clone()));
    }
    let tt = &vm.prog.types;
    // (struct type, its value if known, addressable)
    let start = match tt.ukind(ty) {
        Kind::Pointer(e) if matches!(tt.ukind(*e), Kind::Struct(_)) => (*e, vm.load_ptr(val), true),
        Kind::Struct(_) => (ty, Some(val.clone()), false),
        _ => return None,
    };
    let mut level = vec![start];
    for _depth in 0..8 {
        let mut found: Vec<(TypeId, Value)> = Vec::new();
        let mut next = Vec::new();
        for (st, sv, addressable) in &level {
            let Some(fields) = tt.struct_fields(*st) else { continue };
            let vals: Option<Vec<Value>> = match sv {
                Some(Value::Agg(a)) => Some(a.borrow().to_vec()),
                _ => None,
            };
            for (i, f) in fields.iter().enumerate() {
                if !f.embedded {
                    continue;
                }
                let fv = vals.as_ref().and_then(|v| v.get(i).cloned());
                match tt.ukind(f.ty) {
                    Kind::Interface { methods, .. } => {
                        if methods.iter().any(|m| m.name == name) {
                            if let Some(Value::Iface(x)) = &fv {
                                found.push((x.ty, x.val.clone()));
                            } else {
                                found.push((f.ty, Value::Nil));
                            }
                        }
                    }
                    Kind::Pointer(e) => {
                        if vm.find_method_by_name(f.ty, name).is_some() {
                            found.push((f.ty, fv.unwrap_or_default()));
                        } else if matches!(tt.ukind(*e), Kind::Struct(_)) {
                            next.push((*e, fv.and_then(|p| vm.load_ptr(&p)), true));
                        }
                    }
                    k => {
                        let is_struct = matches!(k, Kind::Struct(_));
                        if vm.find_method_by_name(f.ty, name).is_some() {
                            found.push((f.ty, fv.clone().unwrap_or_default()));
                        } else if *addressable && is_struct {
                            let pt = (0..tt.len() as u32).map(TypeId).find(|&id| matches!(tt.kind(id), Kind::Pointer(x) if *x == f.ty));
                            if let (Some(pt), Some(Value::Agg(a))) = (pt, &fv) {
                                if vm.find_method_by_name(pt, name).is_some() {
                                    found.push((pt, Value::Pointer(crate::value::Pointer::Agg(a.clone()))));
                                }
                            }
                        }
                        if is_struct {
                            next.push((f.ty, fv, *addressable));
                        }
                    }
                }
            }
        }
        match found.len() {
            1 => return found.pop(),
            0 if !next.is_empty() => level = next,
            _ => return None,
        }
    }
    None
}

/// Where the `Format(fmt.State, rune)` method of a value of dynamic type
/// `ty` lives, if the value is a `fmt.Formatter`.
fn formatter_target(vm: &Vm, ty: TypeId, val: &Value) -> Option<(TypeId, Value)> {
    let (mty, mval) = method_target(vm, ty, val, "Format")?;
    let tt = &vm.prog.types;
    let m = tt.method(mty, "Format").or_else(|| match tt.kind(mty) {
        Kind::Pointer(e) => tt.method(*e, "Format"),
        _ => None,
    })?;
    match tt.kind(m.sig) {
        Kind::Func(sig)
            if sig.results.is_empty()
                && !sig.variadic
                && sig.params.len() == 2
                && tt.name(sig.params[0]) == "fmt.State"
                && matches!(tt.ukind(sig.params[1]), Kind::Int32) =>
        {
            Some((mty, mval))
        }
        _ => None,
    }
}

// --------------------------------------------------------------------
// fmt.State: the natives of fmt.go's pp (buf, wid, prec, flag)

/// The bits of pp's flag field, in the order of `state_flags`.
const STATE_FLAGS: &[u8] = b"-+# 0";

fn state_flags(f: &Flags) -> i64 {
    // '+' is also %+v's plusV, '#' %#v's sharpV (Go's (*pp).Flag).
    [f.minus, f.plus || f.plus_v, f.sharp || f.sharp_v, f.space, f.zero]
        .iter()
        .enumerate()
        .fold(0, |acc, (i, &on)| if on { acc | 1 << i } else { acc })
}

/// The fields of the pp that `p` (a `*fmt.pp`) points to.
fn pp_fields(vm: &Vm, p: &Value) -> Option<crate::value::Agg> {
    match vm.load_ptr(p) {
        Some(Value::Agg(a)) => Some(a),
        _ => None,
    }
}

fn pp_field(vm: &Vm, p: &Value, i: usize) -> i64 {
    pp_fields(vm, p).and_then(|a| a.borrow().get(i).map(|v| v.as_int())).unwrap_or(-1)
}

/// `func (p *pp) Width() (wid int, ok bool)`
pub(crate) fn pp_width(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let w = pp_field(vm, &args[0], 1);
    NativeOut::Ret(smallvec::smallvec![Value::Int(w.max(0)), Value::Bool(w >= 0)])
}

/// `func (p *pp) Precision() (prec int, ok bool)`
pub(crate) fn pp_precision(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let p = pp_field(vm, &args[0], 2);
    NativeOut::Ret(smallvec::smallvec![Value::Int(p.max(0)), Value::Bool(p >= 0)])
}

/// `func (p *pp) Flag(b int) bool`
pub(crate) fn pp_flag(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let bits = pp_field(vm, &args[0], 3).max(0);
    let c = args.get(1).map_or(0, |v| v.as_int());
    let on = STATE_FLAGS.iter().position(|&f| f as i64 == c).is_some_and(|i| bits & 1 << i != 0);
    NativeOut::Ret(smallvec::smallvec![Value::Bool(on)])
}

/// `func (p *pp) Write(b []byte) (ret int, err error)`, also WriteString.
pub(crate) fn pp_write(vm: &mut Vm, _gi: usize, args: &[Value]) -> NativeOut {
    let data = match args.get(1) {
        Some(Value::Str(s)) => s.to_vec(),
        Some(v) => slice_bytes(v),
        None => Vec::new(),
    };
    if let Some(a) = pp_fields(vm, &args[0]) {
        let mut a = a.borrow_mut();
        if let Some(buf) = a.get_mut(0) {
            let mut b = slice_bytes(buf);
            b.extend_from_slice(&data);
            *buf = crate::natives::byte_slice(b);
        }
    }
    NativeOut::Ret(smallvec::smallvec![Value::Int(data.len() as i64), Value::Nil])
}

/// Calls method `name` of interface value `recv` with `args`.
fn call_iface_method(vm: &mut Vm, gi: usize, recv: &Value, name: &str, args: Vec<Value>) -> Result<Vec<Value>, Value> {
    let Value::Iface(i) = recv else { return Err(vm.rt_error(crate::rterr::RtErr::NilDeref)) };
    let Some((func, deref)) = vm.find_method_by_name(i.ty, name) else { return Ok(Vec::new()) };
    if deref && i.val.is_nil() {
        return Err(vm.rt_error(crate::rterr::RtErr::NilDeref));
    }
    let r = if deref { vm.load_ptr(&i.val).unwrap_or_default() } else { i.val.clone() };
    let mut all = vec![r];
    all.extend(args);
    if func & crate::vm::NATIVE_BIT != 0 {
        return match (vm.natives[(func & !crate::vm::NATIVE_BIT) as usize])(vm, gi, &all) {
            NativeOut::Ret(v) => Ok(v.into_vec()),
            NativeOut::Panic(p) => Err(p),
            _ => Ok(Vec::new()),
        };
    }
    let fv = Value::Func(Rc::new(crate::value::Closure::of_func(func)));
    vm.call_sync(gi, &fv, all)
}

/// `fmt.FormatString(state State, verb rune) string`: the directive the
/// state was made from (Go asks the state's Flag, Width and Precision,
/// which may be the program's own methods).
pub(crate) fn format_string(vm: &mut Vm, gi: usize, args: &[Value]) -> NativeOut {
    let state = args.first().cloned().unwrap_or_default();
    let verb = args.get(1).map_or(0, |v| v.as_int());
    let mut b = vec![b'%'];
    for &c in b" +-#0" {
        match call_iface_method(vm, gi, &state, "Flag", vec![Value::Int(c as i64)]) {
            Ok(v) => {
                if v.first().is_some_and(|v| v.as_bool()) {
                    b.push(c);
                }
            }
            Err(p) => return NativeOut::Panic(p),
        }
    }
    for (name, sep) in [("Width", ""), ("Precision", ".")] {
        match call_iface_method(vm, gi, &state, name, vec![]) {
            Ok(v) => {
                if v.get(1).is_some_and(|ok| ok.as_bool()) {
                    b.extend_from_slice(sep.as_bytes());
                    b.extend_from_slice(v[0].as_int().to_string().as_bytes());
                }
            }
            Err(p) => return NativeOut::Panic(p),
        }
    }
    let verb = u32::try_from(verb).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    b.extend_from_slice(verb.encode_utf8(&mut tmp).as_bytes());
    NativeOut::Ret(smallvec::smallvec![Value::bytes(&b)])
}

/// A new `&pp{wid: wid, prec: prec, flag: flags}` as a `fmt.State`
/// (None if the program has no `*fmt.pp`, which fmt always declares).
fn make_state(vm: &Vm, wid: i64, prec: i64, flags: i64) -> Option<Value> {
    let tt = &vm.prog.types;
    let pp = (0..tt.len() as u32).map(TypeId).find(|&id| match tt.kind(id) {
        Kind::Pointer(e) => tt.named_info(*e).is_some() && tt.name(*e) == "fmt.pp",
        _ => false,
    })?;
    let obj = crate::value::AggObj::new(vec![Value::Nil, Value::Int(wid), Value::Int(prec), Value::Int(flags)].into());
    Some(Value::Iface(Rc::new(Iface::new(pp, Value::Pointer(crate::value::Pointer::Agg(obj))))))
}

fn is_basic(k: &Kind) -> bool {
    use Kind::*;
    matches!(
        k,
        Bool | Int
            | Int8
            | Int16
            | Int32
            | Int64
            | Uint
            | Uint8
            | Uint16
            | Uint32
            | Uint64
            | Uintptr
            | Float32
            | Float64
            | Complex64
            | Complex128
            | String
    )
}

/// The bytes of a `[]byte` value.
pub fn slice_bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::Slice(s) => s.arr.borrow()[s.off as usize..(s.off + s.len) as usize].iter().map(|x| x.as_int() as u8).collect(),
        Value::Bytes(b) => b.to_vec(),
        Value::Agg(a) => a.borrow().iter().map(|x| x.as_int() as u8).collect(),
        _ => Vec::new(),
    }
}

/// Models internal/fmtsort's `compare` for map keys of type `t`.
pub(crate) fn compare_keys(a: &Value, b: &Value, t: TypeId, tt: &types::TypeTable) -> Ordering {
    match tt.ukind(t) {
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => a.as_int().cmp(&b.as_int()),
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            (a.as_int() as u64).cmp(&(b.as_int() as u64))
        }
        Kind::String => a.str_bytes().cmp(b.str_bytes()),
        Kind::Float32 | Kind::Float64 => cmp_float(a.as_float(), b.as_float()),
        Kind::Complex64 | Kind::Complex128 => {
            let (ar, ai) = match a {
                Value::Complex(x, y) => (*x, *y),
                _ => (0.0, 0.0),
            };
            let (br, bi) = match b {
                Value::Complex(x, y) => (*x, *y),
                _ => (0.0, 0.0),
            };
            cmp_float(ar, br).then(cmp_float(ai, bi))
        }
        Kind::Bool => a.as_bool().cmp(&b.as_bool()),
        Kind::Pointer(_) | Kind::Chan(..) | Kind::UnsafePointer => addr_of(a).cmp(&addr_of(b)),
        Kind::Struct(fields) => {
            let (x, y) = match (a, b) {
                (Value::Agg(x), Value::Agg(y)) => (x.borrow().to_vec(), y.borrow().to_vec()),
                _ => return Ordering::Equal,
            };
            for (i, fd) in fields.iter().enumerate() {
                let c = compare_keys(&x[i], &y[i], fd.ty, tt);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Array(_, et) => {
            let (x, y) = (a.array_elems(), b.array_elems());
            for (p, q) in x.iter().zip(y.iter()) {
                let c = compare_keys(p, q, *et, tt);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Interface { .. } => match (a, b) {
            (Value::Iface(x), Value::Iface(y)) => {
                if x.ty != y.ty {
                    return x.ty.cmp(&y.ty);
                }
                compare_keys(&x.val, &y.val, x.ty, tt)
            }
            (Value::Iface(_), _) => Ordering::Greater,
            (_, Value::Iface(_)) => Ordering::Less,
            _ => Ordering::Equal,
        },
        _ => Ordering::Equal,
    }
}

fn cmp_float(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

impl PrintfArgs for Printer<'_, '_> {
    fn len(&self) -> usize {
        self.args.len()
    }
    fn int_arg(&self, i: usize) -> Option<i64> {
        let Value::Iface(x) = &self.args[i] else { return None };
        let tt = &self.vm.prog.types;
        if !tt.is_integer(x.ty) {
            return None;
        }
        let n = x.val.as_int();
        if tt.is_unsigned(x.ty) && n < 0 {
            return None;
        }
        Some(n)
    }
    fn print_arg(&mut self, out: &mut Vec<u8>, i: usize, verb: char, flags: &Flags) {
        if verb == 'w' && self.wrap_errs {
            self.wrapped.push(i);
        }
        let a = self.args[i].clone();
        Printer::print_arg(self, out, &a, verb, flags);
    }
    fn type_name(&self, i: usize) -> Option<String> {
        match &self.args[i] {
            Value::Iface(x) => Some(self.tname(x.ty)),
            _ => None,
        }
    }
    fn is_string_kind(&self, i: usize) -> bool {
        match &self.args[i] {
            Value::Iface(x) => matches!(self.vm.prog.types.ukind(x.ty), Kind::String),
            _ => false,
        }
    }
}

/// The elements of a `...any` slice.
pub fn variadic(v: &Value) -> Vec<Value> {
    v.slice_elems()
}

/// `fmt.Sprint`.
pub fn sprint(vm: &mut Vm, gi: usize, args: Vec<Value>) -> Vec<u8> {
    let mut out = Vec::new();
    gfmt::do_print(&mut out, &mut Printer::new(vm, gi, args));
    out
}

/// `fmt.Sprintln`.
pub fn sprintln(vm: &mut Vm, gi: usize, args: Vec<Value>) -> Vec<u8> {
    let mut out = Vec::new();
    gfmt::do_println(&mut out, &mut Printer::new(vm, gi, args));
    out
}

/// `fmt.Sprintf`.
pub fn sprintf(vm: &mut Vm, gi: usize, format: &[u8], args: Vec<Value>) -> Vec<u8> {
    let mut out = Vec::new();
    gfmt::do_printf(&mut out, format, &mut Printer::new(vm, gi, args));
    out
}

/// Errorf's formatting: the text and the operand indexes of `%w` verbs.
pub fn errorf(vm: &mut Vm, gi: usize, format: &[u8], args: Vec<Value>) -> (Vec<u8>, Vec<usize>) {
    let mut out = Vec::new();
    let mut p = Printer::new(vm, gi, args);
    p.wrap_errs = true;
    gfmt::do_printf(&mut out, format, &mut p);
    let w = std::mem::take(&mut p.wrapped);
    (out, w)
}

/// `%v` of one interface value.
pub fn sprint_value(vm: &mut Vm, gi: usize, v: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    Printer::new(vm, gi, vec![]).print_arg(&mut out, v, 'v', &Flags::default());
    out
}

// --------------------------------------------------------------------
// runtime printing

/// The runtime's `print`/`println` rendering of one operand (an interface
/// value carrying the operand's static type).
pub fn runtime_print_arg(vm: &Vm, v: &Value) -> Vec<u8> {
    use gostd::runtime_print as rp;
    let (ty, val) = match v {
        Value::Iface(i) => (i.ty, &i.val),
        _ => return b"(0x0,0x0)".to_vec(),
    };
    let tt = &vm.prog.types;
    match tt.ukind(ty) {
        Kind::Bool | Kind::UntypedBool => rp::print_bool(val.as_bool()).into(),
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            rp::print_uint(val.as_int() as u64).into_bytes()
        }
        _ if tt.is_integer(ty) => rp::print_int(val.as_int()).into_bytes(),
        Kind::Float32 => rp::print_float32(val.as_float() as f32).into_bytes(),
        Kind::Float64 | Kind::UntypedFloat => rp::print_float(val.as_float()).into_bytes(),
        Kind::Complex64 | Kind::Complex128 | Kind::UntypedComplex => {
            let (a, b) = match val {
                Value::Complex(a, b) => (*a, *b),
                _ => (0.0, 0.0),
            };
            if matches!(tt.ukind(ty), Kind::Complex64) {
                rp::print_complex64(a as f32, b as f32).into_bytes()
            } else {
                rp::print_complex(a, b).into_bytes()
            }
        }
        Kind::String | Kind::UntypedString => val.str_bytes().to_vec(),
        Kind::Slice(_) => {
            let (l, c) = val.slice_len_cap();
            let a = if val.is_nil() { 0 } else { addr_of(val) as u64 };
            format!("[{l}/{c}]{}", rp::print_hex(a)).into_bytes()
        }
        Kind::Pointer(_) | Kind::Map(..) | Kind::Chan(..) | Kind::Func(_) | Kind::UnsafePointer => {
            let a = match val {
                Value::Nil => 0,
                Value::Int(i) => *i as u64,
                _ => addr_of(val) as u64,
            };
            rp::print_hex(a).into_bytes()
        }
        _ => {
            // An interface: its type word (the dynamic type's; 0 for a nil
            // interface) and its data word.
            let (t, a) = match val {
                Value::Iface(i) => (0x4a0000 + i.ty.0 as u64 * 0x20, addr_of(&i.val) as u64),
                v if v.is_nil() => (0, 0),
                v => (0x4a0000 + ty.0 as u64 * 0x20, addr_of(v) as u64),
            };
            format!("(0x{t:x},0x{a:x})").into_bytes()
        }
    }
}

/// The text printed after `panic: ` for value `v` (preprintpanics + printpanicval).
pub fn panic_value_text(vm: &mut Vm, gi: usize, v: &Value) -> String {
    match preprint_panic_value(vm, gi, v) {
        Ok(s) => s,
        Err(_) => {
            let ty = match v {
                Value::Iface(i) => i.ty,
                _ => TypeId::VOID,
            };
            let a = match v {
                Value::Iface(i) if !i.val.is_nil() => addr_of(&i.val),
                _ => 0,
            };
            format!("({}) {:#x}", vm.prog.types.name(ty), a)
        }
    }
}

/// Models runtime.preprintpanics + printpanicval for one value: Ok(the text
/// after `panic: `), or Err(the fatal error message Go throws when the
/// value's Error/String method panics: `panic while printing panic value:
/// <string value>` or `... : type <T>`).
pub fn preprint_panic_value(vm: &mut Vm, gi: usize, v: &Value) -> Result<String, String> {
    use gostd::runtime_print::{print_panic_value, PanicValue};
    let mut out = Vec::new();
    let (ty, val) = match v {
        Value::Iface(i) => (i.ty, i.val.clone()),
        Value::Str(s) => return Ok(String::from_utf8_lossy(s).into_owned()),
        _ => {
            print_panic_value(&mut out, &PanicValue::Nil);
            return Ok(String::from_utf8_lossy(&out).into_owned());
        }
    };
    // preprintpanics: error, then Stringer.
    {
        let p = Printer::new(vm, gi, vec![]);
        let rt = p.is_rt_error(ty);
        drop(p);
        if rt {
            if let Value::Str(s) = &val {
                print_panic_value(&mut out, &PanicValue::Str(s));
                return Ok(String::from_utf8_lossy(&out).into_owned());
            }
        }
    }
    for m in ["Error", "String"] {
        if let Some((mty, mval)) = method_target(vm, ty, &val, m) {
            let _guard = MethodCallGuard::enter(vm, gi);
            // Go calls it from printpanics under gopanic: a method that
            // blocks shows `panic` below its frame.
            let at = vm.gs.get(gi).map_or(0, |g| g.frames.len());
            vm.method_callers.push((gi, at, vec!["panic"]));
            let r = vm.call_method_sync(gi, mty, &mval, m);
            vm.method_callers.pop();
            match r {
                Some(Ok(r)) => {
                    let s = r.first().map(|s| s.str_bytes().to_vec()).unwrap_or_default();
                    print_panic_value(&mut out, &PanicValue::Str(&s));
                    return Ok(String::from_utf8_lossy(&out).into_owned());
                }
                Some(Err(p)) => {
                    let text = "panic while printing panic value";
                    return Err(match &p {
                        Value::Iface(x) if matches!(vm.prog.types.kind(x.ty), Kind::String) => {
                            format!("{text}: {}", String::from_utf8_lossy(x.val.str_bytes()))
                        }
                        Value::Iface(x) => format!("{text}: type {}", vm.prog.types.name(x.ty)),
                        _ => format!("{text}: type <nil>"),
                    });
                }
                None => {}
            }
            break;
        }
    }
    let tt = &vm.prog.types;
    let name = tt.name(ty);
    let named = tt.named_info(ty).is_some();
    let inner: Option<PanicValue> = match tt.ukind(ty) {
        Kind::Bool => Some(PanicValue::Bool(val.as_bool())),
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            Some(PanicValue::Uint(val.as_int() as u64))
        }
        _ if tt.is_integer(ty) => Some(PanicValue::Int(val.as_int())),
        Kind::Float32 => Some(PanicValue::Float32(val.as_float() as f32)),
        Kind::Float64 => Some(PanicValue::Float64(val.as_float())),
        Kind::Complex64 | Kind::Complex128 => {
            let (a, b) = match &val {
                Value::Complex(a, b) => (*a, *b),
                _ => (0.0, 0.0),
            };
            Some(if matches!(tt.ukind(ty), Kind::Complex64) {
                PanicValue::Complex64(a as f32, b as f32)
            } else {
                PanicValue::Complex128(a, b)
            })
        }
        Kind::String => Some(PanicValue::Str(val.str_bytes())),
        _ => None,
    };
    match inner {
        Some(iv) if named => print_panic_value(&mut out, &PanicValue::Named(&name, Box::new(iv))),
        Some(iv) => print_panic_value(&mut out, &iv),
        None => {
            let a = if val.is_nil() { 0 } else { addr_of(&val) as u64 };
            print_panic_value(&mut out, &PanicValue::Other(&name, a))
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}
