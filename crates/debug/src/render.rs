//! Text views of the machine's state shared by the tracer, the debugger and
//! the unwind report: code locations, frames (as Go's traceback shows
//! them), variables, the `_defer` and `_panic` chains, segments and
//! registers. Everything is read through the runtime's inspection API
//! ([`Inspector`]); values are written in Go syntax (`%#v`, bounded).
//!
//! Code locations are `func+0xNN` where NN is the bytecode pc (the index
//! of the instruction), and `file:line`.

use std::fmt::Write as _;

use runtime::inspect::{CallInfo, DeferKind, FrameInfo, FrameRet, Inspector, RenderOpts, Status, VarInfo};
use runtime::value::Value;

/// `0xc000001f80`.
pub fn hex(x: u64) -> String {
    format!("{x:#x}")
}

/// `main.f+0x3`.
pub fn pc_loc(insp: &Inspector, f: u32, pc: u32) -> String {
    format!("{}+{:#x}", insp.func_name(f), pc)
}

/// `prog.go:12` (a library function names its own file).
pub fn file_line(insp: &Inspector, f: u32, pc: u32) -> String {
    format!("{}:{}", insp.file_name(insp.func_file(f)), insp.line_at(f, pc))
}

/// A frame's `file:line`.
pub fn frame_loc(insp: &Inspector, fr: &FrameInfo) -> String {
    format!("{}:{}", insp.file_name(fr.file), fr.line)
}

/// A value of static type `ty`, as the debugger prints it.
pub fn value(insp: &Inspector, v: &Value, ty: types::TypeId) -> String {
    insp.render(v, ty, RenderOpts::DEBUG)
}

/// A value whose static type is not known (a panic value, a deferred
/// call's argument): interfaces show their dynamic type.
pub fn dyn_value(insp: &Inspector, v: &Value) -> String {
    insp.render_dyn(v, RenderOpts::SHORT)
}

/// `fmt.Println("x", 1)`: a deferred or started call with its evaluated
/// arguments. The variadic `[]any` argument a native such as fmt.Println
/// receives is spread out again, as the call was written.
pub fn call_text(insp: &Inspector, c: &CallInfo) -> String {
    format!("{}({})", c.func_name, args_text(insp, c))
}

/// A deferred method value's receiver, in Go syntax when its type is known.
/// A library type's receiver (`defer wg.Done()`) is shown by its type and
/// address only: its fields are the library's business.
pub fn recv_value(insp: &Inspector, c: &CallInfo, r: &Value) -> String {
    let Some(ty) = c.recv_ty else { return dyn_value(insp, r) };
    let name = insp.type_name(ty);
    let base = name.trim_start_matches('*');
    if !base.starts_with("main.") && base.contains('.') {
        return match name.strip_prefix('*') {
            Some(_) => format!("({name})({})", dyn_value(insp, r)),
            None => format!("{name}{{...}}"),
        };
    }
    value(insp, r, ty)
}

/// ` (receiver V)` for a deferred method value, whose receiver was
/// evaluated (and copied, for a value receiver) at the defer statement.
pub fn recv_note(insp: &Inspector, c: &CallInfo) -> String {
    match &c.recv {
        Some(r) => format!(" (receiver {})", recv_value(insp, c, r)),
        None => String::new(),
    }
}

/// The arguments of a call, comma-separated, in Go syntax.
pub fn args_text(insp: &Inspector, c: &CallInfo) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (i, a) in c.args.iter().enumerate() {
        let last = i + 1 == c.args.len();
        let spread =
            c.native && last && matches!(a, Value::Slice(_)) && a.slice_elems().iter().all(|e| matches!(e, Value::Iface(_) | Value::Nil));
        if spread {
            parts.extend(a.slice_elems().iter().map(|e| dyn_value(insp, e)));
        } else {
            parts.push(dyn_value(insp, a));
        }
    }
    parts.join(", ")
}

/// The `ret` of a frame in words.
pub fn ret_text(insp: &Inspector, gi: usize, fr: &FrameInfo) -> String {
    match fr.ret {
        FrameRet::Caller => "caller".into(),
        FrameRet::DeferReturn => {
            let below = fr.fi.checked_sub(1).map(|b| insp.frame(gi, b, false).name).unwrap_or_else(|| "?".into());
            format!("deferreturn of {below}")
        }
        FrameRet::Panic(id) => format!("panic {id}"),
        FrameRet::Goexit(id) => format!("Goexit {id}"),
        FrameRet::Entry => "goexit (goroutine entry)".into(),
        FrameRet::Native => "native caller".into(),
    }
}

/// A pending deferred call in a frame listing.
pub fn defer_line(insp: &Inspector, d: &runtime::inspect::DeferInfo) -> String {
    match d.kind {
        DeferKind::OpenCoded { slot } => format!("{} (open-coded, slot {slot})", call_text(insp, &d.call)),
        DeferKind::Stack => format!("{} (stack _defer, pc={})", call_text(insp, &d.call), pc_loc(insp, d.func, d.pc)),
        DeferKind::Heap => format!("{} (heap _defer, pc={})", call_text(insp, &d.call), pc_loc(insp, d.func, d.pc)),
    }
}

/// One row of a stack listing: either a VM frame or the runtime frame Go's
/// traceback shows between a deferred call and the frames it unwinds.
pub enum StackRow {
    Frame(FrameInfo),
    Runtime { text: String },
}

/// The goroutine's frames innermost first, as Go's traceback orders them:
/// a deferred call run by a panic is followed by `runtime.gopanic` (or
/// `runtime.Goexit`), then the frame that deferred it and those below.
pub fn stack_rows(insp: &Inspector, gi: usize, exact_top: bool) -> Vec<StackRow> {
    let mut rows = Vec::new();
    for fr in insp.frames(gi, exact_top) {
        let extra = match fr.ret {
            FrameRet::Panic(id) => Some(format!("runtime.gopanic(panic {id})")),
            FrameRet::Goexit(_) => Some("runtime.Goexit()".to_string()),
            FrameRet::DeferReturn => Some("runtime.deferreturn()".into()),
            _ => None,
        };
        rows.push(StackRow::Frame(fr));
        if let Some(text) = extra {
            rows.push(StackRow::Runtime { text });
        }
    }
    rows
}

/// `bt`: the stack listing, optionally with each frame's deferred calls.
pub fn stack_text(insp: &Inspector, gi: usize, exact_top: bool, with_defers: bool, cur: Option<usize>) -> String {
    let mut s = String::new();
    let rows = stack_rows(insp, gi, exact_top);
    if rows.is_empty() {
        s.push_str("(no frames)\n");
    }
    for row in rows {
        match row {
            StackRow::Frame(fr) => {
                let mark = if cur == Some(fr.depth) { "=>" } else { "  " };
                let _ = writeln!(s, "{mark}{:>2}  {}() at {}", fr.depth, fr.name, frame_loc(insp, &fr));
                let _ = writeln!(s, "      pc={} sp={} fp={} seg={}", pc_loc(insp, fr.func, fr.pc), hex(fr.sp), hex(fr.fp), fr.seg);
                if with_defers {
                    for (k, d) in insp.pending_defers(gi, fr.fi).iter().enumerate() {
                        let _ = writeln!(s, "      defer {k}: {}", defer_line(insp, d));
                    }
                }
            }
            StackRow::Runtime { text } => {
                let _ = writeln!(s, "   -  {text}");
            }
        }
    }
    s
}

/// `defers`: the g's `_defer` chain (newest first) with every field, then
/// each frame's open-coded defers.
pub fn defers_text(insp: &Inspector, gi: usize) -> String {
    let g = insp.goroutine(gi);
    let nframes = g.nframes;
    let mut s = format!("_defer chain of goroutine {} (newest first):\n", g.goid);
    let chain = insp.defer_chain(gi);
    if chain.is_empty() {
        s.push_str("  (empty)\n");
    }
    for (k, d) in chain.iter().enumerate() {
        let owner = d.frame.map(|fi| insp.frame(gi, fi, false).name).unwrap_or_else(|| "?".into());
        let _ = writeln!(
            s,
            "  [{k}] {}{}\n      heap={} sp={} pc={} ({})\n      frame={} {}",
            call_text(insp, &d.call),
            recv_note(insp, &d.call),
            d.kind == DeferKind::Heap,
            hex(d.sp),
            pc_loc(insp, d.func, d.pc),
            file_line(insp, d.func, d.pc.saturating_sub(1)),
            d.frame.map(|fi| (nframes - 1 - fi).to_string()).unwrap_or("-".into()),
            owner
        );
    }
    s.push_str("open-coded defers:\n");
    let mut any = false;
    for fi in (0..nframes).rev() {
        let Some(open) = insp.open_defers(gi, fi) else { continue };
        any = true;
        let _ = writeln!(s, "  frame {} {}: deferBits={:#010b}", nframes - 1 - fi, insp.frame(gi, fi, false).name, open.bits);
        for (i, slot) in open.slots.iter().enumerate() {
            let set = open.bits & (1 << i) != 0;
            let text = slot.as_ref().map(|c| format!("{}{}", call_text(insp, c), recv_note(insp, c))).unwrap_or_else(|| "-".into());
            let _ = writeln!(s, "      slot {i}: {text}{}", if set { "" } else { " (bit clear)" });
        }
    }
    if !any {
        s.push_str("  (none)\n");
    }
    s
}

/// `panics`: the g's `_panic` chain, newest first, with every field. A
/// Goexit uses the same record but is not a panic: it is named as such.
pub fn panics_text(insp: &Inspector, gi: usize) -> String {
    let g = insp.goroutine(gi);
    let mut s = format!("_panic chain of goroutine {} (newest first):\n", g.goid);
    let chain = insp.panic_chain(gi);
    if chain.is_empty() {
        s.push_str("  (empty)\n");
    }
    let fname = |fi: usize| if fi < g.nframes { insp.frame(gi, fi, false).name } else { "(gone)".into() };
    for (k, p) in chain.iter().enumerate() {
        if p.goexit {
            let _ = writeln!(s, "  [{k}] Goexit {} (runtime.Goexit: not a panic; recover() returns nil during it)", p.id);
        } else {
            let _ = writeln!(s, "  [{k}] panic {} value={}", p.id, dyn_value(insp, &p.arg));
        }
        let _ = writeln!(s, "      startSP={} (started in {})", hex(p.start_sp), fname(p.start_frame));
        let _ = writeln!(s, "      sp={} (running the defers of {})", hex(p.sp), fname(p.frame));
        let running = p.running.map(fname).unwrap_or_else(|| "-".into());
        let _ = writeln!(s, "      deferred call running: {running}");
        let mut flags = vec![format!("recovered={}", p.recovered)];
        if !p.goexit {
            flags.push(format!("repanicked={}", p.repanicked));
        }
        flags.push(format!("aborted={}", p.aborted));
        let _ = writeln!(s, "      {}", flags.join(" "));
    }
    s
}

/// `segments`: the stack's segments, newest last, and how full each is.
pub fn segments_text(insp: &Inspector, gi: usize) -> String {
    let g = insp.goroutine(gi);
    let st = insp.stack(gi);
    let mut s = if st.contiguous {
        format!("stack of goroutine {}: contiguous, {} bytes, moved {} time(s) by copystack\n", g.goid, st.total, st.copies)
    } else {
        format!("stack of goroutine {}: {} segment(s), {} bytes, {} morestack call(s)\n", g.goid, st.segments.len(), st.total, st.splits)
    };
    for (i, seg) in st.segments.iter().enumerate() {
        let _ = writeln!(
            s,
            "  seg {i}: lo={} hi={} guard={} size={} used={} frames={}",
            hex(seg.lo),
            hex(seg.hi),
            hex(seg.guard),
            seg.hi - seg.lo,
            seg.used,
            seg.nframes
        );
    }
    s
}

/// `regs`: sp, fp and pc of frame `fi`, and its segment.
pub fn regs_text(insp: &Inspector, gi: usize, fi: usize, exact_top: bool) -> String {
    let fr = insp.frame(gi, fi, exact_top);
    let st = insp.stack(gi);
    let mut s =
        format!("   pc = {} ({})\n   sp = {}\n   fp = {}\n", pc_loc(insp, fr.func, fr.pc), frame_loc(insp, &fr), hex(fr.sp), hex(fr.fp));
    if let Some(seg) = st.segments.get(fr.seg as usize) {
        let _ = writeln!(s, "  seg = {} lo={} hi={} guard={}", fr.seg, hex(seg.lo), hex(seg.hi), hex(seg.guard));
    }
    s
}

/// `regs -a`: every slot of frame `fi`, with the variable it holds.
pub fn slots_text(insp: &Inspector, gi: usize, fi: usize, exact_top: bool) -> String {
    let vars = insp.vars(gi, fi, exact_top);
    let mut s = String::new();
    for n in 0..insp.nslots(gi, fi) {
        let v = insp.slot(gi, fi, n).unwrap_or_default();
        let who: Vec<&str> = vars.iter().filter(|x| x.loc == Some(bytecode::VarLoc::Slot(n))).map(|x| x.name.as_str()).collect();
        let who = if who.is_empty() { "(temporary)".to_string() } else { who.join(", ") };
        let _ = writeln!(s, "  R{n:<3} {:<14} {}", who, dyn_value(insp, &v));
    }
    s
}

/// `name type = value` lines for variables.
pub fn vars_text(insp: &Inspector, vars: &[VarInfo]) -> String {
    let mut s = String::new();
    for v in vars {
        let _ = writeln!(s, "{} {} = {}", v.name, insp.type_name(v.ty), value(insp, &v.value, v.ty));
    }
    s
}

/// `goroutines`: one line per live goroutine.
pub fn goroutines_text(insp: &Inspector, cur_gi: Option<usize>) -> String {
    let mut s = String::new();
    for g in insp.goroutines() {
        let mark = if cur_gi == Some(g.gi) { "*" } else { " " };
        let top = match insp.top_frame(g.gi, false).as_ref() {
            Some(fr) => format!("{} ({})", fr.name, frame_loc(insp, fr)),
            None => "(no frames)".into(),
        };
        let status = match &g.status {
            Status::Waiting(w) => format!("waiting: {w}"),
            st => st.word().to_string(),
        };
        let _ = write!(s, "{mark} Goroutine {} - {top} [{status}]", g.goid);
        if let Some(c) = &g.created_by {
            let _ = write!(s, " created by {} at {}:{}", c.func, insp.file_name(c.file), c.line);
        }
        s.push('\n');
    }
    s
}
