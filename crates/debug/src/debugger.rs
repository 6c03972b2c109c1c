//! `gostack debug`: a Delve-like step debugger over the runtime's hooks.
//!
//! The command loop runs inside the hook call that stopped the program (a
//! breakpoint, a finished step, an event breakpoint), with the VM borrowed
//! read-only; `continue`/`step`/`next`/`stepout`/`stepi` set how the next
//! stop is found and return to the VM. This is the shape of pdb's trace
//! function: nothing in the VM waits for the debugger except that call.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write;

use bytecode::Program;
use runtime::hook::{Control, Event, Hook, RunBy};
use runtime::proc::{Gstatus, RetTo};
use runtime::vm::Flow;
use runtime::Vm;

use crate::events::{refuse_reason, run_by, Describer};
use crate::render::{self, cur_pc, func_name, hex, pc_loc, value};

/// Where commands come from.
pub enum Input {
    /// An interactive terminal: a line editor with history.
    Editor(Box<rustyline::DefaultEditor>),
    /// A script or piped standard input; each command is echoed after the
    /// prompt so that the transcript reads like a session.
    Lines { lines: Vec<String>, pos: usize },
}

impl Input {
    pub fn editor() -> Result<Input, String> {
        let ed = rustyline::DefaultEditor::new().map_err(|e| e.to_string())?;
        Ok(Input::Editor(Box::new(ed)))
    }

    pub fn lines(text: &str) -> Input {
        Input::Lines { lines: text.lines().map(str::to_string).collect(), pos: 0 }
    }

    fn read(&mut self, prompt: &str, out: &mut dyn Write) -> Option<String> {
        match self {
            Input::Editor(ed) => loop {
                match ed.readline(prompt) {
                    Ok(l) => {
                        if !l.trim().is_empty() {
                            let _ = ed.add_history_entry(l.as_str());
                        }
                        return Some(l);
                    }
                    Err(rustyline::error::ReadlineError::Interrupted) => continue,
                    Err(_) => return None,
                }
            },
            Input::Lines { lines, pos } => {
                let l = lines.get(*pos)?.clone();
                *pos += 1;
                let _ = writeln!(out, "{prompt}{l}");
                Some(l)
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EvBp {
    Panic,
    Recover,
    Goexit,
    Defer,
}

enum BpKind {
    /// Code breakpoint: a location and the (func, pc) pairs it covers.
    Code {
        loc: String,
        pcs: Vec<(u32, u32)>,
    },
    Event(EvBp),
}

struct Breakpoint {
    id: usize,
    kind: BpKind,
    hits: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Run,
    StepInstr,
    Step { goid: u64, depth: usize, func: u32, line: u32 },
    Next { goid: u64, depth: usize, func: u32, line: u32 },
    StepOut { goid: u64, depth: usize },
}

/// What the command loop decided.
enum Resume {
    Go,
    Quit,
}

pub struct Debugger<'w> {
    input: Input,
    out: Box<dyn Write + 'w>,
    src: Vec<String>,
    bps: Vec<Breakpoint>,
    next_bp: usize,
    pc_bps: HashSet<(u32, u32)>,
    mode: Mode,
    /// `break defer`: stop when the next frame pushed on this goroutine is
    /// the deferred call just announced.
    pending_defer: Option<u64>,
    killed: Option<i32>,
    /// The selected goroutine (index in `Vm::gs`) and frame (0 = top).
    gi: usize,
    frame: usize,
    /// The top frame's pc is the instruction about to run (a step stop).
    exact: bool,
    /// The goroutine that stopped, and whether that stop was exact.
    stop_gi: usize,
    stop_exact: bool,
    last_cmd: String,
    desc: Describer,
}

const PROMPT: &str = "(gostack) ";

const HELP: &str = "\
Running the program:
    continue (c)         run until a breakpoint, an event breakpoint or the end
    step (s)             run to the next source line, entering calls
    next (n)             run to the next source line in this function (or a caller)
    stepout (so)         run until the current function returns
    stepi (si)           execute one VM instruction
    quit (q)             stop the program and leave
Breakpoints:
    break (b) LOC        LOC is FILE:LINE, LINE, or a function (main.f or f)
    break panic|recover|goexit|defer
                         stop when a panic starts, recover() is called, Goexit
                         starts, or a deferred call starts running
    breakpoints (bp)     list breakpoints
    clear N | clearall   delete breakpoint N | all breakpoints
Viewing the program state:
    regs                 sp, fp, pc (func+0xNN and file:line), current segment
    stack (bt) [-defer]  the goroutine's frames as Go's traceback shows them
    frame N | up | down  select a frame for regs/locals/args/print/list/disasm
    locals | args        the selected frame's variables (slots R<n> if unnamed)
    print (p) EXPR       a variable, R<n>, *x, x[i], x.N (field number)
    defers               the _defer chain and each frame's open-coded defers
    panics               the _panic chain
    goroutines (grs)     all goroutines; goroutine (gr) N selects one
    segments             the stack's segments (lo/hi/guard) and their use
    list (l) [LOC]       source around the current line (or LOC)
    disasm [FUNC]        bytecode of the current function, pc marked
    help (h)             this text
An empty line repeats the last command.
";

impl<'w> Debugger<'w> {
    pub fn new(input: Input, out: Box<dyn Write + 'w>, src: &str) -> Debugger<'w> {
        Debugger {
            input,
            out,
            src: src.lines().map(str::to_string).collect(),
            bps: Vec::new(),
            next_bp: 1,
            pc_bps: HashSet::new(),
            mode: Mode::Run,
            pending_defer: None,
            killed: None,
            gi: 0,
            frame: 0,
            exact: false,
            stop_gi: 0,
            stop_exact: false,
            last_cmd: String::new(),
            desc: Describer::default(),
        }
    }

    /// The command loop before the program starts. Returns false if the
    /// user quit.
    pub fn before_start(&mut self, prog: &Program) -> bool {
        let _ = writeln!(self.out, "Type 'help' for the list of commands. The program has not started.");
        matches!(self.repl(prog, None), Resume::Go)
    }

    fn rebuild(&mut self) {
        self.pc_bps = self
            .bps
            .iter()
            .flat_map(|b| match &b.kind {
                BpKind::Code { pcs, .. } => pcs.clone(),
                BpKind::Event(_) => vec![],
            })
            .collect();
    }

    fn has_event_bp(&mut self, e: EvBp) -> Option<usize> {
        let b = self.bps.iter_mut().find(|b| matches!(b.kind, BpKind::Event(x) if x == e))?;
        b.hits += 1;
        Some(b.id)
    }

    /// Stops: announces why and where, then runs the command loop.
    fn stop(&mut self, vm: &Vm, gi: usize, exact: bool, why: String) -> Control {
        self.gi = gi;
        self.frame = 0;
        self.exact = exact;
        self.stop_gi = gi;
        self.stop_exact = exact;
        self.mode = Mode::Run;
        let g = &vm.gs[gi];
        let mut s = String::new();
        if let Some(fi) = g.frames.len().checked_sub(1) {
            let f = &g.frames[fi];
            let pc = cur_pc(vm, g, fi, exact);
            let ln = render::line(vm, f.func, pc);
            let tag = if why.is_empty() { String::new() } else { format!("[{why}] ") };
            let gtag = if g.goid != 1 { format!("goroutine {}: ", g.goid) } else { String::new() };
            let _ = writeln!(s, "> {gtag}{tag}{}() {}:{} (pc {})", func_name(vm, f.func), render::file(vm), ln, pc_loc(vm, f.func, pc));
            if let Some(text) = self.src.get(ln as usize - 1).filter(|_| ln > 0) {
                let _ = writeln!(s, "{ln:>6}:\t{text}");
            }
        } else {
            let _ = writeln!(s, "> goroutine {}: [{why}]", g.goid);
        }
        let _ = self.out.write_all(s.as_bytes());
        match self.repl(vm.prog, Some(vm)) {
            Resume::Go => Control::Continue,
            Resume::Quit => {
                self.killed = Some(0);
                Control::Exit(0)
            }
        }
    }

    fn repl(&mut self, prog: &Program, vm: Option<&Vm>) -> Resume {
        loop {
            let _ = self.out.flush();
            let Some(line) = self.input.read(PROMPT, &mut *self.out) else {
                let _ = writeln!(self.out, "(end of commands: quit)");
                return Resume::Quit;
            };
            let mut line = line.trim().to_string();
            if line.starts_with('#') {
                continue;
            }
            if line.is_empty() {
                if self.last_cmd.is_empty() {
                    continue;
                }
                line = self.last_cmd.clone();
            } else {
                self.last_cmd = line.clone();
            }
            let mut text = String::new();
            let r = self.command(prog, vm, &line, &mut text);
            let _ = self.out.write_all(text.as_bytes());
            let _ = self.out.flush();
            if let Some(r) = r {
                return r;
            }
        }
    }

    /// Runs one command; `Some` when the program should go on (or quit).
    fn command(&mut self, prog: &Program, vm: Option<&Vm>, line: &str, o: &mut String) -> Option<Resume> {
        let mut words = line.split_whitespace();
        let cmd = words.next().unwrap_or("");
        let rest: Vec<&str> = words.collect();
        let arg = rest.join(" ");
        // Commands that need a stopped program.
        let need = |o: &mut String| -> Option<&Vm> {
            match vm {
                Some(v) => Some(v),
                None => {
                    o.push_str("the program is not running\n");
                    None
                }
            }
        };
        match cmd {
            "help" | "h" => o.push_str(HELP),
            "quit" | "q" | "exit" => return Some(Resume::Quit),
            "continue" | "c" => {
                self.mode = Mode::Run;
                return Some(Resume::Go);
            }
            "step" | "s" | "next" | "n" | "stepout" | "so" | "stepi" | "si" => {
                let Some(vm) = vm else {
                    // Not started: stop at the entry of main.main.
                    self.add_bp(prog, "main.main", true, o);
                    return Some(Resume::Go);
                };
                let g = &vm.gs[self.gi];
                if g.frames.is_empty() {
                    o.push_str("the goroutine has no frames\n");
                    return None;
                }
                let depth = g.frames.len();
                let f = &g.frames[depth - 1];
                let pc = cur_pc(vm, g, depth - 1, self.exact);
                let ln = render::line(vm, f.func, pc);
                self.mode = match cmd {
                    "step" | "s" => Mode::Step { goid: g.goid, depth, func: f.func, line: ln },
                    "next" | "n" => Mode::Next { goid: g.goid, depth, func: f.func, line: ln },
                    "stepout" | "so" => Mode::StepOut { goid: g.goid, depth },
                    _ => Mode::StepInstr,
                };
                return Some(Resume::Go);
            }
            "break" | "b" => {
                if arg.is_empty() {
                    o.push_str("usage: break FILE:LINE | LINE | FUNC | panic | recover | goexit | defer\n");
                } else {
                    self.add_bp(prog, &arg, false, o);
                }
            }
            "breakpoints" | "bp" => {
                if self.bps.is_empty() {
                    o.push_str("no breakpoints\n");
                }
                for b in &self.bps {
                    let what = match &b.kind {
                        BpKind::Code { loc, pcs } => {
                            let at: Vec<String> = pcs.iter().map(|&(f, pc)| pc_loc_p(prog, f, pc)).collect();
                            format!("{loc} at {}", at.join(", "))
                        }
                        BpKind::Event(e) => format!("on {}", ev_name(*e)),
                    };
                    let _ = writeln!(o, "Breakpoint {} {what} (hits: {})", b.id, b.hits);
                }
            }
            "clear" => match arg.parse::<usize>() {
                Ok(n) if self.bps.iter().any(|b| b.id == n) => {
                    self.bps.retain(|b| b.id != n);
                    self.rebuild();
                    let _ = writeln!(o, "Breakpoint {n} cleared");
                }
                _ => o.push_str("usage: clear N (see breakpoints)\n"),
            },
            "clearall" => {
                self.bps.clear();
                self.rebuild();
                o.push_str("All breakpoints cleared\n");
            }
            "list" | "l" => self.list(prog, vm, &arg, o),
            "disasm" => self.disasm(prog, vm, &arg, o),
            "regs" => {
                let vm = need(o)?;
                let fi = self.sel(vm, o)?;
                o.push_str(&render::regs_text(vm, self.gi, fi, self.exact));
            }
            "stack" | "bt" => {
                let vm = need(o)?;
                let defers = rest.contains(&"-defer");
                o.push_str(&render::stack_text(vm, self.gi, self.exact, defers, Some(self.frame)));
            }
            "frame" | "up" | "down" => {
                let vm = need(o)?;
                let n = vm.gs[self.gi].frames.len();
                let want = match cmd {
                    "up" => self.frame + 1,
                    "down" => self.frame.wrapping_sub(1),
                    _ => match arg.parse::<usize>() {
                        Ok(k) => k,
                        Err(_) => {
                            o.push_str("usage: frame N\n");
                            return None;
                        }
                    },
                };
                if want >= n {
                    let _ = writeln!(o, "no frame {} (the goroutine has {n})", want as isize);
                    return None;
                }
                self.frame = want;
                let fi = n - 1 - want;
                let g = &vm.gs[self.gi];
                let f = &g.frames[fi];
                let pc = cur_pc(vm, g, fi, self.exact);
                let ln = render::line(vm, f.func, pc);
                let _ =
                    writeln!(o, "Frame {want}: {}() {}:{} (pc {})", func_name(vm, f.func), render::file(vm), ln, pc_loc(vm, f.func, pc));
                if let Some(text) = self.src.get((ln as usize).wrapping_sub(1)) {
                    let _ = writeln!(o, "{ln:>6}:\t{text}");
                }
            }
            "locals" | "args" => {
                let vm = need(o)?;
                let fi = self.sel(vm, o)?;
                let vars = render::slots(vm, self.gi, fi, cmd == "args", self.exact);
                if vars.is_empty() {
                    let _ = writeln!(o, "(no {})", if cmd == "args" { "arguments" } else { "locals" });
                }
                for (n, v) in vars {
                    let _ = writeln!(o, "{n} = {v}");
                }
            }
            "print" | "p" => {
                let vm = need(o)?;
                let fi = self.sel(vm, o)?;
                match self.eval(vm, fi, &arg) {
                    Ok(v) => {
                        let _ = writeln!(o, "{}", value(vm, &v));
                    }
                    Err(e) => {
                        let _ = writeln!(o, "{e}");
                    }
                }
            }
            "defers" => {
                let vm = need(o)?;
                o.push_str(&render::defers_text(vm, self.gi));
            }
            "panics" => {
                let vm = need(o)?;
                o.push_str(&render::panics_text(vm, self.gi));
            }
            "goroutines" | "grs" => {
                let vm = need(o)?;
                o.push_str(&render::goroutines_text(vm, Some(self.gi)));
            }
            "goroutine" | "gr" => {
                let vm = need(o)?;
                if arg.is_empty() {
                    let _ = writeln!(o, "Goroutine {}", vm.gs[self.gi].goid);
                    return None;
                }
                match arg.parse::<u64>().ok().and_then(|id| vm.gs.iter().position(|g| g.goid == id && g.status != Gstatus::Dead)) {
                    Some(gi) => {
                        self.gi = gi;
                        self.frame = 0;
                        self.exact = gi == self.stop_gi && self.stop_exact;
                        let _ = writeln!(o, "Switched to goroutine {arg}");
                        o.push_str(&render::stack_text(vm, gi, self.exact, false, Some(0)));
                    }
                    None => {
                        let _ = writeln!(o, "no goroutine {arg}");
                    }
                }
            }
            "segments" => {
                let vm = need(o)?;
                o.push_str(&render::segments_text(vm, self.gi));
            }
            _ => {
                let _ = writeln!(o, "unknown command {cmd:?}; type 'help'");
            }
        }
        None
    }

    /// The selected frame's index in `G::frames`.
    fn sel(&self, vm: &Vm, o: &mut String) -> Option<usize> {
        let n = vm.gs[self.gi].frames.len();
        if self.frame >= n {
            o.push_str("no frames\n");
            return None;
        }
        Some(n - 1 - self.frame)
    }

    fn add_bp(&mut self, prog: &Program, loc: &str, temp: bool, o: &mut String) {
        let kind = match loc {
            "panic" => BpKind::Event(EvBp::Panic),
            "recover" => BpKind::Event(EvBp::Recover),
            "goexit" => BpKind::Event(EvBp::Goexit),
            "defer" => BpKind::Event(EvBp::Defer),
            _ => match resolve(prog, loc) {
                Ok(pcs) => BpKind::Code { loc: loc.to_string(), pcs },
                Err(e) => {
                    let _ = writeln!(o, "{e}");
                    return;
                }
            },
        };
        let id = self.next_bp;
        self.next_bp += 1;
        if !temp {
            match &kind {
                BpKind::Code { pcs, .. } => {
                    let at: Vec<String> = pcs
                        .iter()
                        .map(|&(f, pc)| format!("{} {}:{}", pc_loc_p(prog, f, pc), short_file(prog), prog.funcs[f as usize].line_at(pc)))
                        .collect();
                    let _ = writeln!(o, "Breakpoint {id} set at {}", at.join(", "));
                }
                BpKind::Event(e) => {
                    let _ = writeln!(o, "Breakpoint {id} set on {}", ev_name(*e));
                }
            }
        }
        self.bps.push(Breakpoint { id: if temp { 0 } else { id }, kind, hits: 0 });
        self.rebuild();
    }

    fn list(&self, prog: &Program, vm: Option<&Vm>, arg: &str, o: &mut String) {
        let center = if !arg.is_empty() {
            match resolve(prog, arg) {
                Ok(pcs) => pcs.first().map(|&(f, pc)| prog.funcs[f as usize].line_at(pc)).unwrap_or(1),
                Err(e) => {
                    let _ = writeln!(o, "{e}");
                    return;
                }
            }
        } else if let Some(vm) = vm.filter(|v| !v.gs[self.gi].frames.is_empty()) {
            let g = &vm.gs[self.gi];
            let fi = g.frames.len().saturating_sub(1 + self.frame);
            render::line(vm, g.frames[fi].func, cur_pc(vm, g, fi, self.exact))
        } else {
            prog.funcs[prog.main as usize].line
        };
        let cur = if arg.is_empty() && vm.is_some() { center } else { 0 };
        let lo = center.saturating_sub(5).max(1);
        let hi = (center + 5).min(self.src.len() as u32);
        let _ = writeln!(o, "Showing {}:{}", short_file(prog), center);
        for l in lo..=hi {
            let mark = if l == cur { "=>" } else { "  " };
            let _ = writeln!(o, "{mark}{l:>5}:\t{}", self.src[l as usize - 1]);
        }
    }

    fn disasm(&self, prog: &Program, vm: Option<&Vm>, arg: &str, o: &mut String) {
        let (f, pc) = if !arg.is_empty() {
            match find_func(prog, arg) {
                Some(f) => (f, None),
                None => {
                    let _ = writeln!(o, "no function {arg}");
                    return;
                }
            }
        } else if let Some(vm) = vm.filter(|v| !v.gs[self.gi].frames.is_empty()) {
            let g = &vm.gs[self.gi];
            let fi = g.frames.len().saturating_sub(1 + self.frame);
            (g.frames[fi].func, Some(cur_pc(vm, g, fi, self.exact)))
        } else {
            (prog.main, None)
        };
        for (i, l) in prog.disassemble(f).lines().enumerate() {
            let mark = if i > 0 && pc == Some(i as u32 - 1) { "=>" } else { "  " };
            let _ = writeln!(o, "{mark}{l}");
        }
    }

    /// `print`: a variable or slot, then `*`, `[i]` and `.N` selectors.
    fn eval(&self, vm: &Vm, fi: usize, expr: &str) -> Result<runtime::value::Value, String> {
        use runtime::value::{Pointer, Value};
        let expr = expr.trim();
        let (derefs, mut rest) = {
            let n = expr.chars().take_while(|&c| c == '*').count();
            (n, &expr[n..])
        };
        let end = rest.find(['[', '.']).unwrap_or(rest.len());
        let name = &rest[..end];
        rest = &rest[end..];
        if name.is_empty() {
            return Err("usage: print NAME | R<n> | *x | x[i] | x.N".into());
        }
        let g = &vm.gs[self.gi];
        let f = &g.frames[fi];
        let pc = cur_pc(vm, g, fi, self.exact);
        let Some(slot) = render::find_slot(vm, f.func, name, pc) else {
            let p = &vm.prog.funcs[f.func as usize];
            return Err(if p.locals.is_empty() {
                format!("could not find symbol {name:?}: no variable names for {} (use R0..R{})", p.name, p.nslots.saturating_sub(1))
            } else {
                format!("could not find symbol {name:?}")
            });
        };
        let mut v = g.stack.segs[f.seg as usize].slots.get(f.base as usize + slot as usize).cloned().unwrap_or_default();
        if let Value::Cell(c) = &v {
            let inner = c.borrow().clone();
            v = inner;
        }
        while !rest.is_empty() {
            let (idx, adv) = if let Some(r) = rest.strip_prefix('[') {
                let close = r.find(']').ok_or("missing ]")?;
                (r[..close].trim().parse::<usize>().map_err(|_| "index must be a number")?, close + 2)
            } else if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['[', '.']).unwrap_or(r.len());
                (r[..end].parse::<usize>().map_err(|_| "fields are selected by number (x.0): variables carry no type names here")?, end + 1)
            } else {
                return Err(format!("cannot parse {rest:?}"));
            };
            rest = &rest[adv..];
            v = match &v {
                Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => a.borrow().get(idx).cloned().ok_or("index out of range")?,
                Value::Slice(s) if idx < s.len as usize => s.arr.borrow()[s.off as usize + idx].clone(),
                Value::Bytes(s) if idx < s.len as usize => s.arr.get(s.off as usize + idx).unwrap_or_default(),
                Value::Str(s) if idx < s.len() => Value::Int(s[idx] as i64),
                Value::Iface(i) => match &i.val {
                    Value::Agg(a) | Value::Pointer(Pointer::Agg(a)) => a.borrow().get(idx).cloned().ok_or("index out of range")?,
                    _ => return Err("cannot index this value".into()),
                },
                _ => return Err("cannot index this value".into()),
            };
        }
        for _ in 0..derefs {
            v = match &v {
                Value::Pointer(Pointer::Agg(a)) => Value::Agg(a.clone()),
                Value::Pointer(Pointer::Cell(c)) | Value::Cell(c) => c.borrow().clone(),
                Value::Pointer(Pointer::Elem(a, i)) => a.borrow().get(*i as usize).cloned().unwrap_or_default(),
                Value::Pointer(Pointer::Byte(a, i)) => a.get(*i as usize).unwrap_or_default(),
                Value::Pointer(Pointer::Global(gl)) => vm.globals.get(*gl as usize).cloned().unwrap_or_default(),
                Value::Nil => return Err("nil pointer dereference".into()),
                _ => return Err("not a pointer".into()),
            };
        }
        Ok(v)
    }

    fn is_line_start(vm: &Vm, func: u32, pc: u32) -> bool {
        let p = &vm.prog.funcs[func as usize];
        pc == 0 || p.line_at(pc) != p.line_at(pc - 1)
    }
}

fn ev_name(e: EvBp) -> &'static str {
    match e {
        EvBp::Panic => "panic (gopanic)",
        EvBp::Recover => "recover (gorecover)",
        EvBp::Goexit => "goexit (runtime.Goexit)",
        EvBp::Defer => "defer (a deferred call starts)",
    }
}

fn short_file(prog: &Program) -> String {
    prog.file.rsplit('/').next().unwrap_or(&prog.file).to_string()
}

fn pc_loc_p(prog: &Program, f: u32, pc: u32) -> String {
    format!("{}+{:#x}", prog.funcs[f as usize].name, pc)
}

fn find_func(prog: &Program, name: &str) -> Option<u32> {
    let full = if name.contains('.') { name.to_string() } else { format!("main.{name}") };
    prog.funcs.iter().position(|p| p.name == full || p.name == name).map(|i| i as u32)
}

/// FILE:LINE, :LINE, LINE or a function name → breakpoint pcs: the first
/// pc of the line in each function that has code on it.
fn resolve(prog: &Program, loc: &str) -> Result<Vec<(u32, u32)>, String> {
    let line_part = match loc.rsplit_once(':') {
        Some((_, l)) => Some(l),
        None if loc.chars().all(|c| c.is_ascii_digit()) => Some(loc),
        None => None,
    };
    if let Some(l) = line_part {
        let line: u32 = l.parse().map_err(|_| format!("bad line number in {loc:?}"))?;
        let mut pcs = Vec::new();
        for (fi, p) in prog.funcs.iter().enumerate() {
            // Only the user's package comes from the program's file (the
            // standard library prelude is compiled from other sources).
            if p.wrapper || !p.name.starts_with("main.") || p.name == "main.init" {
                continue;
            }
            let first = (0..p.code.len() as u32).find(|&pc| p.line_at(pc) == line && (pc == 0 || p.line_at(pc - 1) != line));
            if let Some(pc) = first {
                pcs.push((fi as u32, pc));
            }
        }
        if pcs.is_empty() {
            return Err(format!("no code at {}:{line}", short_file(prog)));
        }
        return Ok(pcs);
    }
    match find_func(prog, loc) {
        Some(f) => Ok(vec![(f, 0)]),
        None => Err(format!("no function or location {loc:?}")),
    }
}

impl Hook for Debugger<'_> {
    fn wants_step(&self) -> bool {
        self.killed.is_some() || self.mode != Mode::Run || !self.pc_bps.is_empty()
    }

    fn step(&mut self, vm: &Vm, gi: usize) -> Control {
        if let Some(c) = self.killed {
            return Control::Exit(c);
        }
        let g = &vm.gs[gi];
        let Some(f) = g.frames.last() else { return Control::Continue };
        let (func, pc, depth) = (f.func, f.pc, g.frames.len());
        // `Return` re-executes after each deferred call it runs
        // (deferreturn): a breakpoint there fires once.
        if self.pc_bps.contains(&(func, pc)) && !f.returning {
            let mut id = 0;
            for b in &mut self.bps {
                if let BpKind::Code { pcs, .. } = &b.kind {
                    if pcs.contains(&(func, pc)) {
                        b.hits += 1;
                        id = b.id;
                        break;
                    }
                }
            }
            // Temporary breakpoints (id 0: "step" before the start) go away.
            self.bps.retain(|b| b.id != 0);
            self.rebuild();
            let why = if id == 0 { String::new() } else { format!("breakpoint {id}") };
            return self.stop(vm, gi, true, why);
        }
        let proto = &vm.prog.funcs[func as usize];
        let stop = match self.mode {
            Mode::Run => false,
            Mode::StepInstr => true,
            Mode::Step { goid, depth: d0, func: f0, line: l0 } => {
                g.goid == goid
                    && !proto.wrapper
                    && ((depth > d0 && pc == 0)
                        || (depth <= d0 && Self::is_line_start(vm, func, pc) && (depth != d0 || func != f0 || proto.line_at(pc) != l0)))
            }
            Mode::Next { goid, depth: d0, func: f0, line: l0 } => {
                g.goid == goid
                    && depth <= d0
                    && !proto.wrapper
                    && Self::is_line_start(vm, func, pc)
                    && (depth != d0 || func != f0 || proto.line_at(pc) != l0)
            }
            Mode::StepOut { goid, depth: d0 } => g.goid == goid && depth < d0,
        };
        if stop {
            return self.stop(vm, gi, true, String::new());
        }
        Control::Continue
    }

    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        if let Some(c) = self.killed {
            return Control::Exit(c);
        }
        let g = &vm.gs[gi];
        let why = match ev {
            Event::Panic { id } => self.has_event_bp(EvBp::Panic).map(|b| {
                let v = g.panics.last().map(|p| value(vm, &p.arg)).unwrap_or_default();
                format!("breakpoint {b}: panic {id}: {v}")
            }),
            Event::Goexit { id } => self.has_event_bp(EvBp::Goexit).map(|b| format!("breakpoint {b}: Goexit {id}")),
            Event::Recover { accepted } => self.has_event_bp(EvBp::Recover).map(|b| {
                if *accepted {
                    let v = g.panics.last().map(|p| value(vm, &p.arg)).unwrap_or_default();
                    format!("breakpoint {b}: recover accepted: returns {v}")
                } else {
                    format!("breakpoint {b}: recover refused: {}", refuse_reason(vm, g))
                }
            }),
            Event::DeferCall { by, call, native, .. } => {
                if self.bps.iter().any(|b| matches!(b.kind, BpKind::Event(EvBp::Defer))) {
                    if *native {
                        let b = self.has_event_bp(EvBp::Defer).unwrap_or(0);
                        Some(format!("breakpoint {b}: deferred call {} (native) run by {}", render::call_text(vm, call), run_by(*by)))
                    } else {
                        self.pending_defer = Some(g.goid);
                        None
                    }
                } else {
                    None
                }
            }
            Event::Call { frame } if self.pending_defer == Some(g.goid) => {
                self.pending_defer = None;
                let f = &g.frames[*frame];
                match f.ret {
                    RetTo::DeferReturn | RetTo::Panic(_) => {
                        let b = self.has_event_bp(EvBp::Defer).unwrap_or(0);
                        let by = match f.ret {
                            RetTo::Panic(id) => run_by(match g.panics.iter().find(|p| p.id == id) {
                                Some(p) if p.goexit => RunBy::Goexit(id),
                                _ => RunBy::Panic(id),
                            }),
                            _ => "deferreturn".into(),
                        };
                        Some(format!("breakpoint {b}: deferred call run by {by}"))
                    }
                    _ => None,
                }
            }
            Event::FatalPanic => {
                let v = g.panics.last().map(|p| value(vm, &p.arg)).unwrap_or_default();
                Some(format!("unrecovered panic: {v}"))
            }
            Event::Fatal { msg } => Some(format!("fatal error: {msg}")),
            Event::GoStop { flow: Flow::Dead } => {
                if matches!(self.mode, Mode::Step { goid, .. } | Mode::Next { goid, .. } | Mode::StepOut { goid, .. } if goid == g.goid) {
                    self.mode = Mode::Run;
                }
                None
            }
            _ => None,
        };
        // Keep the describer's view of segments current.
        let _ = self.desc.describe(vm, gi, ev);
        match why {
            Some(w) => self.stop(vm, gi, false, w),
            None => Control::Continue,
        }
    }

    fn finish(&mut self, vm: &Vm, code: i32) {
        if self.killed.is_some() {
            return;
        }
        let _ = writeln!(self.out, "Process has exited with status {code}");
        loop {
            let _ = self.out.flush();
            let Some(line) = self.input.read(PROMPT, &mut *self.out) else { break };
            let line = line.trim();
            match line.split_whitespace().next().unwrap_or("") {
                "" => {}
                w if w.starts_with('#') => {}
                "quit" | "q" | "exit" => break,
                "help" | "h" => {
                    let _ = self.out.write_all(HELP.as_bytes());
                }
                "list" | "l" | "disasm" | "break" | "b" | "breakpoints" | "bp" => {
                    let mut o = String::new();
                    let _ = self.command(vm.prog, None, line, &mut o);
                    let _ = self.out.write_all(o.as_bytes());
                }
                _ => {
                    let _ = writeln!(self.out, "Process has exited with status {code}");
                }
            }
        }
        let _ = self.out.flush();
        let _ = hex(0);
    }
}
