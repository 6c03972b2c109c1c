//! `gostack run --unwind-report FILE`: a JSON record of every panic and
//! Goexit, from start to end (schema in docs/trace-format.md).

use std::collections::BTreeMap;
use std::io::Write;

use runtime::hook::{Control, Event, Hook};
use runtime::inspect::{DeferKind, FrameRet, Inspector};
use runtime::vm::Flow;
use runtime::Vm;
use serde_json::{json, Value as J};

use crate::events::{refuse_reason, run_by};
use crate::render::{args_text, dyn_value, hex, pc_loc};

struct Report {
    goid: u64,
    id: u64,
    doc: serde_json::Map<String, J>,
    steps: Vec<J>,
    ended: bool,
}

/// Collects one report per panic/Goexit; writes them all at the end.
pub struct UnwindRecorder<'w> {
    out: Box<dyn Write + 'w>,
    reports: Vec<Report>,
    /// (goid, panic id) → index in `reports` for the unfinished ones.
    active: BTreeMap<(u64, u64), usize>,
    file: String,
}

impl<'w> UnwindRecorder<'w> {
    pub fn new(out: Box<dyn Write + 'w>) -> UnwindRecorder<'w> {
        UnwindRecorder { out, reports: Vec::new(), active: BTreeMap::new(), file: String::new() }
    }

    fn report(&mut self, goid: u64, id: u64) -> Option<&mut Report> {
        let i = *self.active.get(&(goid, id))?;
        Some(&mut self.reports[i])
    }

    fn end(&mut self, goid: u64, id: u64, end: J) {
        if let Some(i) = self.active.remove(&(goid, id)) {
            let r = &mut self.reports[i];
            r.doc.insert("end".into(), end);
            r.ended = true;
        }
    }

    fn end_all_of(&mut self, goid: u64, end: J) {
        let ids: Vec<u64> = self.active.keys().filter(|k| k.0 == goid).map(|k| k.1).collect();
        for id in ids {
            self.end(goid, id, end.clone());
        }
    }

    fn start(&mut self, insp: &Inspector, gi: usize, id: u64) {
        let goid = insp.goroutine(gi).goid;
        let chain = insp.panic_chain(gi);
        let p = &chain[0];
        let f = insp.frame(gi, p.start_frame, false);
        let mut doc = serde_json::Map::new();
        doc.insert("kind".into(), (if p.goexit { "goexit" } else { "panic" }).into());
        doc.insert("id".into(), id.into());
        doc.insert("goroutine".into(), goid.into());
        if !p.goexit {
            doc.insert("value".into(), dyn_value(insp, &p.arg).into());
        }
        doc.insert("started".into(), json!({"fn": f.name, "pc": pc_loc(insp, f.func, f.pc), "line": f.line, "sp": hex(f.sp)}));
        let older: Vec<J> = chain
            .iter()
            .skip(1)
            .map(|o| json!({"id": o.id, "kind": if o.goexit {"goexit"} else {"panic"}, "recovered": o.recovered}))
            .collect();
        doc.insert("older_panics".into(), older.into());
        doc.insert("defer_chain".into(), defer_chain(insp, gi, p.start_frame).into());
        doc.insert("frames".into(), frames_json(insp, gi).into());
        self.reports.push(Report { goid, id, doc, steps: Vec::new(), ended: false });
        self.active.insert((goid, id), self.reports.len() - 1);
    }
}

/// The deferred calls pending when a panic starts, in the order it would
/// run them: frame by frame from `top` down, each frame newest first.
fn defer_chain(insp: &Inspector, gi: usize, top: usize) -> Vec<J> {
    let mut out = Vec::new();
    for fi in (0..=top).rev() {
        let fname = insp.frame(gi, fi, false).name;
        for d in insp.pending_defers(gi, fi) {
            let args = format!("({})", args_text(insp, &d.call));
            out.push(match d.kind {
                DeferKind::OpenCoded { slot } => {
                    json!({"fn": d.call.func_name, "args": args, "kind": "open-coded", "slot": slot, "frame": fname, "sp": hex(d.sp)})
                }
                k => json!({"fn": d.call.func_name, "args": args, "kind": if k == DeferKind::Heap {"heap"} else {"stack"}, "frame": fname, "sp": hex(d.sp), "pc": pc_loc(insp, d.func, d.pc)}),
            });
        }
    }
    out
}

/// The goroutine's traceback as Go prints it, one string per line.
fn traceback_lines(insp: &Inspector, gi: usize) -> Vec<String> {
    insp.traceback(gi).lines().map(str::to_string).collect()
}

fn frames_json(insp: &Inspector, gi: usize) -> Vec<J> {
    insp.frames(gi, false)
        .into_iter()
        .map(|f| json!({"fn": f.name, "line": f.line, "sp": hex(f.sp), "fp": hex(f.fp), "seg": f.seg, "ret": f.ret.word()}))
        .collect()
}

impl Hook for UnwindRecorder<'_> {
    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        let insp = vm.inspect();
        let goid = insp.goroutine(gi).goid;
        if self.file.is_empty() {
            self.file = insp.program().file.clone();
        }
        let fname = |fi: usize| insp.frame(gi, fi, false).name;
        match ev {
            Event::Panic { id } | Event::Goexit { id } => self.start(&insp, gi, *id),
            Event::DeferCall { by, frame, call, native } => {
                let id = match by {
                    runtime::hook::RunBy::Panic(id) | runtime::hook::RunBy::Goexit(id) => *id,
                    _ => return Control::Continue,
                };
                let c = insp.call_info(call);
                let step = json!({"step": "run_defer", "fn": c.func_name, "args": format!("({})", args_text(&insp, &c)), "by": run_by(*by), "frame": fname(*frame), "native": native});
                if let Some(r) = self.report(goid, id) {
                    r.steps.push(step);
                }
            }
            Event::Return { func, ret, .. } => {
                if let FrameRet::Panic(id) | FrameRet::Goexit(id) = insp.ret_kind(gi, *ret) {
                    let rec = insp.panic_by_id(gi, id).map(|p| p.recovered).unwrap_or(false);
                    let step = json!({"step": "defer_returned", "fn": insp.func_name(*func), "outcome": if rec {"returned after recover"} else {"returned"}});
                    if let Some(r) = self.report(goid, id) {
                        r.steps.push(step);
                    }
                }
            }
            Event::Recover { accepted } => {
                let top = insp.top_frame(gi, false);
                if let (Some(p), Some(top)) = (insp.panic_chain(gi).first(), top) {
                    let mut step = json!({"step": "recover", "accepted": accepted, "fn": top.name, "line": top.line});
                    if !accepted {
                        step["reason"] = refuse_reason(&insp, gi).into();
                    }
                    let id = p.id;
                    if let Some(r) = self.report(goid, id) {
                        r.steps.push(step);
                    }
                }
            }
            Event::Unwind { id, from, to } => {
                let from_f = insp.frame(gi, *from, false);
                if let FrameRet::Panic(old) | FrameRet::Goexit(old) = from_f.ret {
                    // The deferred call of panic `old` did not return: `id`
                    // passes over it, aborting `old`.
                    if let Some(r) = self.report(goid, old) {
                        r.steps.push(json!({"step": "aborted", "by": id}));
                    }
                    let s = json!({"step": "abort", "panic": old, "in": from_f.name});
                    if let Some(r) = self.report(goid, *id) {
                        r.steps.push(s);
                    }
                }
                let to_f = insp.frame(gi, *to, false);
                let step = json!({"step": "unwind", "from": from_f.name, "to": to_f.name, "sp": hex(to_f.sp)});
                if let Some(r) = self.report(goid, *id) {
                    r.steps.push(step);
                }
            }
            Event::Recovery { id, frame, pc } => {
                let f = insp.frame(gi, *frame, false);
                let end = json!({"how": "recovered", "frame": f.name, "resume": pc_loc(&insp, f.func, *pc), "line": insp.line_at(f.func, *pc), "sp": hex(f.sp)});
                self.end(goid, *id, end);
                // Panics that the recovery dropped (aborted ones deeper down).
                let live: Vec<u64> = insp.panic_chain(gi).iter().map(|p| p.id).collect();
                let gone: Vec<u64> = self.active.keys().filter(|k| k.0 == goid && !live.contains(&k.1)).map(|k| k.1).collect();
                for old in gone {
                    self.end(goid, old, json!({"how": "dropped", "by_recovery_of": id}));
                }
            }
            Event::FatalPanic => {
                let tb = traceback_lines(&insp, gi);
                self.end_all_of(goid, json!({"how": "fatal", "traceback": tb}));
            }
            Event::Fatal { msg } => {
                let tb = traceback_lines(&insp, gi);
                self.end_all_of(goid, json!({"how": "fatal error", "msg": msg, "traceback": tb}));
            }
            Event::GoStop { flow: Flow::Dead } => self.end_all_of(goid, json!({"how": "goroutine exited"})),
            _ => {}
        }
        Control::Continue
    }

    fn finish(&mut self, _vm: &Vm, code: i32) {
        let goids: Vec<u64> = self.active.keys().map(|k| k.0).collect();
        for goid in goids {
            self.end_all_of(goid, json!({"how": "program exited", "code": code}));
        }
        let list: Vec<J> = self
            .reports
            .drain(..)
            .map(|mut r| {
                let _ = (r.goid, r.id, r.ended);
                r.doc.insert("steps".into(), std::mem::take(&mut r.steps).into());
                J::Object(r.doc)
            })
            .collect();
        let doc = json!({"program": self.file, "exit_code": code, "unwindings": list});
        let _ = writeln!(self.out, "{}", serde_json::to_string_pretty(&doc).unwrap_or_default());
        let _ = self.out.flush();
    }
}
