//! Views of the machine's state shared by the tracer, the debugger and the
//! unwind report: values, code locations, frames (as Go's traceback shows
//! them), the `_defer` and `_panic` chains, segments and registers.
//!
//! Every view takes the VM read-only. Code locations are `func+0xNN` where
//! NN is the bytecode pc (the index of the instruction), and `file:line`.

use std::fmt::Write as _;

use runtime::proc::{Defer, DeferFn, DeferredCall, Frame, RetTo, G};
use runtime::value::{Pointer, Value};
use runtime::Vm;
use types::Kind;

/// How many elements of a slice, array or map a value rendering shows.
const MAX_ELEMS: usize = 8;

/// `0xc000001f80`.
pub fn hex(x: u64) -> String {
    format!("{x:#x}")
}

pub fn func_name<'a>(vm: &'a Vm, f: u32) -> &'a str {
    vm.prog.funcs.get(f as usize).map(|p| p.name.as_str()).unwrap_or("?")
}

/// `main.f+0x3`.
pub fn pc_loc(vm: &Vm, f: u32, pc: u32) -> String {
    format!("{}+{:#x}", func_name(vm, f), pc)
}

/// The source file's name as the program was compiled.
pub fn file(vm: &Vm) -> String {
    let f = vm.prog.file.as_str();
    f.rsplit('/').next().unwrap_or(f).to_string()
}

pub fn line(vm: &Vm, f: u32, pc: u32) -> u32 {
    vm.prog.funcs.get(f as usize).map(|p| p.line_at(pc)).unwrap_or(0)
}

/// The pc of the instruction frame `fi` is executing
/// (`runtime::traceback::exec_pc`); at a step stop (`exact_top`) the top
/// frame's saved pc is the instruction about to run.
pub fn cur_pc(vm: &Vm, g: &G, fi: usize, exact_top: bool) -> u32 {
    if exact_top && fi + 1 == g.frames.len() {
        g.frames[fi].pc
    } else {
        runtime::traceback::exec_pc(vm.prog, g, fi)
    }
}

/// `main.main.func1(1, "x")`: a deferred or started call with its
/// evaluated arguments.
pub fn call_text(vm: &Vm, call: &DeferredCall) -> String {
    let args: Vec<String> = call.args.iter().map(|a| value(vm, a)).collect();
    format!("{}({})", defer_fn_name(vm, &call.func), args.join(", "))
}

pub fn defer_fn_name(vm: &Vm, f: &DeferFn) -> String {
    match f {
        DeferFn::Closure(c) => match c.native {
            Some(n) => native_name(vm, n),
            None => func_name(vm, c.func).to_string(),
        },
        DeferFn::Native(n) => native_name(vm, *n),
        DeferFn::Nil => "nil".into(),
    }
}

fn native_name(vm: &Vm, n: u16) -> String {
    vm.prog.natives.get(n as usize).cloned().unwrap_or_else(|| format!("native#{n}"))
}

/// A value as the debugger prints it (Go syntax where it can).
pub fn value(vm: &Vm, v: &Value) -> String {
    let mut s = String::new();
    write_value(vm, v, None, &mut s, 0);
    s
}

fn write_value(vm: &Vm, v: &Value, ty: Option<types::TypeId>, s: &mut String, depth: usize) {
    if depth > 4 {
        s.push_str("...");
        return;
    }
    let tt = &vm.prog.types;
    match v {
        Value::Nil => s.push_str("nil"),
        Value::Bool(b) => {
            let _ = write!(s, "{b}");
        }
        Value::Int(i) => match ty.map(|t| tt.ukind(t)) {
            Some(Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr) => {
                let _ = write!(s, "{}", *i as u64);
            }
            _ => {
                let _ = write!(s, "{i}");
            }
        },
        Value::Float(f) => {
            let _ = write!(s, "{f:?}");
        }
        Value::Complex(a, b) => {
            let _ = write!(s, "({a:?}{b:+?}i)");
        }
        Value::Str(b) => {
            let _ = write!(s, "{:?}", String::from_utf8_lossy(b));
        }
        Value::Cell(c) => write_value(vm, &c.borrow(), ty, s, depth + 1),
        Value::Agg(a) => write_elems(vm, &a.borrow(), ty, s, depth),
        Value::Pointer(p) => {
            s.push('&');
            let elem = ty.and_then(|t| match tt.ukind(t) {
                Kind::Pointer(e) => Some(*e),
                _ => None,
            });
            match p {
                Pointer::Agg(a) => write_elems(vm, &a.borrow(), elem, s, depth + 1),
                Pointer::Elem(a, i) => {
                    let x = a.borrow().get(*i as usize).cloned().unwrap_or_default();
                    write_value(vm, &x, elem, s, depth + 1)
                }
                Pointer::Cell(c) => write_value(vm, &c.borrow(), elem, s, depth + 1),
                Pointer::Byte(a, i) => write_value(vm, &a.get(*i as usize).unwrap_or_default(), elem, s, depth + 1),
                Pointer::Global(g) => {
                    let x = vm.globals.get(*g as usize).cloned().unwrap_or_default();
                    write_value(vm, &x, elem, s, depth + 1)
                }
            }
        }
        Value::Slice(_) | Value::Bytes(_) => {
            let (len, cap) = v.slice_len_cap();
            s.push_str("[]");
            if len != cap {
                let _ = write!(s, "len={len} cap={cap} ");
            }
            let elems = v.slice_elems();
            let elem = ty.and_then(|t| match tt.ukind(t) {
                Kind::Slice(e) => Some(*e),
                _ => None,
            });
            write_list(vm, &elems, elem, s, depth);
        }
        Value::Map(m) => {
            let _ = write!(s, "map[len={}]", m.borrow().entries.len());
        }
        Value::Func(c) => match c.native {
            Some(n) => s.push_str(&native_name(vm, n)),
            None => s.push_str(func_name(vm, c.func)),
        },
        Value::Iface(i) => {
            let _ = write!(s, "{}(", tt.name(i.ty));
            write_value(vm, &i.val, Some(i.ty), s, depth + 1);
            s.push(')');
        }
        Value::Chan(c) => {
            let _ = write!(s, "chan {}", hex(runtime::value::addr_of(&Value::Chan(c.clone())) as u64));
        }
        Value::Iter(_) => s.push_str("<range iterator>"),
    }
}

/// A struct (with field names when the type is known) or an array.
fn write_elems(vm: &Vm, elems: &[Value], ty: Option<types::TypeId>, s: &mut String, depth: usize) {
    let tt = &vm.prog.types;
    if let Some(Kind::Struct(fields)) = ty.map(|t| tt.ukind(t)) {
        s.push('{');
        for (i, v) in elems.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if let Some(f) = fields.get(i) {
                let _ = write!(s, "{}: ", f.name);
                write_value(vm, v, Some(f.ty), s, depth + 1);
            } else {
                write_value(vm, v, None, s, depth + 1);
            }
        }
        s.push('}');
        return;
    }
    let elem = ty.and_then(|t| match tt.ukind(t) {
        Kind::Array(_, e) => Some(*e),
        _ => None,
    });
    write_list(vm, elems, elem, s, depth);
}

fn write_list(vm: &Vm, elems: &[Value], elem: Option<types::TypeId>, s: &mut String, depth: usize) {
    s.push('{');
    for (i, v) in elems.iter().enumerate() {
        if i == MAX_ELEMS {
            let _ = write!(s, ", ...+{} more", elems.len() - MAX_ELEMS);
            break;
        }
        if i > 0 {
            s.push_str(", ");
        }
        write_value(vm, v, elem, s, depth + 1);
    }
    s.push('}');
}

/// Who returns into a frame (its `RetTo`), in words.
pub fn ret_text(vm: &Vm, g: &G, fi: usize) -> String {
    match g.frames[fi].ret {
        RetTo::Caller { .. } => "caller".into(),
        RetTo::DeferReturn => {
            let below = fi.checked_sub(1).map(|b| func_name(vm, g.frames[b].func)).unwrap_or("?");
            format!("deferreturn of {below}")
        }
        RetTo::Panic(id) => match g.panics.iter().find(|p| p.id == id) {
            Some(p) if p.goexit => format!("Goexit {id}"),
            _ => format!("panic {id}"),
        },
        RetTo::Goexit => "goexit (goroutine entry)".into(),
        RetTo::Native => "native caller".into(),
    }
}

/// The `ret` of a frame as a short machine word (trace and JSON).
pub fn ret_word(ret: RetTo) -> String {
    match ret {
        RetTo::Caller { .. } => "caller".into(),
        RetTo::DeferReturn => "deferreturn".into(),
        RetTo::Panic(id) => format!("panic:{id}"),
        RetTo::Goexit => "goexit".into(),
        RetTo::Native => "native".into(),
    }
}

/// The index in `G::frames` of the frame owning `_defer` record `d`.
pub fn defer_owner(g: &G, d: &Defer) -> Option<usize> {
    g.frames.iter().rposition(|f| f.sp == d.sp)
}

/// The deferred calls pending in frame `fi`, newest first (the order they
/// will run): open-coded slots with their bit set, then linked records.
pub fn frame_defers(vm: &Vm, g: &G, fi: usize) -> Vec<String> {
    let f = &g.frames[fi];
    let mut out = Vec::new();
    for i in (0..8).rev() {
        if f.defer_bits & (1 << i) != 0 {
            if let Some(Some(c)) = f.open_slots.get(i) {
                out.push(format!("{} (open-coded, slot {i})", call_text(vm, c)));
            }
        }
    }
    for d in g.defers.iter().rev().filter(|d| d.sp == f.sp) {
        out.push(format!(
            "{} ({}, pc={})",
            call_text(vm, &d.call),
            if d.heap { "heap _defer" } else { "stack _defer" },
            pc_loc(vm, f.func, d.pc)
        ));
    }
    out
}

/// One row of a stack listing: either a VM frame or the runtime frame Go's
/// traceback shows between a deferred call and the frames it unwinds.
pub enum StackRow {
    Frame { n: usize, fi: usize },
    Runtime { text: String },
}

/// The goroutine's frames innermost first, as Go's traceback orders them:
/// a deferred call run by a panic is followed by `runtime.gopanic` (or
/// `runtime.Goexit`), then the frame that deferred it and those below.
pub fn stack_rows(g: &G) -> Vec<StackRow> {
    let mut rows = Vec::new();
    let n = g.frames.len();
    for (depth, fi) in (0..n).rev().enumerate() {
        rows.push(StackRow::Frame { n: depth, fi });
        match g.frames[fi].ret {
            RetTo::Panic(id) => {
                let (what, val) = match g.panics.iter().find(|p| p.id == id) {
                    Some(p) if p.goexit => ("runtime.Goexit()".to_string(), String::new()),
                    Some(_) => ("runtime.gopanic".to_string(), String::new()),
                    None => ("runtime.gopanic".to_string(), " (finished)".to_string()),
                };
                let text = if what.starts_with("runtime.gopanic") { format!("{what}(panic {id}){val}") } else { what };
                rows.push(StackRow::Runtime { text });
            }
            RetTo::DeferReturn => rows.push(StackRow::Runtime { text: "runtime.deferreturn()".into() }),
            _ => {}
        }
    }
    rows
}

/// `bt`: the stack listing, optionally with each frame's deferred calls.
pub fn stack_text(vm: &Vm, gi: usize, exact_top: bool, with_defers: bool, cur: Option<usize>) -> String {
    let g = &vm.gs[gi];
    let mut s = String::new();
    for row in stack_rows(g) {
        match row {
            StackRow::Frame { n, fi } => {
                let f = &g.frames[fi];
                let pc = cur_pc(vm, g, fi, exact_top);
                let mark = if cur == Some(n) { "=>" } else { "  " };
                let _ = writeln!(s, "{mark}{n:>2}  {}() at {}:{}", func_name(vm, f.func), file(vm), line(vm, f.func, pc));
                let _ = writeln!(s, "      pc={} sp={} fp={} seg={}", pc_loc(vm, f.func, pc), hex(f.sp), hex(f.fp), f.seg);
                if with_defers {
                    for (k, d) in frame_defers(vm, g, fi).iter().enumerate() {
                        let _ = writeln!(s, "      defer {k}: {d}");
                    }
                }
            }
            StackRow::Runtime { text } => {
                let _ = writeln!(s, "   -  {text}");
            }
        }
    }
    if g.frames.is_empty() {
        s.push_str("(no frames)\n");
    }
    s
}

/// `defers`: the g's `_defer` chain (newest first) with every field, then
/// each frame's open-coded defers.
pub fn defers_text(vm: &Vm, gi: usize) -> String {
    let g = &vm.gs[gi];
    let mut s = format!("_defer chain of goroutine {} (newest first):\n", g.goid);
    if g.defers.is_empty() {
        s.push_str("  (empty)\n");
    }
    for (k, d) in g.defers.iter().rev().enumerate() {
        let owner = defer_owner(g, d);
        let (ofn, oname) = match owner {
            Some(fi) => (g.frames[fi].func, func_name(vm, g.frames[fi].func).to_string()),
            None => (0, "?".into()),
        };
        let _ = writeln!(
            s,
            "  [{k}] {}\n      heap={} sp={} pc={} ({}:{})\n      frame={} {}",
            call_text(vm, &d.call),
            d.heap,
            hex(d.sp),
            pc_loc(vm, ofn, d.pc),
            file(vm),
            line(vm, ofn, d.pc.saturating_sub(1)),
            owner.map(|fi| (g.frames.len() - 1 - fi).to_string()).unwrap_or("-".into()),
            oname
        );
    }
    s.push_str("open-coded defers:\n");
    let mut any = false;
    for fi in (0..g.frames.len()).rev() {
        let f: &Frame = &g.frames[fi];
        if f.open_slots.is_empty() {
            continue;
        }
        any = true;
        let _ = writeln!(s, "  frame {} {}: deferBits={:#010b}", g.frames.len() - 1 - fi, func_name(vm, f.func), f.defer_bits);
        for (i, slot) in f.open_slots.iter().enumerate() {
            let set = f.defer_bits & (1 << i) != 0;
            let text = slot.as_ref().map(|c| call_text(vm, c)).unwrap_or_else(|| "-".into());
            let _ = writeln!(s, "      slot {i}: {text}{}", if set { "" } else { " (bit clear)" });
        }
    }
    if !any {
        s.push_str("  (none)\n");
    }
    s
}

/// `panics`: the g's `_panic` chain, newest first, with every field.
pub fn panics_text(vm: &Vm, gi: usize) -> String {
    let g = &vm.gs[gi];
    let mut s = format!("_panic chain of goroutine {} (newest first):\n", g.goid);
    if g.panics.is_empty() {
        s.push_str("  (empty)\n");
    }
    let fname = |fi: usize| g.frames.get(fi).map(|f| func_name(vm, f.func).to_string()).unwrap_or_else(|| "(gone)".into());
    for (k, p) in g.panics.iter().rev().enumerate() {
        let kind = if p.goexit { "Goexit" } else { "panic" };
        let _ = writeln!(s, "  [{k}] {kind} {} arg={}", p.id, if p.goexit { "-".into() } else { value(vm, &p.arg) });
        let _ = writeln!(s, "      startSP={} (started in {})", hex(p.start_sp), fname(p.start_frame));
        let _ = writeln!(s, "      sp={} (running the defers of {})", hex(p.sp), fname(p.frame));
        let call = if p.call_frame == usize::MAX { "-".to_string() } else { fname(p.call_frame) };
        let retpc = if p.call_frame == usize::MAX { "-" } else { func_name(vm, p.retpc) };
        let _ = writeln!(s, "      retpc={retpc} deferred call running: {call}");
        let _ = writeln!(s, "      recovered={} repanicked={} goexit={}", p.recovered, p.repanicked, p.goexit);
    }
    s
}

/// `segments`: the stack's segments, newest last, and how full each is.
pub fn segments_text(vm: &Vm, gi: usize) -> String {
    let g = &vm.gs[gi];
    let st = &g.stack;
    let mut s =
        format!("stack of goroutine {}: {} segment(s), {} bytes, {} morestack call(s)\n", g.goid, st.segs.len(), st.total, st.splits);
    for (i, seg) in st.segs.iter().enumerate() {
        let on: Vec<usize> = (0..g.frames.len()).filter(|&fi| g.frames[fi].seg as usize == i).collect();
        let low_sp = on.iter().map(|&fi| g.frames[fi].sp).min();
        let used = low_sp.map(|sp| seg.hi - sp).unwrap_or(0);
        let _ = writeln!(
            s,
            "  seg {i}: lo={} hi={} guard={} size={} used={} frames={}",
            hex(seg.lo),
            hex(seg.hi),
            hex(seg.stackguard()),
            seg.size(),
            used,
            on.len()
        );
    }
    s
}

/// `regs`: sp, fp and pc of frame `fi`, and its segment.
pub fn regs_text(vm: &Vm, gi: usize, fi: usize, exact_top: bool) -> String {
    let g = &vm.gs[gi];
    let f = &g.frames[fi];
    let pc = cur_pc(vm, g, fi, exact_top);
    let seg = &g.stack.segs[f.seg as usize];
    format!(
        "   pc = {} ({}:{})\n   sp = {}\n   fp = {}\n  seg = {} lo={} hi={} guard={}\n",
        pc_loc(vm, f.func, pc),
        file(vm),
        line(vm, f.func, pc),
        hex(f.sp),
        hex(f.fp),
        f.seg,
        hex(seg.lo),
        hex(seg.hi),
        hex(seg.stackguard())
    )
}

/// The slot values of frame `fi`: (name, value), for `args` (parameters
/// and results) or `locals` (the rest).
pub fn slots(vm: &Vm, gi: usize, fi: usize, args: bool, exact_top: bool) -> Vec<(String, String)> {
    let g = &vm.gs[gi];
    let f = &g.frames[fi];
    let proto = &vm.prog.funcs[f.func as usize];
    let pc = cur_pc(vm, g, fi, exact_top);
    let (np, nr) = (proto.nparams as usize, proto.nresults as usize);
    let range = if args { 0..np + nr } else { np + nr..proto.nslots as usize };
    let mut out = Vec::new();
    for slot in range {
        let v = g.stack.segs[f.seg as usize].slots.get(f.base as usize + slot).cloned().unwrap_or_default();
        let name = slot_name(vm, f.func, slot as u16, pc).unwrap_or_else(|| {
            if slot >= np && slot < np + nr {
                format!("~r{}", slot - np)
            } else {
                format!("R{slot}")
            }
        });
        if !args && matches!(v, Value::Nil) && slot_name(vm, f.func, slot as u16, pc).is_none() {
            continue; // unnamed, unused temporaries
        }
        out.push((name, value(vm, &v)));
    }
    out
}

/// The name of slot `slot` at `pc` from the function's debug table.
pub fn slot_name(vm: &Vm, f: u32, slot: u16, pc: u32) -> Option<String> {
    let proto = &vm.prog.funcs[f as usize];
    proto.locals.iter().find(|l| l.loc == bytecode::VarLoc::Slot(slot) && l.live_at(pc)).map(|l| l.name.clone())
}

/// The slot holding variable `name` at `pc`, from the debug table or `R3`.
pub fn find_slot(vm: &Vm, f: u32, name: &str, pc: u32) -> Option<u16> {
    let proto = &vm.prog.funcs[f as usize];
    // The last matching entry: a shadowing declaration comes after the one
    // it shadows.
    if let Some(bytecode::VarLoc::Slot(s)) = proto.locals.iter().rev().find(|l| l.name == name && l.live_at(pc)).map(|l| l.loc) {
        return Some(s);
    }
    let n: u16 = name.strip_prefix('R')?.parse().ok()?;
    (n < proto.nslots).then_some(n)
}

/// `goroutines`: one line per live goroutine.
pub fn goroutines_text(vm: &Vm, cur_gi: Option<usize>) -> String {
    let mut s = String::new();
    for (gi, g) in vm.gs.iter().enumerate() {
        if g.status == runtime::proc::Gstatus::Dead {
            continue;
        }
        let mark = if cur_gi == Some(gi) { "*" } else { " " };
        let top = match g.frames.last() {
            Some(f) => {
                let pc = runtime::traceback::exec_pc(vm.prog, g, g.frames.len() - 1);
                format!("{} ({}:{})", func_name(vm, f.func), file(vm), line(vm, f.func, pc))
            }
            None => "(no frames)".into(),
        };
        let status = match g.status {
            runtime::proc::Gstatus::Running => "running".to_string(),
            runtime::proc::Gstatus::Runnable => "runnable".to_string(),
            runtime::proc::Gstatus::Waiting => format!("waiting: {}", g.waitreason),
            runtime::proc::Gstatus::Dead => "dead".into(),
        };
        let _ = write!(s, "{mark} Goroutine {} - {top} [{status}]", g.goid);
        if let Some((by, l, _)) = &g.created_by {
            let _ = write!(s, " created by {by} at {}:{l}", file(vm));
        }
        s.push('\n');
    }
    s
}
