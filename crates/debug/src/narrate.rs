//! Narration: one plain-English sentence per runtime event, for the
//! teaching trace (`gostack trace --plain`) and the classroom view.
//!
//! Each sentence says what Go's runtime does at that point, in its own
//! words (`_defer` chain, open-coded slot, deferreturn, gopanic, recovery,
//! morestack), naming the functions and values involved. The rules it
//! words are those of docs/runtime.md and Go 1.27's runtime/panic.go:
//!
//! * a `defer` statement evaluates the function value and its arguments at
//!   once; a closure reads its variables when it runs;
//! * a returning function's deferred calls run newest first (deferreturn);
//! * a panic runs every pending deferred call on top of the panicking
//!   stack, frame by frame, without popping any frame;
//! * `recover()` stops the panic only when the deferred function the panic
//!   called calls it directly; the frame that deferred that function then
//!   returns normally to its caller (recovery);
//! * runtime.Goexit runs the deferred calls like a panic, but has no value,
//!   cannot be recovered and ends only its goroutine;
//! * os.Exit, an unrecovered panic in any goroutine and fatal errors end
//!   the whole program without running the other deferred calls.
//!
//! Everything is read through the inspection API, never the VM's fields.
//! Values are written in Go syntax (`"boom"`, `3`, `main.P{X:1}`). No
//! register (sp, pc, deferBits) appears in a sentence: a view that wants
//! them adds [`regs_note`].

use runtime::hook::{Event, RunBy};
use runtime::inspect::{CallInfo, DeferKind, FrameRet, Inspector, PanicInfo, RenderOpts, Status};
use runtime::value::Value;
use runtime::vm::Flow;
use types::{Kind, TypeId};

use crate::render;

/// The sentence for event `ev` on goroutine `gi`, read right after it
/// happened (as the runtime's hook reports it). None for events that have
/// nothing to say: a plain call (a view shows it as a call line), an
/// ordinary return, a native callback's return.
pub fn narrate(insp: &Inspector, gi: usize, ev: &Event) -> Option<String> {
    let goid = insp.goid(gi);
    match ev {
        Event::Call { .. } => None,
        Event::Return { .. } => {
            let parts: Vec<String> = [return_note(insp, gi, ev), unlink_note(insp, gi, ev)].into_iter().flatten().collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        Event::Morestack { seg } => {
            let st = insp.stack(gi);
            let size = st.segments.get(*seg).map(|s| s.hi - s.lo).unwrap_or(0);
            Some(format!(
                "the stack of goroutine {goid} grew: the frame of {} did not fit on the current segment, so morestack linked a \
                 new {size}-byte segment for it ({} segments, {} bytes in all)",
                top_name(insp, gi),
                st.segments.len(),
                st.total
            ))
        }
        Event::Copystack => {
            let st = insp.stack(gi);
            let size = st.segments.first().map(|s| s.hi - s.lo).unwrap_or(0);
            Some(format!(
                "the stack of goroutine {goid} grew: the frame of {} did not fit, so copystack moved the whole stack to a new \
                 {size}-byte one and adjusted every pointer into it",
                top_name(insp, gi)
            ))
        }
        Event::DeferPushed { frame, slot } => Some(defer_pushed(insp, gi, *frame, *slot)),
        Event::DeferCall { by, frame, call, native: _ } => {
            let c = insp.call_info(call);
            let owner = frame_name(insp, gi, *frame);
            let who = match by {
                RunBy::DeferReturn => "deferreturn".to_string(),
                RunBy::Panic(id) => format!("the panic {}", panic_value_or_id(insp, gi, *id)),
                RunBy::Goexit(_) => "Goexit".to_string(),
            };
            if c.nil {
                return Some(format!("{who} calls the nil function value deferred by {owner}: calling it panics"));
            }
            Some(format!("{who} calls {}, deferred by {owner}", render::call_text(insp, &c)))
        }
        Event::Panic { .. } => Some(panic_started(insp, gi)),
        Event::Goexit { .. } => Some(goexit_started(insp, gi)),
        Event::Unwind { id, from, to } => Some(unwound(insp, gi, *id, *from, *to)),
        Event::Recover { accepted: true } => Some(recover_accepted(insp, gi)),
        Event::Recover { accepted: false } => Some(recover_refused(insp, gi)),
        Event::Recovery { frame, pc, .. } => {
            let f = insp.frame(gi, *frame, false);
            let line = insp.line_at(f.func, *pc);
            Some(format!(
                "recovery: the recovered panic is removed and the stack is cut back to {}, which resumes at its deferreturn \
                 (line {line}) as if it were returning normally",
                f.name
            ))
        }
        Event::FatalPanic => Some(fatal_panic(insp, gi)),
        Event::Fatal { msg } => Some(format!(
            "fatal error \"{msg}\": it is not a panic, so no deferred call runs and recover cannot stop it; the program exits \
             with status 2"
        )),
        Event::GoCreate { parent_goid } => Some(go_created(insp, gi, *parent_goid)),
        Event::GoResume => {
            let top = insp.frames(gi, false).first().map(|f| format!(" in {}", f.name)).unwrap_or_default();
            Some(format!("the scheduler runs goroutine {goid}{top}"))
        }
        Event::GoStop { flow } => go_stopped(insp, gi, flow),
    }
}

/// `main.loop returns: deferreturn runs its 3 deferred calls, newest
/// first`: said when the first deferred call of a returning frame `fi`
/// starts (that call is already taken off, hence the `+ 1`).
pub fn narrate_deferreturn(insp: &Inspector, gi: usize, fi: usize) -> String {
    let n = insp.pending_defers(gi, fi).len() + 1;
    let name = frame_name(insp, gi, fi);
    if n == 1 {
        format!("{name} returns: deferreturn runs its deferred call")
    } else {
        format!("{name} returns: deferreturn runs its {n} deferred calls, newest first")
    }
}

/// `main.f, line 12: r := helper()`: the statement the top frame of
/// goroutine `gi` is about to run (for a step-by-step view).
pub fn narrate_step(insp: &Inspector, gi: usize) -> Option<String> {
    let f = insp.frames(gi, true).into_iter().next()?;
    let src = insp.file_src(f.file);
    let text = src.lines().nth(f.line.checked_sub(1)? as usize)?.trim();
    Some(format!("{}, line {}: {text}", f.name, f.line))
}

/// For a deferred call's frame that returned: what happens next (a panic
/// that goes on). None for other returns.
pub fn return_note(insp: &Inspector, gi: usize, ev: &Event) -> Option<String> {
    let Event::Return { func, ret, .. } = ev else { return None };
    let name = insp.func_name(*func);
    match insp.ret_kind(gi, *ret) {
        FrameRet::Panic(id) => {
            let p = insp.panic_by_id(gi, id)?;
            if p.recovered || p.goexit {
                return None;
            }
            Some(format!("{name} returns without recovering: the panic {} goes on with the next deferred call", panic_value(insp, &p)))
        }
        _ => None,
    }
}

/// The stack segments released by a return, if any.
pub fn unlink_note(insp: &Inspector, gi: usize, ev: &Event) -> Option<String> {
    let Event::Return { func, unlinked, .. } = ev else { return None };
    if *unlinked == 0 {
        return None;
    }
    let goid = insp.goid(gi);
    let left = insp.stack(gi).segments.len();
    let what = if *unlinked == 1 { "its stack segment".to_string() } else { format!("{unlinked} stack segments") };
    Some(format!(
        "the return of {} crossed back over a segment boundary: goroutine {goid} released {what} ({left} left)",
        insp.func_name(*func)
    ))
}

/// Register-level details of an event (`deferBits`, `sp`), for views that
/// show them (`--regs`); never part of a sentence.
pub fn regs_note(insp: &Inspector, gi: usize, ev: &Event) -> Option<String> {
    match ev {
        Event::Call { frame } => {
            let f = insp.frame(gi, *frame, false);
            Some(format!("sp={} fp={} seg={}", render::hex(f.sp), render::hex(f.fp), f.seg))
        }
        Event::DeferPushed { frame, slot } => {
            let f = insp.frame(gi, *frame, false);
            match slot {
                Some(_) => {
                    let bits = insp.open_defers(gi, *frame).map(|o| o.bits).unwrap_or(0);
                    Some(format!("deferBits={bits:#010b} sp={}", render::hex(f.sp)))
                }
                None => {
                    let d = insp.defer_top(gi)?;
                    Some(format!("_defer sp={} pc={}", render::hex(d.sp), render::pc_loc(insp, d.func, d.pc)))
                }
            }
        }
        Event::Panic { .. } | Event::Goexit { .. } => {
            let p = insp.panic_top(gi)?;
            Some(format!("startSP={}", render::hex(p.start_sp)))
        }
        Event::Unwind { to, .. } => Some(format!("sp={}", render::hex(insp.frame(gi, *to, false).sp))),
        Event::Recovery { frame, pc, .. } => {
            let f = insp.frame(gi, *frame, false);
            Some(format!("resume={} sp={}", render::pc_loc(insp, f.func, *pc), render::hex(f.sp)))
        }
        Event::Morestack { seg } => {
            let s = insp.stack(gi).segments.get(*seg).cloned()?;
            Some(format!("lo={} hi={}", render::hex(s.lo), render::hex(s.hi)))
        }
        Event::Copystack => {
            let s = insp.stack(gi).segments.first().cloned()?;
            Some(format!("lo={} hi={}", render::hex(s.lo), render::hex(s.hi)))
        }
        _ => None,
    }
}

// ----------------------------------------------------------------------
// values and names

/// The innermost frame's function.
fn top_name(insp: &Inspector, gi: usize) -> String {
    insp.frames(gi, false).into_iter().next().map(|f| f.name).unwrap_or_default()
}

fn frame_name(insp: &Inspector, gi: usize, fi: usize) -> String {
    if fi < insp.nframes(gi) {
        insp.frame(gi, fi, false).name
    } else {
        "?".into()
    }
}

/// A panic value as a sentence names it: `"boom"`, `42`, or a run-time
/// error's text in parentheses.
pub fn value_text(insp: &Inspector, v: &Value) -> String {
    match insp.runtime_error_text(v) {
        Some(t) => format!("({t})"),
        None => render::dyn_value(insp, v),
    }
}

fn panic_value(insp: &Inspector, p: &PanicInfo) -> String {
    value_text(insp, &p.arg)
}

fn panic_value_or_id(insp: &Inspector, gi: usize, id: u64) -> String {
    insp.panic_by_id(gi, id).map(|p| panic_value(insp, &p)).unwrap_or_else(|| id.to_string())
}

/// A value of static type `ty` for a call line: Go syntax, but a pointer
/// to a library struct (a `*sync.WaitGroup`) is shown by its address, not
/// its internals, unless it is an error (`&errors.errorString{s:"x"}`).
pub fn typed_value(insp: &Inspector, v: &Value, ty: TypeId) -> String {
    let tt = &insp.program().types;
    if tt.is_interface(ty) {
        return match insp.iface_parts(v) {
            None => "nil".into(),
            Some((dt, dv)) => typed_value(insp, &dv, dt),
        };
    }
    if let Kind::Pointer(e) = tt.ukind(ty) {
        let name = tt.name(*e);
        let lib = !name.starts_with("main.") && matches!(tt.ukind(*e), Kind::Struct(_));
        if !v.is_nil() && lib && !insp.has_method(ty, "Error") {
            return format!("(*{name})({:#x})", insp.addr(v));
        }
    }
    insp.render(v, ty, RenderOpts::SHORT)
}

/// `main.f(3, "x")`: frame `fi` as a call, with the arguments it holds.
pub fn call_line(insp: &Inspector, gi: usize, fi: usize) -> String {
    let f = insp.frame(gi, fi, false);
    let args: Vec<String> = insp.call_args(gi, fi).iter().map(|(t, v)| typed_value(insp, v, *t)).collect();
    format!("{}({})", f.name, args.join(", "))
}

/// `2`, `"x", nil`: a returning function's results.
pub fn results_text(insp: &Inspector, func: u32, results: &[Value]) -> String {
    let types = insp.program().funcs.get(func as usize).map(|p| p.result_types.clone()).unwrap_or_default();
    let parts: Vec<String> =
        results.iter().enumerate().map(|(i, v)| typed_value(insp, v, types.get(i).copied().unwrap_or(TypeId::ANY))).collect();
    parts.join(", ")
}

// ----------------------------------------------------------------------
// defer

fn defer_pushed(insp: &Inspector, gi: usize, fi: usize, slot: Option<usize>) -> String {
    let goid = insp.goid(gi);
    let owner = frame_name(insp, gi, fi);
    let call: Option<(CallInfo, DeferKind)> = match slot {
        Some(i) => {
            let open = insp.open_defers(gi, fi);
            open.and_then(|o| o.slots.get(i).cloned().flatten()).map(|c| (c, DeferKind::OpenCoded { slot: i as u8 }))
        }
        None => insp.defer_top(gi).map(|d| (d.call, d.kind)),
    };
    let Some((c, kind)) = call else { return format!("{owner} executes a defer statement") };
    if c.nil {
        return format!(
            "defer records a nil function value for {owner}: the defer statement itself succeeds; the call panics when the \
             deferred calls run"
        );
    }
    let text = render::call_text(insp, &c);
    let what = match kind {
        DeferKind::OpenCoded { slot } => {
            format!("defer saves {text} in slot {slot} of {owner}'s frame (an open-coded defer: no _defer record)")
        }
        DeferKind::Heap => {
            format!("defer pushes a record for {text} on goroutine {goid}'s _defer chain (a heap record: the defer is in a loop)")
        }
        DeferKind::Stack => format!("defer pushes a record for {text}, kept in {owner}'s frame, on goroutine {goid}'s _defer chain"),
    };
    let closure_caps = c.func.filter(|&f| insp.program().funcs.get(f as usize).is_some_and(|p| p.closure)).map(|f| insp.captured_names(f));
    let recv = c.recv.as_ref().map(|r| render::recv_value(insp, &c, r)).unwrap_or_default();
    let note = if !c.args.is_empty() && c.recv.is_some() {
        format!("; its receiver ({recv}) and arguments are evaluated now")
    } else if !c.args.is_empty() {
        "; its arguments are evaluated now".to_string()
    } else if c.recv.is_some() {
        format!("; its receiver ({recv}) is evaluated now")
    } else {
        match closure_caps {
            Some(caps) if !caps.is_empty() => format!("; the closure will read {} when it runs", and_list(&caps)),
            _ => String::new(),
        }
    };
    format!("{what}{note}")
}

fn and_list(xs: &[String]) -> String {
    match xs {
        [] => String::new(),
        [a] => a.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

// ----------------------------------------------------------------------
// panic, Goexit, recover

/// Where a panic started in frame `from` finds its first deferred call:
/// the innermost frame at or below `from` with pending deferred calls, and
/// the frame (if any, at or above that one) that fmt called, where the
/// panic leaves the Go frames for fmt, which stops it.
fn first_defers(insp: &Inspector, gi: usize, from: usize) -> (Option<usize>, Option<usize>) {
    let n = insp.nframes(gi);
    for fi in (0..n.min(from + 1)).rev() {
        let has = !insp.pending_defers(gi, fi).is_empty();
        let native = insp.frame(gi, fi, false).ret == FrameRet::Native;
        if has || native {
            return (has.then_some(fi), native.then_some(fi));
        }
    }
    (None, None)
}

/// If frame `fi` or one below it is a deferred call run by a panic or
/// Goexit, that record (the innermost such frame's).
fn running_for(insp: &Inspector, gi: usize, fi: usize, chain: &[PanicInfo]) -> Option<PanicInfo> {
    let n = insp.nframes(gi);
    (0..=fi.min(n.saturating_sub(1))).rev().find_map(|i| match insp.frame(gi, i, false).ret {
        FrameRet::Panic(id) | FrameRet::Goexit(id) => chain.iter().find(|p| p.id == id).cloned(),
        _ => None,
    })
}

fn panic_started(insp: &Inspector, gi: usize) -> String {
    let chain = insp.panic_chain(gi);
    let Some(p) = chain.first() else { return "panic".into() };
    let goid = insp.goid(gi);
    let f = insp.frame(gi, p.start_frame, true);
    // An explicit panic(v), or a fault (index, nil dereference, ...) or a
    // panicking library function.
    let explicit =
        f.pc > 0 && matches!(insp.program().funcs[f.func as usize].code.get(f.pc as usize - 1), Some(bytecode::Op::Panic { .. }));
    let head = match insp.runtime_error_text(&p.arg) {
        Some(t) if !explicit => format!("{} panics with a run-time error ({t})", f.name),
        _ => format!("panic({}) in {}", render::dyn_value(insp, &p.arg), f.name),
    };
    let (first, to_fmt) = first_defers(insp, gi, p.start_frame);
    if let Some(m) = to_fmt {
        let method = frame_name(insp, gi, m);
        let after = if first.is_some() { format!("after {method}'s deferred calls, ") } else { String::new() };
        return format!(
            "{head}, a method fmt called: {after}the panic goes back to fmt, which stops it and prints \
             %!v(PANIC={} method: ...) in place of the value",
            method.rsplit('.').next().unwrap_or("String")
        );
    }
    let runs = match first {
        Some(fi) => format!("runs the pending deferred calls, newest first, starting with {}'s", frame_name(insp, gi, fi)),
        None => format!("finds no pending deferred call on goroutine {goid}, so nothing can recover it"),
    };
    let older = running_for(insp, gi, p.start_frame, &chain[1..]);
    match &older {
        Some(o) if o.goexit => format!("{head}, a deferred call run by Goexit: this panic {runs}; unrecovered, it crashes the program"),
        Some(o) if o.recovered && insp.same_panic_value(&o.arg, &p.arg) => format!(
            "{head} after recover() stopped it: the same value panics again, and it {runs} (unrecovered, it prints as \
             [recovered, repanicked])"
        ),
        Some(o) if o.recovered => format!(
            "{head} after recover() stopped the panic {}: the new panic {runs} (unrecovered, the older one prints as \
             [recovered])",
            panic_value(insp, o)
        ),
        Some(o) => {
            format!("{head}, a deferred call of the panic {}: the newer panic {runs}, and recover() sees only it", panic_value(insp, o))
        }
        None if first.is_none() => format!("{head}: gopanic {runs}"),
        None => format!("{head}: gopanic {runs}; no frame is popped while they run"),
    }
}

fn goexit_started(insp: &Inspector, gi: usize) -> String {
    let chain = insp.panic_chain(gi);
    let goid = insp.goid(gi);
    let Some(p) = chain.first() else { return "runtime.Goexit".into() };
    let f = frame_name(insp, gi, p.start_frame);
    let mut s = format!(
        "runtime.Goexit in {f}: runs the deferred calls of goroutine {goid}, then ends only that goroutine; no panic value, \
         recover returns nil"
    );
    // Called during a panic (from one of its deferred calls, or deferred
    // itself): every panic on the chain is in progress, and is dropped.
    let dropped: Vec<String> = chain[1..].iter().filter(|o| !o.goexit).map(|o| panic_value(insp, o)).collect();
    if !dropped.is_empty() {
        s.push_str(&format!("; the panic {} in progress is dropped and will not crash the program", dropped.join(", ")));
    }
    if goid == 1 {
        s.push_str("; main.main will not return, so the program goes on only while other goroutines can run");
    }
    s
}

fn unwound(insp: &Inspector, gi: usize, id: u64, from: usize, to: usize) -> String {
    let chain = insp.panic_chain(gi);
    let me = chain.iter().find(|p| p.id == id);
    let what = match me {
        Some(p) if p.goexit => "Goexit".to_string(),
        Some(p) => format!("the panic {}", panic_value(insp, p)),
        None => "the panic".to_string(),
    };
    let from_f = insp.frame(gi, from, false);
    let to_name = frame_name(insp, gi, to);
    let to_deferred = if insp.pending_defers(gi, to).is_empty() {
        format!("{to_name}, which has no deferred calls left")
    } else {
        format!("{to_name}'s deferred calls")
    };
    match from_f.ret {
        FrameRet::Panic(old) | FrameRet::Goexit(old) => {
            let o = chain.iter().find(|p| p.id == old);
            match o {
                Some(o) if o.goexit => format!(
                    "{what} leaves {}, a deferred call Goexit was running, and moves on to {to_deferred} (if it is recovered, \
                     Goexit resumes)",
                    from_f.name
                ),
                o => format!(
                    "a new panic during a deferred call: the older panic {}{} is aborted; the new panic leaves {}, the \
                     deferred call the older one was running, and moves on to {to_deferred}",
                    o.map(|o| panic_value(insp, o)).unwrap_or_default(),
                    if o.is_some_and(|o| o.recovered) { ", recovered but not yet finished," } else { "" },
                    from_f.name
                ),
            }
        }
        _ => format!(
            "{} has no deferred calls left: {what} moves on to its caller {to_name} ({} stays on the stack)",
            from_f.name, from_f.name
        ),
    }
}

fn recover_accepted(insp: &Inspector, gi: usize) -> String {
    let chain = insp.panic_chain(gi);
    let Some(p) = chain.first() else { return "recover() stopped the panic".into() };
    let top = insp.frames(gi, false).into_iter().next().map(|f| f.name).unwrap_or_default();
    let target = insp.frame(gi, p.frame, false);
    let pending = insp.pending_defers(gi, p.frame).len();
    let has_results = insp.program().funcs.get(target.func as usize).is_some_and(|f| f.nresults > 0);
    let mut how = String::from("returns normally to its caller");
    if pending > 0 {
        how = format!("runs its remaining deferred calls and {how}");
    }
    if has_results {
        how.push_str(" with its current results");
    }
    let mut s = format!("recover() returned {} and stopped the panic: when {top} returns, {} {how}", panic_value(insp, p), target.name);
    // recovery never unwinds past a pending Goexit: it resumes it.
    if chain[1..].iter().any(|o| o.goexit && o.start_frame >= p.frame) {
        s = format!(
            "recover() returned {} and stopped the panic: when {top} returns, the Goexit in progress goes on with its remaining \
             deferred calls",
            panic_value(insp, p)
        );
    }
    let dropped: Vec<String> = chain[1..].iter().filter(|o| !o.goexit && o.start_frame >= p.frame).map(|o| panic_value(insp, o)).collect();
    if !dropped.is_empty() {
        s.push_str(&format!("; the aborted panic {} is dropped too", dropped.join(", ")));
    }
    s
}

fn recover_refused(insp: &Inspector, gi: usize) -> String {
    let goid = insp.goid(gi);
    let chain = insp.panic_chain(gi);
    let reason = insp.recover_verdict(gi).err().unwrap_or("not panicking");
    let frames = insp.frames(gi, false);
    let top = frames.first();
    let tname = top.map(|f| f.name.clone()).unwrap_or_default();
    let p = chain.first();
    let pv = p.map(|p| panic_value(insp, p)).unwrap_or_default();
    let why = if reason == "not panicking" {
        format!("goroutine {goid} is not panicking")
    } else if reason.starts_with("during Goexit") {
        "the deferred calls are being run by runtime.Goexit, which is not a panic".to_string()
    } else if reason == "already recovered" {
        format!("the panic {pv} was already recovered")
    } else if reason.starts_with("recover is itself") {
        "defer recover() makes recover itself the deferred call; it only stops a panic when a deferred function calls it".to_string()
    } else if let Some(t) = top.filter(|t| t.ret == FrameRet::DeferReturn) {
        let owner = t.fi.checked_sub(1).map(|b| frame_name(insp, gi, b)).unwrap_or_default();
        format!("{tname} was deferred by {owner} and run by its normal return, not by the panic {pv}", tname = t.name)
    } else {
        let running = p.and_then(|p| p.running).map(|fi| frame_name(insp, gi, fi));
        match running {
            Some(r) if r != tname => {
                format!("it was called by {tname}, which is not itself the deferred function ({r} is); the panic {pv} goes on")
            }
            _ => format!("it was not called directly by the deferred function the panic {pv} is running"),
        }
    };
    format!("recover() returned nil: {why}")
}

fn fatal_panic(insp: &Inspector, gi: usize) -> String {
    let goid = insp.goid(gi);
    let chain = insp.panic_chain(gi);
    let v = chain.first().map(|p| panic_value(insp, p)).unwrap_or_default();
    // printpanics: oldest first, a Goexit not at all, and a re-panic of
    // the identical value folded into the older line.
    let mut printed = 0;
    let mut marks = "";
    for (k, p) in chain.iter().enumerate() {
        if p.goexit {
            continue;
        }
        let older = chain.get(k + 1);
        let repanicked_by_newer = k > 0 && insp.same_panic_value(&chain[k - 1].arg, &p.arg);
        if older.is_some_and(|o| !o.goexit && insp.same_panic_value(&o.arg, &p.arg)) {
            continue;
        }
        printed += 1;
        if p.recovered && repanicked_by_newer {
            marks = " (marked [recovered, repanicked])";
        } else if p.recovered && marks.is_empty() {
            marks = " (the recovered one marked [recovered])";
        }
    }
    let what = if printed > 1 { format!("the chain of panics, oldest first{marks},") } else { format!("it{marks}") };
    let mut s =
        format!("nothing recovered the panic {v}: the program prints {what} with the stack of goroutine {goid}, and exits with status 2");
    let others: Vec<u64> = insp.goroutines().iter().filter(|g| g.gi != gi).map(|g| g.goid).collect();
    if goid != 1 {
        s.push_str("; a panic in any goroutine ends the whole program: main's deferred calls never run");
    } else if !others.is_empty() {
        s.push_str("; the other goroutines' deferred calls never run");
    }
    s
}

// ----------------------------------------------------------------------
// goroutines

fn go_created(insp: &Inspector, gi: usize, parent: u64) -> String {
    let g = insp.goroutine(gi);
    if parent == 0 {
        return format!("the runtime starts goroutine {}: it runs the package initialization, then main.main", g.goid);
    }
    let target = if g.nframes > 0 { call_line(insp, gi, 0) } else { "a library function".to_string() };
    let at = g.created_by.as_ref().map(|c| format!(" in {}", c.func)).unwrap_or_default();
    let args = if g.nframes > 0 && !insp.call_args(gi, 0).is_empty() { " (its arguments are evaluated now)" } else { "" };
    format!("the go statement{at} creates goroutine {} to run {target}{args}; it runs when the scheduler picks it", g.goid)
}

fn go_stopped(insp: &Inspector, gi: usize, flow: &Flow) -> Option<String> {
    let goid = insp.goid(gi);
    Some(match flow {
        Flow::Yield => format!("goroutine {goid}'s time slice ends; it stays runnable"),
        Flow::Block => {
            let reason = match (&insp.goroutine(gi).status, insp.wait_reason(gi)) {
                (Status::Waiting(w), _) => w.clone(),
                (_, Some(w)) => w.to_string(),
                (s, None) => s.word().to_string(),
            };
            match reason.as_str() {
                "sleep" => format!("goroutine {goid} sleeps"),
                "select" => format!("goroutine {goid} blocks in select"),
                "select (no cases)" => format!("goroutine {goid} blocks forever in an empty select"),
                r => format!("goroutine {goid} blocks on {r}"),
            }
        }
        Flow::Dead => format!("goroutine {goid} ends"),
        Flow::Exit(code) => {
            let others: Vec<String> =
                insp.goroutines().iter().filter(|g| g.gi != gi && g.status != Status::Dead).map(|g| g.goid.to_string()).collect();
            if insp.main_returned() {
                let mut s = format!("main.main returned: the program exits with status {code}");
                if !others.is_empty() {
                    let gs = if others.len() == 1 { "goroutine" } else { "goroutines" };
                    s.push_str(&format!(" without waiting for {gs} {}; their pending deferred calls never run", and_list(&others)));
                }
                s
            } else if insp.last_native() == "os.Exit" {
                let pending: usize =
                    insp.goroutines().iter().map(|g| (0..g.nframes).map(|fi| insp.pending_defers(g.gi, fi).len()).sum::<usize>()).sum();
                let mut s = format!("os.Exit({code}) ends the program at once with status {code}");
                match pending {
                    0 => {}
                    1 => s.push_str("; the pending deferred call never runs"),
                    n => s.push_str(&format!("; the {n} pending deferred calls never run")),
                }
                s
            } else {
                format!("the program exits with status {code}")
            }
        }
        Flow::NativeReturn(_) | Flow::NativePanic(_) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use runtime::hook::{Control, Hook};
    use runtime::Vm;

    #[test]
    fn lists() {
        assert_eq!(and_list(&[]), "");
        assert_eq!(and_list(&["x".into()]), "x");
        assert_eq!(and_list(&["x".into(), "y".into(), "z".into()]), "x, y and z");
    }

    /// Every sentence of a run of `src`, plus the deferreturn headers.
    struct Collect(std::rc::Rc<std::cell::RefCell<Vec<String>>>);
    impl Hook for Collect {
        fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
            let insp = vm.inspect();
            let mut out = self.0.borrow_mut();
            if let Event::DeferCall { by: RunBy::DeferReturn, frame, .. } = ev {
                out.push(narrate_deferreturn(&insp, gi, *frame));
            }
            out.extend(narrate(&insp, gi, ev));
            Control::Continue
        }
    }

    fn sentences(src: &str) -> Vec<String> {
        let prog = compiler::compile("prog.go", src).expect("compiles");
        let said = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let hook = Collect(said.clone());
        let code =
            crate::run_with_hook(&prog, runtime::Options::default(), Box::new(std::io::sink()), Box::new(std::io::sink()), Box::new(hook));
        assert!(code.is_ok());
        let v = said.borrow().clone();
        v
    }

    #[track_caller]
    fn says(src: &str, want: &[&str]) {
        let got = sentences(src);
        for w in want {
            assert!(got.iter().any(|s| s.contains(w)), "no sentence contains {w:?}; got:\n{}", got.join("\n"));
        }
    }

    #[test]
    fn defers() {
        says(
            r#"package main
import "fmt"
func loop() {
	for i := 0; i < 2; i++ {
		defer fmt.Println("loop defer", i)
	}
}
func main() {
	x := 1
	defer fmt.Println("x was", x)
	defer func() { fmt.Println(x) }()
	x = 2
	loop()
}"#,
            &[
                r#"defer pushes a record for fmt.Println("loop defer", 0) on goroutine 1's _defer chain (a heap record: the defer is in a loop); its arguments are evaluated now"#,
                r#"defer saves fmt.Println("x was", 1) in slot 0 of main.main's frame (an open-coded defer: no _defer record); its arguments are evaluated now"#,
                "defer saves main.main.func1() in slot 1 of main.main's frame (an open-coded defer: no _defer record); the closure will read x when it runs",
                "main.loop returns: deferreturn runs its 2 deferred calls, newest first",
                r#"deferreturn calls fmt.Println("loop defer", 1), deferred by main.loop"#,
                "main.main returns: deferreturn runs its 2 deferred calls, newest first",
                "main.main returned: the program exits with status 0",
            ],
        );
    }

    #[test]
    fn recover_rules() {
        says(
            r#"package main
import "fmt"
func helper() any { return recover() }
func f() (n int) {
	defer func() { fmt.Println(recover(), recover()) }()
	defer func() { helper() }()
	defer recover()
	panic("boom")
}
func main() {
	recover()
	fmt.Println(f())
}"#,
            &[
                "recover() returned nil: goroutine 1 is not panicking",
                r#"panic("boom") in main.f: gopanic runs the pending deferred calls, newest first, starting with main.f's; no frame is popped while they run"#,
                "recover() returned nil: defer recover() makes recover itself the deferred call",
                "recover() returned nil: it was called by main.helper, which is not itself the deferred function (main.f.func2 is)",
                r#"main.f.func2 returns without recovering: the panic "boom" goes on with the next deferred call"#,
                r#"recover() returned "boom" and stopped the panic: when main.f.func1 returns, main.f returns normally to its caller with its current results"#,
                r#"recover() returned nil: the panic "boom" was already recovered"#,
                "recovery: the recovered panic is removed and the stack is cut back to main.f, which resumes at its deferreturn",
            ],
        );
    }

    #[test]
    fn nested_and_repanic() {
        says(
            r#"package main
func main() {
	defer func() { r := recover(); panic(r) }()
	defer func() { panic("second") }()
	panic("first")
}"#,
            &[
                r#"panic("second") in main.main.func2, a deferred call of the panic "first": the newer panic runs the pending deferred calls"#,
                r#"a new panic during a deferred call: the older panic "first" is aborted; the new panic leaves main.main.func2"#,
                r#"recover() returned "second" and stopped the panic: when main.main.func1 returns, main.main returns normally to its caller; the aborted panic "first" is dropped too"#,
                r#"panic("second") in main.main.func1 after recover() stopped it: the same value panics again"#,
                "[recovered, repanicked]",
                r#"nothing recovered the panic "second": the program prints the chain of panics, oldest first"#,
            ],
        );
    }

    #[test]
    fn goexit_and_goroutines() {
        says(
            r#"package main
import ("runtime"; "fmt")
func worker(ch chan int) {
	defer func() { ch <- 1 }()
	defer func() { fmt.Println(recover()) }()
	runtime.Goexit()
}
func main() {
	ch := make(chan int)
	go worker(ch)
	<-ch
}"#,
            &[
                "the go statement in main.main creates goroutine 2 to run main.worker(",
                "goroutine 1 blocks on chan receive",
                "runtime.Goexit in main.worker: runs the deferred calls of goroutine 2, then ends only that goroutine; no panic value, recover returns nil",
                "Goexit calls main.worker.func2(), deferred by main.worker",
                "recover() returned nil: the deferred calls are being run by runtime.Goexit, which is not a panic",
                "goroutine 2 ends",
            ],
        );
    }

    #[test]
    fn goexit_drops_panic() {
        says(
            r#"package main
import "runtime"
func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer runtime.Goexit()
		panic("lost")
	}()
	<-done
}"#,
            &[r#"the panic "lost" in progress is dropped and will not crash the program"#],
        );
    }

    #[test]
    fn program_end() {
        says(
            r#"package main
import ("fmt"; "os")
func main() {
	defer fmt.Println("never")
	os.Exit(3)
}"#,
            &["os.Exit(3) ends the program at once with status 3; the pending deferred call never runs"],
        );
        says(
            r#"package main
func main() {
	ch := make(chan int)
	<-ch
}"#,
            &["goroutine 1 blocks on chan receive", r#"fatal error "all goroutines are asleep - deadlock!": it is not a panic"#],
        );
        says(
            r#"package main
func get(s []int, i int) int { return s[i] }
func main() {
	get([]int{1}, 4)
}"#,
            &["main.get panics with a run-time error (runtime error: index out of range [4] with length 1)"],
        );
    }

    #[test]
    fn panic_in_a_method_fmt_calls() {
        says(
            r#"package main
import "fmt"
type Bad struct{}
func (Bad) String() string { panic("in String") }
func main() { fmt.Println(Bad{}) }"#,
            &[r#"panic("in String") in main.Bad.String, a method fmt called: the panic goes back to fmt, which stops it"#],
        );
    }

    #[test]
    fn stack_growth() {
        says(
            r#"package main
func sum(n int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		return 0
	}
	return buf[n%64] + sum(n-1)
}
func main() { println(sum(8)) }"#,
            &[
                "the stack of goroutine 1 grew: the frame of main.sum did not fit on the current segment, so morestack linked a new 4096-byte segment for it",
                "the return of main.sum crossed back over a segment boundary: goroutine 1 released its stack segment",
            ],
        );
    }
}
