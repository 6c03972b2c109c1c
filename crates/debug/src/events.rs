//! Turns the runtime's [`Event`]s into [`Record`]s: the vocabulary of
//! `gostack trace` (docs/trace-format.md), also used by the debugger to say
//! why it stopped. Everything is read through the inspection API.

use std::collections::HashMap;

use runtime::hook::{Event, RunBy};
use runtime::inspect::{FrameRet, Inspector, Status};
use runtime::vm::Flow;
use runtime::Vm;

use crate::record::{Group, Record};
use crate::render::{self, hex, pc_loc};

/// Why `recover()` returned nil, decided from the state right after it
/// ran (a refused recover changes nothing): the runtime's `gorecover`
/// rule, in words.
pub fn refuse_reason(insp: &Inspector, gi: usize) -> &'static str {
    insp.recover_verdict(gi).err().unwrap_or("not panicking")
}

pub fn run_by(by: RunBy) -> String {
    match by {
        RunBy::DeferReturn => "deferreturn".into(),
        RunBy::Panic(id) => format!("panic:{id}"),
        RunBy::Goexit(id) => format!("goexit:{id}"),
    }
}

/// Converts events to records; remembers each goroutine's segments so that
/// unlinking (which the runtime does silently) is reported too.
#[derive(Default)]
pub struct Describer {
    segs: HashMap<u64, Vec<(u64, u64)>>,
}

impl Describer {
    pub fn describe(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Vec<Record> {
        let insp = vm.inspect();
        let g = insp.goroutine(gi);
        let goid = g.goid;
        let mut out = Vec::new();
        // Segments released since the last event of this goroutine.
        let now: Vec<(u64, u64)> = insp.segment_bounds(gi);
        let known = self.segs.entry(goid).or_insert_with(|| now.clone());
        if now.len() < known.len() && !matches!(ev, Event::GoStop { flow: Flow::Dead }) {
            for (i, &(lo, hi)) in known.iter().enumerate().skip(now.len()).rev() {
                out.push(Record::new("stack.unlink", Group::Stack, goid).f("seg", i).hex("lo", lo).hex("hi", hi).f("segments", now.len()));
            }
        }
        *known = now;
        let fname = |fi: usize| if fi < insp.goroutine(gi).nframes { insp.frame(gi, fi, false).name } else { String::new() };
        let topfn = || insp.top_frame(gi, false).as_ref().map(|f| f.name.clone()).unwrap_or_default();
        match ev {
            Event::Call { frame } => {
                let f = insp.frame(gi, *frame, false);
                out.push(
                    Record::new("call", Group::Call, goid)
                        .f("fn", f.name.as_str())
                        .hex("sp", f.sp)
                        .hex("fp", f.fp)
                        .f("seg", f.seg)
                        .f("depth", *frame)
                        .f("ret", f.ret.word()),
                );
            }
            Event::Morestack { seg } => {
                let st = insp.stack(gi);
                let s = &st.segments[*seg];
                out.push(
                    Record::new("stack.morestack", Group::Stack, goid)
                        .f("seg", *seg)
                        .hex("lo", s.lo)
                        .hex("hi", s.hi)
                        .f("size", s.hi - s.lo)
                        .f("total", st.total)
                        .f("caller", topfn()),
                );
            }
            Event::Copystack => {
                let st = insp.stack(gi);
                let s = &st.segments[0];
                out.push(
                    Record::new("stack.copy", Group::Stack, goid)
                        .hex("lo", s.lo)
                        .hex("hi", s.hi)
                        .f("size", s.hi - s.lo)
                        .f("copies", st.copies)
                        .f("caller", topfn()),
                );
            }
            Event::Return { func, sp, fp, ret, .. } => {
                let kind = insp.ret_kind(gi, *ret);
                out.push(
                    Record::new("return", Group::Call, goid)
                        .f("fn", insp.func_name(*func))
                        .hex("sp", *sp)
                        .hex("fp", *fp)
                        .f("ret", kind.word()),
                );
                if kind.is_deferred_call() {
                    let by = match kind {
                        FrameRet::Panic(id) => format!("panic:{id}"),
                        FrameRet::Goexit(id) => format!("goexit:{id}"),
                        _ => "deferreturn".to_string(),
                    };
                    let mut r = Record::new("defer.done", Group::Defer, goid).f("fn", insp.func_name(*func)).f("by", by);
                    if let FrameRet::Panic(id) | FrameRet::Goexit(id) = kind {
                        let rec = insp.panic_by_id(gi, id).map(|p| p.recovered).unwrap_or(false);
                        r = r.f("recovered", rec);
                    }
                    out.push(r);
                }
            }
            Event::DeferPushed { frame, slot } => {
                let f = insp.frame(gi, *frame, false);
                let (kind, call, func, pc) = match slot {
                    Some(i) => {
                        let open = insp.open_defers(gi, *frame);
                        let call = open.as_ref().and_then(|o| o.slots.get(*i).cloned().flatten());
                        ("open-coded", call, f.func, insp.frame_pc(gi, *frame, true))
                    }
                    None => match insp.defer_top(gi) {
                        Some(d) => (if d.kind == runtime::inspect::DeferKind::Heap { "heap" } else { "stack" }, Some(d.call), f.func, d.pc),
                        None => ("stack", None, f.func, f.pc),
                    },
                };
                let mut r = Record::new("defer.push", Group::Defer, goid).f("kind", kind);
                if let Some(i) = slot {
                    let bits = insp.open_defers(gi, *frame).map(|o| o.bits).unwrap_or(0);
                    r = r.f("slot", *i).f("deferBits", format!("{bits:#010b}"));
                }
                if let Some(c) = &call {
                    r = r.f("fn", c.func_name.as_str()).f("args", format!("({})", render::args_text(&insp, c)));
                }
                out.push(
                    r.hex("sp", f.sp)
                        .f("pc", pc_loc(&insp, func, pc))
                        .f("line", insp.line_at(func, pc.saturating_sub(1)))
                        .f("frame", f.name.as_str()),
                );
            }
            Event::DeferCall { by, frame, call, native } => {
                let c = insp.call_info(call);
                out.push(
                    Record::new("defer.run", Group::Defer, goid)
                        .f("fn", c.func_name.as_str())
                        .f("args", format!("({})", render::args_text(&insp, &c)))
                        .f("by", run_by(*by))
                        .f("frame", fname(*frame))
                        .f("native", *native),
                );
            }
            Event::Panic { id } => {
                let Some(p) = insp.panic_top(gi) else { return out };
                let f = insp.frame(gi, p.start_frame, false);
                let mut r = Record::new("panic.start", Group::Panic, goid)
                    .f("id", *id)
                    .f("value", render::dyn_value(&insp, &p.arg))
                    .f("fn", f.name.as_str())
                    .f("line", f.line)
                    .hex("sp", f.sp);
                // A panic raised while a deferred call of an older one runs.
                if let Some(old) = running_deferred_of(&insp, gi, p.start_frame) {
                    r = r.f("during", format!("panic:{old}"));
                }
                out.push(r);
            }
            Event::Goexit { id } => {
                if let Some(p) = insp.panic_top(gi) {
                    out.push(
                        Record::new("goexit.start", Group::Panic, goid).f("id", *id).f("fn", fname(p.start_frame)).hex("sp", p.start_sp),
                    );
                }
            }
            Event::Unwind { id, from, to } => {
                let from_f = insp.frame(gi, *from, false);
                if let FrameRet::Panic(old) | FrameRet::Goexit(old) = from_f.ret {
                    // nextFrame skips from a deferred call's frame to the
                    // frame its panic was unwinding: that panic is aborted.
                    let what = if matches!(from_f.ret, FrameRet::Goexit(_)) { "goexit" } else { "panic" };
                    out.push(
                        Record::new("panic.abort", Group::Panic, goid)
                            .f("id", old)
                            .f("kind", what)
                            .f("by", *id)
                            .f("in", from_f.name.as_str()),
                    );
                }
                let to_f = insp.frame(gi, *to, false);
                out.push(
                    Record::new("panic.unwind", Group::Panic, goid)
                        .f("id", *id)
                        .f("from", from_f.name.as_str())
                        .f("to", to_f.name.as_str())
                        .hex("sp", to_f.sp),
                );
            }
            Event::Recover { accepted } => {
                let top = insp.top_frame(gi, false);
                let (tname, tline) = top.map(|f| (f.name, f.line)).unwrap_or_default();
                if let (true, Some(p)) = (*accepted, insp.panic_top(gi)) {
                    out.push(
                        Record::new("recover.accept", Group::Panic, goid)
                            .f("id", p.id)
                            .f("value", render::dyn_value(&insp, &p.arg))
                            .f("fn", tname)
                            .f("line", tline),
                    );
                } else {
                    let mut r = Record::new("recover.refuse", Group::Panic, goid)
                        .f("reason", refuse_reason(&insp, gi))
                        .f("fn", tname)
                        .f("line", tline);
                    if let Some(p) = insp.panic_top(gi) {
                        r = r.f("id", p.id);
                    }
                    out.push(r);
                }
            }
            Event::Recovery { id, frame, pc } => {
                let f = insp.frame(gi, *frame, false);
                out.push(
                    Record::new("recovery", Group::Panic, goid)
                        .f("id", *id)
                        .f("frame", f.name.as_str())
                        .f("resume", pc_loc(&insp, f.func, *pc))
                        .f("line", insp.line_at(f.func, *pc))
                        .hex("sp", f.sp)
                        .hex("fp", f.fp)
                        .f("panics", insp.panic_count(gi)),
                );
            }
            Event::FatalPanic => {
                let chain = insp.panic_chain(gi);
                let v = chain.first().map(|p| render::dyn_value(&insp, &p.arg)).unwrap_or_default();
                out.push(Record::new("fatal", Group::Panic, goid).f("kind", "panic").f("value", v).f("panics", chain.len()));
            }
            Event::Fatal { msg } => {
                out.push(Record::new("fatal", Group::Panic, goid).f("kind", "error").f("msg", *msg));
            }
            Event::GoCreate { parent_goid } => {
                let fnname = if g.nframes > 0 { insp.frame(gi, 0, false).name } else { "native".into() };
                let mut r = Record::new("go.create", Group::Sched, goid).f("fn", fnname).f("parent", format!("g{parent_goid}"));
                if let Some(c) = &g.created_by {
                    r = r.f("at", format!("{}:{}", c.func, c.line));
                }
                out.push(r);
            }
            Event::GoResume => out.push(Record::new("go.resume", Group::Sched, goid).f("fn", topfn())),
            Event::GoStop { flow } => match flow {
                Flow::Yield => out.push(Record::new("go.yield", Group::Sched, goid)),
                Flow::Block => {
                    // The status turns to waiting after this event; the
                    // wait reason is already set.
                    let reason = match (&g.status, insp.wait_reason(gi)) {
                        (Status::Waiting(w), _) => w.clone(),
                        (_, Some(w)) => w.to_string(),
                        (s, None) => s.word().to_string(),
                    };
                    out.push(Record::new("go.block", Group::Sched, goid).f("reason", reason).f("fn", topfn()));
                }
                Flow::Dead => out.push(Record::new("go.exit", Group::Sched, goid)),
                Flow::Exit(c) => out.push(Record::new("exit", Group::Sched, goid).f("code", *c as i64)),
                Flow::NativeReturn(_) | Flow::NativePanic(_) => {}
            },
        }
        out
    }
}

/// If frame `fi` or one below it is a deferred call run by a panic, that
/// panic's id (the innermost such frame).
fn running_deferred_of(insp: &Inspector, gi: usize, fi: usize) -> Option<u64> {
    let n = insp.goroutine(gi).nframes;
    (0..=fi.min(n.saturating_sub(1))).rev().find_map(|i| match insp.frame(gi, i, false).ret {
        FrameRet::Panic(id) => Some(id),
        _ => None,
    })
}

/// `main.f+0x3 sp=0x…` for messages.
pub fn where_text(insp: &Inspector, gi: usize, fi: usize) -> String {
    let f = insp.frame(gi, fi, false);
    format!("{} sp={}", pc_loc(insp, f.func, f.pc), hex(f.sp))
}
