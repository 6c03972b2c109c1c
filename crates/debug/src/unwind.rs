//! `gostack run --unwind-report FILE`: a JSON record of every panic and
//! Goexit, from start to end (schema in docs/trace-format.md).

use std::collections::BTreeMap;
use std::io::Write;

use runtime::hook::{Control, Event, Hook};
use runtime::proc::{RetTo, G};
use runtime::vm::Flow;
use runtime::Vm;
use serde_json::{json, Value as J};

use crate::events::{args_text, refuse_reason, run_by};
use crate::render::{defer_fn_name, func_name, hex, line, pc_loc, value};

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

    fn start(&mut self, vm: &Vm, g: &G, id: u64) {
        let p = g.panics.last().expect("panic");
        let f = &g.frames[p.start_frame];
        let pc = f.pc.saturating_sub(1);
        let mut doc = serde_json::Map::new();
        doc.insert("kind".into(), (if p.goexit { "goexit" } else { "panic" }).into());
        doc.insert("id".into(), id.into());
        doc.insert("goroutine".into(), g.goid.into());
        if !p.goexit {
            doc.insert("value".into(), value(vm, &p.arg).into());
        }
        doc.insert(
            "started".into(),
            json!({"fn": func_name(vm, f.func), "pc": pc_loc(vm, f.func, pc), "line": line(vm, f.func, pc), "sp": hex(f.sp)}),
        );
        let older: Vec<J> = g
            .panics
            .iter()
            .rev()
            .skip(1)
            .map(|o| json!({"id": o.id, "kind": if o.goexit {"goexit"} else {"panic"}, "recovered": o.recovered}))
            .collect();
        doc.insert("older_panics".into(), older.into());
        doc.insert("defer_chain".into(), defer_chain(vm, g, p.start_frame).into());
        doc.insert("frames".into(), frames_json(vm, g).into());
        self.reports.push(Report { goid: g.goid, id, doc, steps: Vec::new(), ended: false });
        self.active.insert((g.goid, id), self.reports.len() - 1);
    }
}

/// The deferred calls pending when a panic starts, in the order it would
/// run them: frame by frame from `top` down, each frame newest first.
fn defer_chain(vm: &Vm, g: &G, top: usize) -> Vec<J> {
    let mut out = Vec::new();
    for fi in (0..=top).rev() {
        let f = &g.frames[fi];
        for i in (0..8).rev() {
            if f.defer_bits & (1 << i) != 0 {
                if let Some(Some(c)) = f.open_slots.get(i) {
                    out.push(json!({"fn": defer_fn_name(vm, &c.func), "args": args_text(vm, c), "kind": "open-coded", "slot": i, "frame": func_name(vm, f.func), "sp": hex(f.sp)}));
                }
            }
        }
        for d in g.defers.iter().rev().filter(|d| d.sp == f.sp) {
            out.push(json!({"fn": defer_fn_name(vm, &d.call.func), "args": args_text(vm, &d.call), "kind": if d.heap {"heap"} else {"stack"}, "frame": func_name(vm, f.func), "sp": hex(d.sp), "pc": pc_loc(vm, f.func, d.pc)}));
        }
    }
    out
}

/// The goroutine's traceback as Go prints it, one string per line.
fn traceback_lines(vm: &Vm, gi: usize) -> Vec<String> {
    runtime::traceback::goroutine_trace(vm, gi, "running").lines().map(str::to_string).collect()
}

fn frames_json(vm: &Vm, g: &G) -> Vec<J> {
    (0..g.frames.len())
        .rev()
        .map(|fi| {
            let f = &g.frames[fi];
            let pc = f.pc.saturating_sub(1);
            json!({"fn": func_name(vm, f.func), "line": line(vm, f.func, pc), "sp": hex(f.sp), "fp": hex(f.fp), "seg": f.seg, "ret": crate::render::ret_word(f.ret)})
        })
        .collect()
}

impl Hook for UnwindRecorder<'_> {
    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        let g = &vm.gs[gi];
        let goid = g.goid;
        if self.file.is_empty() {
            self.file = vm.prog.file.clone();
        }
        match ev {
            Event::Panic { id } | Event::Goexit { id } => self.start(vm, g, *id),
            Event::DeferCall { by, frame, call, native } => {
                let id = match by {
                    runtime::hook::RunBy::Panic(id) | runtime::hook::RunBy::Goexit(id) => *id,
                    _ => return Control::Continue,
                };
                let step = json!({"step": "run_defer", "fn": defer_fn_name(vm, &call.func), "args": args_text(vm, call), "by": run_by(*by), "frame": func_name(vm, g.frames[*frame].func), "native": native});
                if let Some(r) = self.report(goid, id) {
                    r.steps.push(step);
                }
            }
            Event::Return { func, ret: RetTo::Panic(id), .. } => {
                let rec = g.panics.iter().find(|p| p.id == *id).map(|p| p.recovered).unwrap_or(false);
                let step = json!({"step": "defer_returned", "fn": func_name(vm, *func), "outcome": if rec {"returned after recover"} else {"returned"}});
                if let Some(r) = self.report(goid, *id) {
                    r.steps.push(step);
                }
            }
            Event::Recover { accepted } => {
                let top = &g.frames[g.frames.len() - 1];
                let pc = top.pc.saturating_sub(1);
                if let Some(p) = g.panics.last() {
                    let mut step =
                        json!({"step": "recover", "accepted": accepted, "fn": func_name(vm, top.func), "line": line(vm, top.func, pc)});
                    if !accepted {
                        step["reason"] = refuse_reason(vm, g).into();
                    }
                    let id = p.id;
                    if let Some(r) = self.report(goid, id) {
                        r.steps.push(step);
                    }
                }
            }
            Event::Unwind { id, from, to } => {
                if let RetTo::Panic(old) = g.frames[*from].ret {
                    // The deferred call of panic `old` did not return: `id`
                    // passes over it, aborting `old`.
                    if let Some(r) = self.report(goid, old) {
                        r.steps.push(json!({"step": "aborted", "by": id}));
                    }
                    let s = json!({"step": "abort", "panic": old, "in": func_name(vm, g.frames[*from].func)});
                    if let Some(r) = self.report(goid, *id) {
                        r.steps.push(s);
                    }
                }
                let step = json!({"step": "unwind", "from": func_name(vm, g.frames[*from].func), "to": func_name(vm, g.frames[*to].func), "sp": hex(g.frames[*to].sp)});
                if let Some(r) = self.report(goid, *id) {
                    r.steps.push(step);
                }
            }
            Event::Recovery { id, frame, pc } => {
                let f = &g.frames[*frame];
                let end = json!({"how": "recovered", "frame": func_name(vm, f.func), "resume": pc_loc(vm, f.func, *pc), "line": line(vm, f.func, *pc), "sp": hex(f.sp)});
                self.end(goid, *id, end);
                // Panics that the recovery dropped (aborted ones deeper down).
                let live: Vec<u64> = g.panics.iter().map(|p| p.id).collect();
                let gone: Vec<u64> = self.active.keys().filter(|k| k.0 == goid && !live.contains(&k.1)).map(|k| k.1).collect();
                for old in gone {
                    self.end(goid, old, json!({"how": "dropped", "by_recovery_of": id}));
                }
            }
            Event::FatalPanic => {
                let tb = traceback_lines(vm, gi);
                self.end_all_of(goid, json!({"how": "fatal", "traceback": tb}));
            }
            Event::Fatal { msg } => {
                let tb = traceback_lines(vm, gi);
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
