//! `gostack trace`: one line per runtime event, text or JSON.

use std::io::Write;

use runtime::hook::{Control, Event, Hook};
use runtime::Vm;

use crate::events::Describer;
use crate::record::Group;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// The groups traced when `--events` is not given (`call` is left out: it
/// is one line per function call).
pub const DEFAULT_GROUPS: &[Group] = &[Group::Defer, Group::Panic, Group::Stack, Group::Sched];

/// Parses `defer,panic,stack,sched,call` (or `all`).
pub fn parse_groups(s: &str) -> Result<Vec<Group>, String> {
    let mut gs = Vec::new();
    for w in s.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        if w == "all" {
            gs.extend([Group::Call, Group::Defer, Group::Panic, Group::Stack, Group::Sched]);
            continue;
        }
        gs.push(Group::parse(w).ok_or_else(|| format!("unknown event group {w:?} (want call, defer, panic, stack, sched, instr or all)"))?);
    }
    Ok(gs)
}

/// The tracing hook: writes each record of a selected group as one line
/// and flushes it, so that trace lines and program output interleave in
/// the order they happened when both go to one terminal or file.
pub struct TraceHook<'w> {
    groups: Vec<Group>,
    format: Format,
    out: Box<dyn Write + 'w>,
    desc: Describer,
}

impl<'w> TraceHook<'w> {
    pub fn new(groups: Vec<Group>, format: Format, out: Box<dyn Write + 'w>) -> TraceHook<'w> {
        TraceHook { groups, format, out, desc: Describer::default() }
    }
}

impl TraceHook<'_> {
    fn write(&mut self, r: &crate::record::Record) {
        let line = match self.format {
            Format::Text => r.text(),
            Format::Json => r.json(),
        };
        let _ = writeln!(self.out, "{line}");
    }
}

impl Hook for TraceHook<'_> {
    fn wants_step(&self) -> bool {
        self.groups.contains(&Group::Instr)
    }

    /// `--events instr`: goroutine, pc, line and the instruction, as clox's
    /// DEBUG_TRACE_EXECUTION prints them.
    fn step(&mut self, vm: &Vm, gi: usize) -> Control {
        let insp = vm.inspect();
        if let Some(f) = insp.top_frame(gi, true).as_ref() {
            let op = insp.program().funcs[f.func as usize].code.get(f.pc as usize).copied();
            if let Some(op) = op {
                let r = crate::record::Record::new("instr", Group::Instr, insp.goroutine(gi).goid)
                    .f("pc", crate::render::pc_loc(&insp, f.func, f.pc))
                    .f("line", f.line)
                    .f("op", format!("{op:?}"));
                self.write(&r);
            }
        }
        Control::Continue
    }

    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        for r in self.desc.describe(vm, gi, ev) {
            if !self.groups.contains(&r.group) {
                continue;
            }
            self.write(&r);
        }
        let _ = self.out.flush();
        Control::Continue
    }
}
