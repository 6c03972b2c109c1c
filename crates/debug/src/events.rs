//! Turns the runtime's [`Event`]s into [`Record`]s: the vocabulary of
//! `gostack trace` (docs/trace-format.md), also used by the debugger to say
//! why it stopped.

use std::collections::HashMap;

use runtime::hook::{Event, RunBy};
use runtime::proc::{Gstatus, RetTo, G};
use runtime::vm::Flow;
use runtime::Vm;

use crate::record::{Group, Record};
use crate::render::{self, defer_fn_name, func_name, hex, line, pc_loc};

/// Why `recover()` returned nil, decided from the state right after it
/// ran (a refused recover changes nothing). The rule is the runtime's
/// `gorecover`: the panic at the head of the chain must be running the
/// very frame that executes `recover`, and that frame must not be a
/// compiler wrapper.
pub fn refuse_reason(vm: &Vm, g: &G) -> &'static str {
    let top = g.frames.len() - 1;
    match g.panics.last() {
        None => "not panicking",
        Some(p) if p.goexit => "during Goexit (not a panic)",
        Some(p) if p.recovered => "already recovered",
        Some(p) if p.call_frame == top && vm.prog.funcs[g.frames[top].func as usize].wrapper => {
            "recover is itself the deferred call (defer recover()): not called by a deferred function"
        }
        Some(_) => "not called directly by a deferred function",
    }
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
        let g = &vm.gs[gi];
        let goid = g.goid;
        let mut out = Vec::new();
        // Segments released since the last event of this goroutine.
        let now: Vec<(u64, u64)> = g.stack.segs.iter().map(|s| (s.lo, s.hi)).collect();
        let known = self.segs.entry(goid).or_insert_with(|| now.clone());
        if now.len() < known.len() && !matches!(ev, Event::GoStop { flow: Flow::Dead }) {
            for (i, &(lo, hi)) in known.iter().enumerate().skip(now.len()).rev() {
                out.push(Record::new("stack.unlink", Group::Stack, goid).f("seg", i).hex("lo", lo).hex("hi", hi).f("segments", now.len()));
            }
        }
        *known = now;
        let top = g.frames.len().checked_sub(1);
        let topfn = |vm: &Vm| top.map(|t| func_name(vm, g.frames[t].func).to_string()).unwrap_or_default();
        let fname = |fi: usize| g.frames.get(fi).map(|f| func_name(vm, f.func).to_string()).unwrap_or_default();
        match ev {
            Event::Call { frame } => {
                let f = &g.frames[*frame];
                out.push(
                    Record::new("call", Group::Call, goid)
                        .f("fn", func_name(vm, f.func))
                        .hex("sp", f.sp)
                        .hex("fp", f.fp)
                        .f("seg", f.seg)
                        .f("depth", *frame)
                        .f("ret", render::ret_word(f.ret)),
                );
            }
            Event::Morestack { seg } => {
                let s = &g.stack.segs[*seg];
                out.push(
                    Record::new("stack.morestack", Group::Stack, goid)
                        .f("seg", *seg)
                        .hex("lo", s.lo)
                        .hex("hi", s.hi)
                        .f("size", s.size())
                        .f("total", g.stack.total)
                        .f("caller", topfn(vm)),
                );
            }
            Event::Copystack => {
                let s = &g.stack.segs[0];
                out.push(
                    Record::new("stack.copy", Group::Stack, goid)
                        .hex("lo", s.lo)
                        .hex("hi", s.hi)
                        .f("size", s.size())
                        .f("copies", g.stack.copies)
                        .f("caller", topfn(vm)),
                );
            }
            Event::Return { func, sp, fp, ret, unlinked: _ } => {
                out.push(
                    Record::new("return", Group::Call, goid)
                        .f("fn", func_name(vm, *func))
                        .hex("sp", *sp)
                        .hex("fp", *fp)
                        .f("ret", render::ret_word(*ret)),
                );
                let by = match ret {
                    RetTo::DeferReturn => Some("deferreturn".to_string()),
                    RetTo::Panic(id) => Some(match g.panics.iter().find(|p| p.id == *id) {
                        Some(p) if p.goexit => format!("goexit:{id}"),
                        _ => format!("panic:{id}"),
                    }),
                    _ => None,
                };
                if let Some(by) = by {
                    let mut r = Record::new("defer.done", Group::Defer, goid).f("fn", func_name(vm, *func)).f("by", by);
                    if let RetTo::Panic(id) = ret {
                        let rec = g.panics.iter().find(|p| p.id == *id).map(|p| p.recovered).unwrap_or(false);
                        r = r.f("recovered", rec);
                    }
                    out.push(r);
                }
            }
            Event::DeferPushed { frame, slot } => {
                let f = &g.frames[*frame];
                let (kind, call, pc) = match slot {
                    Some(i) => ("open-coded", f.open_slots.get(*i).and_then(|c| c.clone()), f.pc),
                    None => match g.defers.last() {
                        Some(d) => (if d.heap { "heap" } else { "stack" }, Some(d.call.clone()), d.pc),
                        None => ("stack", None, f.pc),
                    },
                };
                let mut r = Record::new("defer.push", Group::Defer, goid).f("kind", kind);
                if let Some(i) = slot {
                    r = r.f("slot", *i).f("deferBits", format!("{:#010b}", f.defer_bits));
                }
                if let Some(c) = &call {
                    r = r.f("fn", defer_fn_name(vm, &c.func)).f("args", args_text(vm, c));
                }
                out.push(
                    r.hex("sp", f.sp)
                        .f("pc", pc_loc(vm, f.func, pc))
                        .f("line", line(vm, f.func, pc.saturating_sub(1)))
                        .f("frame", func_name(vm, f.func)),
                );
            }
            Event::DeferCall { by, frame, call, native } => {
                out.push(
                    Record::new("defer.run", Group::Defer, goid)
                        .f("fn", defer_fn_name(vm, &call.func))
                        .f("args", args_text(vm, call))
                        .f("by", run_by(*by))
                        .f("frame", fname(*frame))
                        .f("native", *native),
                );
            }
            Event::Panic { id } => {
                let p = g.panics.last().expect("panic");
                let f = &g.frames[p.start_frame];
                let pc = f.pc.saturating_sub(1);
                let mut r = Record::new("panic.start", Group::Panic, goid)
                    .f("id", *id)
                    .f("value", render::value(vm, &p.arg))
                    .f("fn", func_name(vm, f.func))
                    .f("line", line(vm, f.func, pc))
                    .hex("sp", f.sp);
                // A panic raised while a deferred call of an older one runs.
                if let RetTo::Panic(old) = running_deferred_of(g, p.start_frame) {
                    r = r.f("during", format!("panic:{old}"));
                }
                out.push(r);
            }
            Event::Goexit { id } => {
                let p = g.panics.last().expect("panic");
                out.push(Record::new("goexit.start", Group::Panic, goid).f("id", *id).f("fn", fname(p.start_frame)).hex("sp", p.start_sp));
            }
            Event::Unwind { id, from, to } => {
                if let RetTo::Panic(old) = g.frames[*from].ret {
                    // nextFrame skips from a deferred call's frame to the
                    // frame its panic was unwinding: that panic is aborted.
                    let what = match g.panics.iter().find(|p| p.id == old) {
                        Some(p) if p.goexit => "goexit",
                        _ => "panic",
                    };
                    out.push(
                        Record::new("panic.abort", Group::Panic, goid).f("id", old).f("kind", what).f("by", *id).f("in", fname(*from)),
                    );
                }
                out.push(
                    Record::new("panic.unwind", Group::Panic, goid)
                        .f("id", *id)
                        .f("from", fname(*from))
                        .f("to", fname(*to))
                        .hex("sp", g.frames[*to].sp),
                );
            }
            Event::Recover { accepted } => {
                let t = top.unwrap_or(0);
                let f = &g.frames[t];
                let pc = f.pc.saturating_sub(1);
                if *accepted {
                    let p = g.panics.last().expect("panic");
                    out.push(
                        Record::new("recover.accept", Group::Panic, goid)
                            .f("id", p.id)
                            .f("value", render::value(vm, &p.arg))
                            .f("fn", func_name(vm, f.func))
                            .f("line", line(vm, f.func, pc)),
                    );
                } else {
                    let mut r = Record::new("recover.refuse", Group::Panic, goid)
                        .f("reason", refuse_reason(vm, g))
                        .f("fn", func_name(vm, f.func))
                        .f("line", line(vm, f.func, pc));
                    if let Some(p) = g.panics.last() {
                        r = r.f("id", p.id);
                    }
                    out.push(r);
                }
            }
            Event::Recovery { id, frame, pc } => {
                let f = &g.frames[*frame];
                out.push(
                    Record::new("recovery", Group::Panic, goid)
                        .f("id", *id)
                        .f("frame", func_name(vm, f.func))
                        .f("resume", pc_loc(vm, f.func, *pc))
                        .f("line", line(vm, f.func, *pc))
                        .hex("sp", f.sp)
                        .hex("fp", f.fp)
                        .f("panics", g.panics.len()),
                );
            }
            Event::FatalPanic => {
                let v = g.panics.last().map(|p| render::value(vm, &p.arg)).unwrap_or_default();
                out.push(Record::new("fatal", Group::Panic, goid).f("kind", "panic").f("value", v).f("panics", g.panics.len()));
            }
            Event::Fatal { msg } => {
                out.push(Record::new("fatal", Group::Panic, goid).f("kind", "error").f("msg", *msg));
            }
            Event::GoCreate { parent_goid } => {
                let fnname = g.frames.first().map(|f| func_name(vm, f.func).to_string()).unwrap_or_else(|| "native".into());
                let mut r = Record::new("go.create", Group::Sched, goid).f("fn", fnname).f("parent", format!("g{parent_goid}"));
                if let Some((by, l, _)) = &g.created_by {
                    r = r.f("at", format!("{by}:{l}"));
                }
                out.push(r);
            }
            Event::GoResume => out.push(Record::new("go.resume", Group::Sched, goid).f("fn", topfn(vm))),
            Event::GoStop { flow } => match flow {
                Flow::Yield => out.push(Record::new("go.yield", Group::Sched, goid)),
                Flow::Block => {
                    let reason = if g.status == Gstatus::Waiting && g.wake_at > 0 { "sleep" } else { g.waitreason };
                    out.push(Record::new("go.block", Group::Sched, goid).f("reason", reason).f("fn", topfn(vm)));
                }
                Flow::Dead => out.push(Record::new("go.exit", Group::Sched, goid)),
                Flow::Exit(c) => out.push(Record::new("exit", Group::Sched, goid).f("code", *c as i64)),
                Flow::NativeReturn(_) | Flow::NativePanic(_) => {}
            },
        }
        out
    }
}

/// `(1, "x")`: the evaluated arguments of a deferred call.
pub fn args_text(vm: &Vm, c: &runtime::proc::DeferredCall) -> String {
    let args: Vec<String> = c.args.iter().map(|a| render::value(vm, a)).collect();
    format!("({})", args.join(", "))
}

/// If frame `fi` or one below it is a deferred call run by a panic, that
/// call's `RetTo` (the innermost such frame).
fn running_deferred_of(g: &G, fi: usize) -> RetTo {
    for i in (0..=fi.min(g.frames.len().saturating_sub(1))).rev() {
        if let RetTo::Panic(id) = g.frames[i].ret {
            return RetTo::Panic(id);
        }
    }
    RetTo::Caller { base: 0 }
}

/// `main.f+0x3 sp=0x…` for messages.
pub fn where_text(vm: &Vm, g: &G, fi: usize) -> String {
    let f = &g.frames[fi];
    format!("{} sp={}", pc_loc(vm, f.func, f.pc.saturating_sub(1)), hex(f.sp))
}
