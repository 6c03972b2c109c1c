//! `gostack debug`: a Delve-like step debugger that can also go backwards.
//!
//! The command loop runs inside the hook call that stopped the program (a
//! breakpoint, a finished step, an event breakpoint), with the VM read
//! through the inspection API; `continue`/`step`/`next`/`stepout`/`stepi`
//! set how the next stop is found and return to the VM. This is the shape
//! of pdb's trace function.
//!
//! **Positions and time travel.** The VM is deterministic, so a position
//! in the run is a number: `tick` counts every hook call (one before each
//! instruction, one at each runtime event). Going backwards (`rs`, `rn`,
//! `rc`/`rewind`, `restart N`) ends the current run and replays the
//! program from the start up to the chosen tick ([`run_session`] does the
//! replaying); output already printed is not printed again, and `set`
//! edits made before that tick are made again at their ticks. Where to go
//! back to is found in a history of line starts and events recorded as the
//! program ran forward.

use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};
use std::fmt::Write as _;
use std::io::Write;
use std::rc::Rc;

use bytecode::Program;
use runtime::hook::{Control, Edit, Event, Hook, RunBy};
use runtime::inspect::{FrameRet, Inspector, RenderOpts};
use runtime::vm::Flow;
use runtime::Vm;

use crate::eval::{self, Scope};
use crate::events::{refuse_reason, run_by, Describer};
use crate::render::{self, dyn_value, hex, pc_loc};

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
    /// Stop only when this expression is true (`break LOC if COND`).
    cond: Option<String>,
    hits: u64,
}

/// `watch EXPR`: stop when the value changes. A watch on a local belongs
/// to that frame and ends with it.
struct Watch {
    id: usize,
    expr: String,
    /// (goid, frame index, its sp): where the expression is evaluated; None
    /// for package-level variables.
    frame: Option<(u64, usize, u64)>,
    last: String,
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
    /// Apply the pending edits and come back to the same stop.
    Again,
    /// End this run and replay to a tick (`full`: a fresh run whose output
    /// is printed again).
    Replay {
        tick: u64,
        full: bool,
        why: String,
    },
}

/// One entry of the history used to go backwards.
#[derive(Clone, Copy, Debug)]
struct Hist {
    tick: u64,
    goid: u64,
    depth: u32,
    func: u32,
    pc: u32,
    kind: HistKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum HistKind {
    /// An instruction that starts a source line.
    Line,
    /// An event a breakpoint may stop at.
    Event(EvBp),
    /// A stop of a conditional breakpoint or a watchpoint that fired.
    Fired,
}

/// History entries kept (a ring: the oldest are dropped, and going back
/// before them needs `restart`).
const MAX_HISTORY: usize = 4_000_000;

/// A `set` made at a tick, remade when a replay passes that tick.
#[derive(Clone, Debug)]
struct LoggedEdit {
    tick: u64,
    goid: u64,
    frame: usize,
    exact: bool,
    lhs: String,
    rhs: String,
}

/// Program output already shown: a replay prints only what goes past it.
#[derive(Clone)]
pub struct OutputGate {
    inner: Rc<RefCell<Box<dyn Write>>>,
    /// Bytes the current run wrote.
    pos: Rc<Cell<u64>>,
    /// Bytes ever shown.
    shown: Rc<Cell<u64>>,
}

impl OutputGate {
    pub fn new(inner: Box<dyn Write>) -> OutputGate {
        OutputGate { inner: Rc::new(RefCell::new(inner)), pos: Rc::new(Cell::new(0)), shown: Rc::new(Cell::new(0)) }
    }
    fn new_run(&self, full: bool) {
        self.pos.set(0);
        if full {
            self.shown.set(0);
        }
    }
}

impl Write for OutputGate {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let start = self.pos.get();
        let end = start + buf.len() as u64;
        let shown = self.shown.get();
        if end > shown {
            let skip = shown.saturating_sub(start) as usize;
            self.inner.borrow_mut().write_all(&buf[skip..])?;
            self.shown.set(end);
        }
        self.pos.set(end);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.borrow_mut().flush()
    }
}

pub struct Debugger<'w> {
    input: Input,
    out: Box<dyn Write + 'w>,
    bps: Vec<Breakpoint>,
    next_bp: usize,
    pc_bps: HashSet<(u32, u32)>,
    displays: Vec<(usize, String)>,
    next_display: usize,
    watches: Vec<Watch>,
    mode: Mode,
    /// `break defer`: stop when the next frame pushed on this goroutine is
    /// the deferred call just announced.
    pending_defer: Option<u64>,
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
    /// Hook calls of this run so far (the position; see the module doc).
    tick: u64,
    history: VecDeque<Hist>,
    /// Replaying: stop when `tick` reaches this, saying why.
    replay_to: Option<(u64, String)>,
    /// Asked by a command: end this run and replay (tick, full, why).
    restart: Option<(u64, bool, String)>,
    edits: Vec<LoggedEdit>,
    pending_edits: Vec<Edit>,
    checkpoints: Vec<(usize, u64, String)>,
    /// The user quit: the program is stopped, no more commands.
    quit: bool,
    /// The program ended with this status (the run's end; the session can
    /// still go back from there).
    ended: Option<i32>,
    stdout_gate: Option<OutputGate>,
    stderr_gate: Option<OutputGate>,
    /// The hook is being called again at the same point (`Control::Again`):
    /// `Some(Some((why, exact)))` to announce a stop, `Some(None)` to go
    /// back to the command loop.
    again: Option<Option<(String, bool)>>,
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
Going back (the run is replayed from the start; output is not repeated):
    reverse-step (rs)    back to the previous source line, entering calls
    reverse-next (rn)    back to the previous line of this function (or a caller)
    reverse-continue (rc), rewind
                         back to the previous breakpoint (or the start)
    checkpoint           remember this moment; checkpoints lists them
    restart [N]          run again from the start (output again), or go to checkpoint N
Breakpoints:
    break (b) LOC [if COND]
                         LOC is FILE:LINE, LINE, or a function (main.f or f)
    break panic|recover|goexit|defer
                         stop when a panic starts, recover() is called, Goexit
                         starts, or a deferred call starts running
    cond N [COND]        set (or remove) breakpoint N's condition
    watch EXPR           stop at the first line after EXPR's value changes
    breakpoints (bp)     list breakpoints and watchpoints
    clear N | clearall   delete breakpoint/watchpoint N | all of them
Viewing the program state:
    print (p) EXPR       a Go expression: x, p.Name, s[1:3], m[\"a\"], *p, &x,
                         len(s), x+1, x == 0, int64(x)
    set LHS = EXPR       change a variable, field or element (classroom experiments)
    display EXPR         print EXPR at every stop; undisplay N
    locals | args        the selected frame's variables (args: parameters and results)
    regs [-a]            sp, fp, pc (func+0xNN and file:line), segment; -a every slot
    stack (bt) [-defer]  the goroutine's frames as Go's traceback shows them
    frame N | up | down  select a frame for regs/locals/args/print/list/disasm
    defers               the _defer chain and each frame's open-coded defers
    panics               the _panic chain (a Goexit is listed as Goexit)
    goroutines (grs)     all goroutines; goroutine (gr) N selects one
    segments             the stack's segments (lo/hi/guard) and their use
    dump                 everything above for every goroutine
    where                the position in the run (its tick) and the location
    list (l) [LOC]       source around the current line (or LOC)
    disasm [FUNC]        bytecode of the current function, pc marked
    help (h)             this text
An empty line repeats the last command that moves the program (step, next,
stepout, stepi, continue and their reverse forms).
";

impl<'w> Debugger<'w> {
    pub fn new(input: Input, out: Box<dyn Write + 'w>) -> Debugger<'w> {
        Debugger {
            input,
            out,
            bps: Vec::new(),
            next_bp: 1,
            pc_bps: HashSet::new(),
            displays: Vec::new(),
            next_display: 1,
            watches: Vec::new(),
            mode: Mode::Run,
            pending_defer: None,
            gi: 0,
            frame: 0,
            exact: false,
            stop_gi: 0,
            stop_exact: false,
            last_cmd: String::new(),
            desc: Describer::default(),
            tick: 0,
            history: VecDeque::new(),
            replay_to: None,
            restart: None,
            edits: Vec::new(),
            pending_edits: Vec::new(),
            checkpoints: Vec::new(),
            quit: false,
            ended: None,
            stdout_gate: None,
            stderr_gate: None,
            again: None,
        }
    }

    /// The command loop before the program starts. Returns false if the
    /// user quit.
    pub fn before_start(&mut self, prog: &Program) -> bool {
        let _ = writeln!(self.out, "Type 'help' for the list of commands. The program has not started.");
        loop {
            match self.repl(prog, None) {
                Resume::Go => return true,
                Resume::Quit => return false,
                // Nothing to go back to yet.
                Resume::Replay { .. } | Resume::Again => {
                    let _ = writeln!(self.out, "the program has not started");
                }
            }
        }
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

    fn record(&mut self, h: Hist) {
        if self.history.len() >= MAX_HISTORY {
            self.history.pop_front();
        }
        self.history.push_back(h);
    }

    /// Stops: announces why and where, then runs the command loop.
    fn stop(&mut self, vm: &Vm, gi: usize, exact: bool, why: String) -> Control {
        let insp = vm.inspect();
        self.gi = gi;
        self.frame = 0;
        self.exact = exact;
        self.stop_gi = gi;
        self.stop_exact = exact;
        self.mode = Mode::Run;
        let g = insp.goroutine(gi);
        let mut s = String::new();
        let tag = if why.is_empty() { String::new() } else { format!("[{why}] ") };
        let gtag = if g.goid != 1 { format!("goroutine {}: ", g.goid) } else { String::new() };
        match insp.top_frame(gi, exact).as_ref() {
            Some(fr) => {
                let _ = writeln!(s, "> {gtag}{tag}{}() {} (pc {})", fr.name, render::frame_loc(&insp, fr), pc_loc(&insp, fr.func, fr.pc));
                if let Some(text) = source_line(&insp, fr.file, fr.line) {
                    let _ = writeln!(s, "{:>6}:\t{text}", fr.line);
                }
            }
            None => {
                let _ = writeln!(s, "> goroutine {}: [{why}]", g.goid);
            }
        }
        let _ = self.out.write_all(s.as_bytes());
        self.show_displays(&insp);
        self.command_loop(vm.prog, Some(&insp))
    }

    /// The command loop at a stop; the Control for the VM.
    fn command_loop(&mut self, prog: &Program, insp: Option<&Inspector>) -> Control {
        match self.repl(prog, insp) {
            Resume::Go => Control::Continue,
            Resume::Quit => {
                self.quit = true;
                Control::Exit(0)
            }
            Resume::Replay { tick, full, why } => {
                self.restart = Some((tick, full, why));
                Control::Exit(0)
            }
            Resume::Again => {
                self.again = Some(None);
                Control::Again
            }
        }
    }

    fn show_displays(&mut self, insp: &Inspector) {
        if self.displays.is_empty() || insp.goroutine(self.gi).nframes == 0 {
            return;
        }
        let mut s = String::new();
        let sc = self.scope(insp);
        for (id, e) in &self.displays {
            match sc.as_ref().map(|sc| eval::eval_str(sc, e)) {
                Some(Ok(v)) => {
                    let _ = writeln!(s, "{id}: {e} = {}", show(insp, &v));
                }
                Some(Err(err)) => {
                    let _ = writeln!(s, "{id}: {e} = <{err}>");
                }
                None => {}
            }
        }
        let _ = self.out.write_all(s.as_bytes());
    }

    /// The selected frame as an evaluation scope.
    fn scope<'i, 'a, 'p>(&self, insp: &'i Inspector<'a, 'p>) -> Option<Scope<'i, 'a, 'p>> {
        let n = insp.goroutine(self.gi).nframes;
        if self.frame >= n {
            return None;
        }
        Some(Scope { insp, gi: self.gi, fi: n - 1 - self.frame, exact_top: self.exact })
    }

    fn repl(&mut self, prog: &Program, insp: Option<&Inspector>) -> Resume {
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
            } else if repeats(&line) {
                self.last_cmd = line.clone();
            }
            let mut text = String::new();
            let r = self.command(prog, insp, &line, &mut text);
            let _ = self.out.write_all(text.as_bytes());
            let _ = self.out.flush();
            if let Some(r) = r {
                return r;
            }
        }
    }

    /// Runs one command; `Some` when the program should go on (or quit).
    fn command(&mut self, prog: &Program, insp: Option<&Inspector>, line: &str, o: &mut String) -> Option<Resume> {
        let (cmd, arg) = match line.split_once(char::is_whitespace) {
            Some((c, a)) => (c, a.trim()),
            None => (line, ""),
        };
        let rest: Vec<&str> = arg.split_whitespace().collect();
        // Commands that need a stopped, running program.
        let ended = self.ended.is_some();
        let need = |o: &mut String| -> Option<&Inspector> {
            match insp {
                Some(v) if !ended => Some(v),
                Some(_) => {
                    o.push_str("the program has exited\n");
                    None
                }
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
                // After the end there is nothing to run (resuming would end
                // the session and drop the remaining commands).
                if self.ended.is_some() {
                    o.push_str("the program has exited (rs/rc go back, restart runs it again)\n");
                    return None;
                }
                self.mode = Mode::Run;
                return Some(Resume::Go);
            }
            "step" | "s" | "next" | "n" | "stepout" | "so" | "stepi" | "si" => {
                let Some(insp) = insp else {
                    // Not started: stop at the first statement of main.main.
                    self.add_bp(prog, "main.main", None, true, o);
                    return Some(Resume::Go);
                };
                if self.ended.is_some() {
                    o.push_str("the program has exited (rs/rc go back, restart runs it again)\n");
                    return None;
                }
                let g = insp.goroutine(self.gi);
                let Some(top) = insp.top_frame(self.gi, self.exact) else {
                    o.push_str("the goroutine has no frames\n");
                    return None;
                };
                let depth = g.nframes;
                self.mode = match cmd {
                    "step" | "s" => Mode::Step { goid: g.goid, depth, func: top.func, line: top.line },
                    "next" | "n" => Mode::Next { goid: g.goid, depth, func: top.func, line: top.line },
                    "stepout" | "so" => Mode::StepOut { goid: g.goid, depth },
                    _ => Mode::StepInstr,
                };
                return Some(Resume::Go);
            }
            "reverse-step" | "rs" | "reverse-next" | "rn" | "reverse-continue" | "rc" | "rewind" => {
                let Some(insp) = insp else {
                    o.push_str("the program has not started\n");
                    return None;
                };
                return self.go_back(prog, insp, cmd, o);
            }
            "checkpoint" => {
                let Some(insp) = insp else {
                    o.push_str("the program has not started\n");
                    return None;
                };
                let id = self.checkpoints.len() + 1;
                let place = self.where_text(insp);
                self.checkpoints.push((id, self.tick, place.clone()));
                let _ = writeln!(o, "Checkpoint {id} at {place}");
            }
            "checkpoints" => {
                if self.checkpoints.is_empty() {
                    o.push_str("no checkpoints\n");
                }
                for (id, _, place) in &self.checkpoints {
                    let _ = writeln!(o, "Checkpoint {id} at {place}");
                }
            }
            "restart" => {
                if arg.is_empty() {
                    return Some(Resume::Replay { tick: 0, full: true, why: String::new() });
                }
                match arg.parse::<usize>().ok().and_then(|n| self.checkpoints.iter().find(|c| c.0 == n)) {
                    Some(&(id, tick, _)) => return Some(Resume::Replay { tick, full: false, why: format!("checkpoint {id}") }),
                    None => o.push_str("usage: restart [N] (see checkpoints)\n"),
                }
            }
            "where" => {
                let Some(insp) = insp else {
                    o.push_str("the program has not started\n");
                    return None;
                };
                let _ = writeln!(o, "{}", self.where_text(insp));
            }
            "break" | "b" => {
                if arg.is_empty() {
                    o.push_str("usage: break FILE:LINE | LINE | FUNC [if COND] | panic | recover | goexit | defer\n");
                } else {
                    let (loc, cond) = match arg.split_once(" if ") {
                        Some((l, c)) => (l.trim(), Some(c.trim().to_string())),
                        None => (arg, None),
                    };
                    if let Some(c) = &cond {
                        let arena = bumpalo::Bump::new();
                        if let Err(e) = eval::parse_expr(&arena, c) {
                            let _ = writeln!(o, "{e}");
                            return None;
                        }
                    }
                    self.add_bp(prog, loc, cond, false, o);
                }
            }
            "cond" => {
                let (n, c) = match arg.split_once(char::is_whitespace) {
                    Some((n, c)) => (n, c.trim()),
                    None => (arg, ""),
                };
                match n.parse::<usize>().ok().and_then(|n| self.bps.iter_mut().find(|b| b.id == n && matches!(b.kind, BpKind::Code { .. })))
                {
                    Some(b) => {
                        if c.is_empty() {
                            b.cond = None;
                            let _ = writeln!(o, "Breakpoint {} is now unconditional", b.id);
                        } else {
                            b.cond = Some(c.to_string());
                            let _ = writeln!(o, "Breakpoint {} stops only if {c}", b.id);
                        }
                    }
                    None => o.push_str("usage: cond N [COND] (N a code breakpoint)\n"),
                }
            }
            "watch" => {
                let insp = need(o)?;
                self.add_watch(insp, arg, o);
            }
            "breakpoints" | "bp" => {
                if self.bps.is_empty() && self.watches.is_empty() {
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
                    let cond = b.cond.as_ref().map(|c| format!(" if {c}")).unwrap_or_default();
                    let _ = writeln!(o, "Breakpoint {} {what}{cond} (hits: {})", b.id, b.hits);
                }
                for w in &self.watches {
                    let _ = writeln!(o, "Watchpoint {} on {} (now {})", w.id, w.expr, w.last);
                }
            }
            "clear" => match arg.parse::<usize>() {
                Ok(n) if self.bps.iter().any(|b| b.id == n) => {
                    self.bps.retain(|b| b.id != n);
                    self.rebuild();
                    let _ = writeln!(o, "Breakpoint {n} cleared");
                }
                Ok(n) if self.watches.iter().any(|w| w.id == n) => {
                    self.watches.retain(|w| w.id != n);
                    let _ = writeln!(o, "Watchpoint {n} cleared");
                }
                _ => o.push_str("usage: clear N (see breakpoints)\n"),
            },
            "clearall" => {
                self.bps.clear();
                self.watches.clear();
                self.rebuild();
                o.push_str("All breakpoints cleared\n");
            }
            "display" => {
                if arg.is_empty() {
                    for (id, e) in &self.displays {
                        let _ = writeln!(o, "{id}: {e}");
                    }
                    return None;
                }
                let arena = bumpalo::Bump::new();
                if let Err(e) = eval::parse_expr(&arena, arg) {
                    let _ = writeln!(o, "{e}");
                    return None;
                }
                let id = self.next_display;
                self.next_display += 1;
                self.displays.push((id, arg.to_string()));
                if let Some(sc) = insp.and_then(|i| self.scope(i)) {
                    match eval::eval_str(&sc, arg) {
                        Ok(v) => {
                            let _ = writeln!(o, "{id}: {arg} = {}", show(sc.insp, &v));
                        }
                        Err(e) => {
                            let _ = writeln!(o, "{id}: {arg} = <{e}>");
                        }
                    }
                } else {
                    let _ = writeln!(o, "Display {id}: {arg}");
                }
            }
            "undisplay" => match arg.parse::<usize>() {
                Ok(n) if self.displays.iter().any(|d| d.0 == n) => {
                    self.displays.retain(|d| d.0 != n);
                    let _ = writeln!(o, "Display {n} removed");
                }
                _ => o.push_str("usage: undisplay N (see display)\n"),
            },
            "list" | "l" => self.list(prog, insp, arg, o),
            "disasm" => self.disasm(prog, insp, arg, o),
            "regs" => {
                let insp = need(o)?;
                let fi = self.sel(insp, o)?;
                o.push_str(&render::regs_text(insp, self.gi, fi, self.exact));
                if rest.contains(&"-a") {
                    o.push_str(&render::slots_text(insp, self.gi, fi, self.exact));
                }
            }
            "stack" | "bt" => {
                let insp = need(o)?;
                let defers = rest.contains(&"-defer");
                o.push_str(&render::stack_text(insp, self.gi, self.exact, defers, Some(self.frame)));
            }
            "frame" | "up" | "down" => {
                let insp = need(o)?;
                let n = insp.goroutine(self.gi).nframes;
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
                let fr = insp.frame(self.gi, n - 1 - want, self.exact);
                let _ = writeln!(o, "Frame {want}: {}() {} (pc {})", fr.name, render::frame_loc(insp, &fr), pc_loc(insp, fr.func, fr.pc));
                if let Some(text) = source_line(insp, fr.file, fr.line) {
                    let _ = writeln!(o, "{:>6}:\t{text}", fr.line);
                }
            }
            "locals" | "args" => {
                let insp = need(o)?;
                let fi = self.sel(insp, o)?;
                let args = cmd == "args";
                let vars: Vec<_> = insp
                    .vars(self.gi, fi, self.exact)
                    .into_iter()
                    .filter(|v| matches!(v.kind, bytecode::VarKind::Param | bytecode::VarKind::Result) == args)
                    .collect();
                if vars.is_empty() {
                    let _ = writeln!(o, "(no {})", if args { "arguments" } else { "locals" });
                }
                for v in vars {
                    let _ = writeln!(o, "{} = {}", v.name, render::value(insp, &v.value, v.ty));
                }
            }
            "print" | "p" => {
                let insp = need(o)?;
                let Some(sc) = self.scope(insp) else {
                    o.push_str("no frames\n");
                    return None;
                };
                let _guard = runtime::heap::VaddrGuard::new();
                match eval::eval_str(&sc, arg) {
                    Ok(v) => {
                        let _ = writeln!(o, "{}", show(insp, &v));
                    }
                    Err(e) => {
                        let _ = writeln!(o, "{e}");
                    }
                }
            }
            "set" => {
                let insp = need(o)?;
                let Some(sc) = self.scope(insp) else {
                    o.push_str("no frames\n");
                    return None;
                };
                let Some((lhs, rhs)) = split_assign(arg) else {
                    o.push_str("usage: set LHS = EXPR\n");
                    return None;
                };
                let _guard = runtime::heap::VaddrGuard::new();
                match eval::assign_str(&sc, lhs, rhs) {
                    Ok(edit) => {
                        let shown = render::dyn_value(insp, &edit.value);
                        self.pending_edits.push(edit);
                        let goid = insp.goroutine(self.gi).goid;
                        self.edits.push(LoggedEdit {
                            tick: self.tick,
                            goid,
                            frame: self.frame,
                            exact: self.exact,
                            lhs: lhs.to_string(),
                            rhs: rhs.to_string(),
                        });
                        let _ = writeln!(o, "{} = {shown}", lhs.trim());
                        return Some(Resume::Again);
                    }
                    Err(e) => {
                        let _ = writeln!(o, "{e}");
                    }
                }
            }
            "defers" => {
                let insp = need(o)?;
                o.push_str(&render::defers_text(insp, self.gi));
            }
            "panics" => {
                let insp = need(o)?;
                o.push_str(&render::panics_text(insp, self.gi));
            }
            "goroutines" | "grs" => {
                let insp = need(o)?;
                o.push_str(&render::goroutines_text(insp, Some(self.gi)));
            }
            "goroutine" | "gr" => {
                let insp = need(o)?;
                if arg.is_empty() {
                    let _ = writeln!(o, "Goroutine {}", insp.goroutine(self.gi).goid);
                    return None;
                }
                match arg.parse::<u64>().ok().and_then(|id| insp.goroutine_by_id(id)).filter(|&gi| insp.is_user_goroutine(gi)) {
                    Some(gi) => {
                        self.gi = gi;
                        self.frame = 0;
                        self.exact = gi == self.stop_gi && self.stop_exact;
                        let _ = writeln!(o, "Switched to goroutine {arg}");
                        o.push_str(&render::stack_text(insp, gi, self.exact, false, Some(0)));
                    }
                    None => {
                        let _ = writeln!(o, "no goroutine {arg}");
                    }
                }
            }
            "segments" => {
                let insp = need(o)?;
                o.push_str(&render::segments_text(insp, self.gi));
            }
            "dump" => {
                let insp = need(o)?;
                o.push_str(&dump_state(insp, self.stop_gi, self.stop_exact));
            }
            _ => {
                let _ = writeln!(o, "unknown command {cmd:?}; type 'help'");
            }
        }
        None
    }

    /// `tick N: main.f() prog.go:12`.
    fn where_text(&self, insp: &Inspector) -> String {
        let loc = match insp.top_frame(self.stop_gi, self.stop_exact).as_ref() {
            Some(fr) => format!("{}() {}", fr.name, render::frame_loc(insp, fr)),
            None => "(no frames)".into(),
        };
        format!("tick {}: goroutine {} {loc}", self.tick, insp.goroutine(self.stop_gi).goid)
    }

    /// `rs`, `rn`, `rc`: the tick to replay to, from the history.
    fn go_back(&mut self, _prog: &Program, insp: &Inspector, cmd: &str, o: &mut String) -> Option<Resume> {
        let cur = self.tick;
        let at_end = self.ended.is_some();
        let (goid, depth) = if at_end {
            (0, 0)
        } else {
            let g = insp.goroutine(self.gi);
            (g.goid, g.nframes as u32)
        };
        let target = match cmd {
            "reverse-step" | "rs" => {
                self.history.iter().rev().find(|h| h.tick < cur && h.kind == HistKind::Line && (at_end || h.goid == goid)).map(|h| h.tick)
            }
            "reverse-next" | "rn" => self
                .history
                .iter()
                .rev()
                .find(|h| h.tick < cur && h.kind == HistKind::Line && (at_end || (h.goid == goid && h.depth <= depth)))
                .map(|h| h.tick),
            _ => {
                let events: Vec<EvBp> = self
                    .bps
                    .iter()
                    .filter_map(|b| match b.kind {
                        BpKind::Event(e) => Some(e),
                        _ => None,
                    })
                    .collect();
                let unconditional: HashSet<(u32, u32)> = self
                    .bps
                    .iter()
                    .filter(|b| b.cond.is_none())
                    .flat_map(|b| match &b.kind {
                        BpKind::Code { pcs, .. } => pcs.clone(),
                        _ => vec![],
                    })
                    .collect();
                let hit = self.history.iter().rev().find(|h| {
                    h.tick < cur
                        && match h.kind {
                            HistKind::Line => unconditional.contains(&(h.func, h.pc)),
                            HistKind::Event(e) => events.contains(&e),
                            HistKind::Fired => true,
                        }
                });
                match hit {
                    Some(h) => Some(h.tick),
                    None => {
                        // No breakpoint before: back to the first line of main.main.
                        let main = insp.program().main;
                        self.history.iter().find(|h| h.kind == HistKind::Line && h.func == main).map(|h| h.tick)
                    }
                }
            }
        };
        match target {
            Some(t) => {
                let why = match cmd {
                    "reverse-step" | "rs" | "reverse-next" | "rn" => String::new(),
                    _ => "went back".to_string(),
                };
                Some(Resume::Replay { tick: t, full: false, why })
            }
            None => {
                o.push_str(if self.history.len() >= MAX_HISTORY {
                    "no earlier position in the history (restart runs from the start)\n"
                } else {
                    "already at the start\n"
                });
                None
            }
        }
    }

    /// The selected frame's index in `G::frames`.
    fn sel(&self, insp: &Inspector, o: &mut String) -> Option<usize> {
        let n = insp.goroutine(self.gi).nframes;
        if self.frame >= n {
            o.push_str("no frames\n");
            return None;
        }
        Some(n - 1 - self.frame)
    }

    fn add_bp(&mut self, prog: &Program, loc: &str, cond: Option<String>, temp: bool, o: &mut String) {
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
        if cond.is_some() && matches!(kind, BpKind::Event(_)) {
            o.push_str("event breakpoints take no condition\n");
            return;
        }
        let id = self.next_bp;
        self.next_bp += 1;
        if !temp {
            let c = cond.as_ref().map(|c| format!(" if {c}")).unwrap_or_default();
            match &kind {
                BpKind::Code { pcs, .. } => {
                    let at: Vec<String> = pcs
                        .iter()
                        .map(|&(f, pc)| {
                            let p = &prog.funcs[f as usize];
                            format!("{} {}:{}", pc_loc_p(prog, f, pc), runtime::inspect::file_display_name(prog, p.file), p.line_at(pc))
                        })
                        .collect();
                    let _ = writeln!(o, "Breakpoint {id} set at {}{c}", at.join(", "));
                }
                BpKind::Event(e) => {
                    let _ = writeln!(o, "Breakpoint {id} set on {}", ev_name(*e));
                }
            }
        }
        self.bps.push(Breakpoint { id: if temp { 0 } else { id }, kind, cond, hits: 0 });
        self.rebuild();
    }

    fn add_watch(&mut self, insp: &Inspector, expr: &str, o: &mut String) {
        let Some(sc) = self.scope(insp) else {
            o.push_str("no frames\n");
            return;
        };
        let _guard = runtime::heap::VaddrGuard::new();
        let v = match eval::eval_str(&sc, expr) {
            Ok(v) => v,
            Err(e) => {
                let _ = writeln!(o, "{e}");
                return;
            }
        };
        // A watch on a local belongs to its frame.
        let arena = bumpalo::Bump::new();
        let root = eval::parse_expr(&arena, expr).ok().map(root_ident).unwrap_or_default();
        let local = insp.vars(sc.gi, sc.fi, sc.exact_top).iter().any(|v| v.name == root);
        let frame = local.then(|| (insp.goroutine(sc.gi).goid, sc.fi, insp.frame(sc.gi, sc.fi, false).sp));
        let id = self.next_bp;
        self.next_bp += 1;
        let last = show(insp, &v);
        let _ = writeln!(o, "Watchpoint {id} set on {expr} (now {last})");
        self.watches.push(Watch { id, expr: expr.to_string(), frame, last });
    }

    /// Re-evaluates the watch expressions at a line start of goroutine
    /// `gi`: the first that changed (or whose frame ended) is a stop.
    fn check_watches(&mut self, insp: &Inspector, gi: usize) -> Option<String> {
        let goid = insp.goroutine(gi).goid;
        let _guard = runtime::heap::VaddrGuard::new();
        let mut why = None;
        let mut gone = Vec::new();
        for w in &mut self.watches {
            let sc = match w.frame {
                Some((wg, fi, sp)) => {
                    let Some(wgi) = insp.goroutine_by_id(wg) else {
                        gone.push(w.id);
                        why = Some(format!("watchpoint {} on {} ended: goroutine {wg} exited", w.id, w.expr));
                        break;
                    };
                    let n = insp.goroutine(wgi).nframes;
                    if fi >= n || insp.frame(wgi, fi, false).sp != sp {
                        gone.push(w.id);
                        why = Some(format!("watchpoint {} on {} ended: its frame returned", w.id, w.expr));
                        break;
                    }
                    if wg != goid {
                        continue;
                    }
                    Scope { insp, gi: wgi, fi, exact_top: fi + 1 == n }
                }
                None => {
                    let n = insp.goroutine(gi).nframes;
                    if n == 0 {
                        continue;
                    }
                    Scope { insp, gi, fi: n - 1, exact_top: true }
                }
            };
            let now = match eval::eval_str(&sc, &w.expr) {
                Ok(v) => show(insp, &v),
                Err(e) => format!("<{e}>"),
            };
            if now != w.last {
                why = Some(format!("watchpoint {}: {} changed from {} to {now}", w.id, w.expr, w.last));
                w.last = now;
                break;
            }
        }
        self.watches.retain(|w| !gone.contains(&w.id));
        why
    }

    fn list(&self, prog: &Program, insp: Option<&Inspector>, arg: &str, o: &mut String) {
        let (file, center, cur) = if !arg.is_empty() {
            match resolve(prog, arg) {
                Ok(pcs) => {
                    let (f, pc) = pcs[0];
                    let p = &prog.funcs[f as usize];
                    (p.file, p.line_at(pc), 0)
                }
                Err(e) => {
                    let _ = writeln!(o, "{e}");
                    return;
                }
            }
        } else if let Some(fr) = insp.and_then(|i| {
            let n = i.goroutine(self.gi).nframes;
            (self.frame < n).then(|| i.frame(self.gi, n - 1 - self.frame, self.exact))
        }) {
            (fr.file, fr.line, fr.line)
        } else {
            let p = &prog.funcs[prog.main as usize];
            (p.file, p.line, 0)
        };
        let src = prog.files.get(file as usize).map(|f| f.src.as_str()).unwrap_or("");
        let lines: Vec<&str> = src.lines().collect();
        let lo = center.saturating_sub(5).max(1);
        let hi = (center + 5).min(lines.len() as u32);
        let _ = writeln!(o, "Showing {}:{}", runtime::inspect::file_display_name(prog, file), center);
        for l in lo..=hi {
            let mark = if l == cur { "=>" } else { "  " };
            let _ = writeln!(o, "{mark}{l:>5}:\t{}", lines[l as usize - 1]);
        }
    }

    fn disasm(&self, prog: &Program, insp: Option<&Inspector>, arg: &str, o: &mut String) {
        let (f, pc) = if !arg.is_empty() {
            match find_func(prog, arg) {
                Some(f) => (f, None),
                None => {
                    let _ = writeln!(o, "no function {arg}");
                    return;
                }
            }
        } else if let Some(fr) = insp.and_then(|i| {
            let n = i.goroutine(self.gi).nframes;
            (self.frame < n).then(|| i.frame(self.gi, n - 1 - self.frame, self.exact))
        }) {
            (fr.func, Some(fr.pc))
        } else {
            (prog.main, None)
        };
        for (i, l) in prog.disassemble(f).lines().enumerate() {
            let mark = if i > 0 && pc == Some(i as u32 - 1) { "=>" } else { "  " };
            let _ = writeln!(o, "{mark}{l}");
        }
    }

    /// Whether breakpoint condition `cond` holds in goroutine `gi`'s top
    /// frame (an expression that fails to evaluate stops, with the error).
    fn cond_holds(insp: &Inspector, gi: usize, cond: &str) -> Result<bool, String> {
        let n = insp.goroutine(gi).nframes;
        let sc = Scope { insp, gi, fi: n - 1, exact_top: true };
        let _guard = runtime::heap::VaddrGuard::new();
        let v = eval::eval_str(&sc, cond)?;
        match v.v {
            runtime::value::Value::Bool(b) => Ok(b),
            _ => Err(format!("condition {cond} is not a boolean")),
        }
    }

    /// Remakes the `set` edits logged at this tick (a replay passing it).
    fn redo_edits(&mut self, vm: &Vm) {
        let insp = vm.inspect();
        let due: Vec<LoggedEdit> = self.edits.iter().filter(|e| e.tick == self.tick).cloned().collect();
        for e in due {
            let Some(gi) = insp.goroutine_by_id(e.goid) else { continue };
            let n = insp.goroutine(gi).nframes;
            if e.frame >= n {
                continue;
            }
            let sc = Scope { insp: &insp, gi, fi: n - 1 - e.frame, exact_top: e.exact };
            let _guard = runtime::heap::VaddrGuard::new();
            if let Ok(edit) = eval::assign_str(&sc, &e.lhs, &e.rhs) {
                self.pending_edits.push(edit);
            }
        }
    }

    /// Replaying: whether this tick is still before the target (the call
    /// is done), or the target itself (a stop, after the edits made at
    /// it). None when not replaying.
    fn replay_point(&mut self, vm: &Vm, gi: usize, exact: bool) -> Option<Control> {
        let (t, why) = self.replay_to.clone()?;
        if self.tick < t {
            return Some(Control::Continue);
        }
        self.replay_to = None;
        if !self.pending_edits.is_empty() {
            // Show the state with the `set`s made here applied.
            self.again = Some(Some((why, exact)));
            return Some(Control::Again);
        }
        Some(self.stop(vm, gi, exact, why))
    }

    /// A call made again at the same point (`Control::Again`).
    fn resume_again(&mut self, vm: &Vm, gi: usize) -> Option<Control> {
        match self.again.take()? {
            Some((why, exact)) => Some(self.stop(vm, gi, exact, why)),
            None => {
                // Back from `set`: a watched expression it changed is not a
                // change the program made, so it does not stop later.
                let insp = vm.inspect();
                self.refresh_watches(&insp);
                Some(self.command_loop(vm.prog, Some(&insp)))
            }
        }
    }

    /// Takes the watch expressions' current values as their last ones.
    fn refresh_watches(&mut self, insp: &Inspector) {
        let _guard = runtime::heap::VaddrGuard::new();
        let mut watches = std::mem::take(&mut self.watches);
        for w in &mut watches {
            let sc = match w.frame {
                Some((wg, fi, _)) => match insp.goroutine_by_id(wg) {
                    Some(wgi) if fi < insp.goroutine(wgi).nframes => {
                        Scope { insp, gi: wgi, fi, exact_top: fi + 1 == insp.goroutine(wgi).nframes }
                    }
                    _ => continue,
                },
                None => match self.scope(insp) {
                    Some(sc) => sc,
                    None => continue,
                },
            };
            if let Ok(v) = eval::eval_str(&sc, &w.expr) {
                w.last = show(insp, &v);
            }
        }
        self.watches = watches;
    }

    /// Starts a run: the driver calls it before each run of the program.
    fn begin_run(&mut self) {
        self.tick = 0;
        self.mode = Mode::Run;
        self.pending_defer = None;
        self.ended = None;
        self.desc = Describer::default();
        self.gi = 0;
        self.frame = 0;
        // A watch on a local belongs to a frame of the run that is left
        // behind: say so (it went silently before).
        for w in self.watches.iter().filter(|w| w.frame.is_some()) {
            let _ = writeln!(
                self.out,
                "Watchpoint {} on {} deleted: it watched a variable of a frame, and the run is replayed from its start (set it again)",
                w.id, w.expr
            );
        }
        self.watches.retain(|w| w.frame.is_none());
    }
}

/// A value in the debugger's words: Go syntax, bounded.
fn show(insp: &Inspector, v: &eval::Val) -> String {
    let tt = &insp.program().types;
    let ty = if tt.is_untyped(v.ty) { tt.default_type(v.ty) } else { v.ty };
    if v.ty == types::TypeId::UNTYPED_NIL {
        return "nil".into();
    }
    insp.render(&v.v, ty, RenderOpts::DEBUG)
}

/// `lhs = rhs` (not `==`).
fn split_assign(s: &str) -> Option<(&str, &str)> {
    let b = s.as_bytes();
    for i in 0..b.len() {
        if b[i] == b'=' && b.get(i + 1) != Some(&b'=') && (i == 0 || !matches!(b[i - 1], b'=' | b'!' | b'<' | b'>' | b':')) {
            let (l, r) = (s[..i].trim(), s[i + 1..].trim());
            if !l.is_empty() && !r.is_empty() {
                return Some((l, r));
            }
        }
    }
    None
}

/// The variable an expression starts from (`p` of `p.Name[1]`).
fn root_ident(e: &syntax::ast::Expr) -> String {
    use syntax::ast::ExprKind;
    match &e.kind {
        ExprKind::Ident(n) => n.to_string(),
        ExprKind::Selector(x, _) | ExprKind::Index(x, _) | ExprKind::Star(x) | ExprKind::Paren(x) | ExprKind::Unary(_, x) => root_ident(x),
        ExprKind::Slice { x, .. } => root_ident(x),
        _ => String::new(),
    }
}

/// Source line `line` of file `file`.
fn source_line(insp: &Inspector, file: u32, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    insp.file_src(file).lines().nth(line as usize - 1).map(str::to_string)
}

/// `dump`: every goroutine with its frames, variables, chains and stack;
/// the whole inspectable state, for tests that compare two positions.
pub fn dump_state(insp: &Inspector, stop_gi: usize, stop_exact: bool) -> String {
    let mut s = String::new();
    for g in insp.goroutines() {
        let exact = stop_exact && g.gi == stop_gi;
        let _ = writeln!(s, "goroutine {} [{}]", g.goid, g.status.word());
        for fr in insp.frames(g.gi, exact) {
            let _ = writeln!(
                s,
                "  {}() {} pc={} sp={} fp={} seg={} ret={}",
                fr.name,
                render::frame_loc(insp, &fr),
                pc_loc(insp, fr.func, fr.pc),
                hex(fr.sp),
                hex(fr.fp),
                fr.seg,
                fr.ret.word()
            );
            for v in insp.vars(g.gi, fr.fi, exact) {
                let _ = writeln!(s, "    {} {} = {}", v.name, insp.type_name(v.ty), render::value(insp, &v.value, v.ty));
            }
            for d in insp.pending_defers(g.gi, fr.fi) {
                let _ = writeln!(s, "    defer {}", render::defer_line(insp, &d));
            }
        }
        s.push_str(&render::panics_text(insp, g.gi));
        s.push_str(&render::segments_text(insp, g.gi));
    }
    for v in insp.globals() {
        let _ = writeln!(s, "var {} {} = {}", v.name, insp.type_name(v.ty), render::value(insp, &v.value, v.ty));
    }
    s
}

fn ev_name(e: EvBp) -> &'static str {
    match e {
        EvBp::Panic => "panic (gopanic)",
        EvBp::Recover => "recover (gorecover)",
        EvBp::Goexit => "goexit (runtime.Goexit)",
        EvBp::Defer => "defer (a deferred call starts)",
    }
}

fn pc_loc_p(prog: &Program, f: u32, pc: u32) -> String {
    format!("{}+{:#x}", prog.funcs[f as usize].name, pc)
}

fn find_func(prog: &Program, name: &str) -> Option<u32> {
    let full = if name.contains('.') { name.to_string() } else { format!("main.{name}") };
    prog.funcs.iter().position(|p| p.name == full || p.name == name).map(|i| i as u32)
}

/// FILE:LINE, :LINE, LINE or a function name → breakpoint pcs: the first
/// pc of the line in each function that has code on it; a function's
/// first statement (after its prologue, as Delve places it).
fn resolve(prog: &Program, loc: &str) -> Result<Vec<(u32, u32)>, String> {
    let (file_part, line_part) = match loc.rsplit_once(':') {
        Some((f, l)) => (Some(f), Some(l)),
        None if loc.chars().all(|c| c.is_ascii_digit()) => (None, Some(loc)),
        None => (None, None),
    };
    if let Some(l) = line_part {
        let line: u32 = l.parse().map_err(|_| format!("bad line number in {loc:?}"))?;
        // The program's file unless another file is named.
        let file = match file_part.filter(|f| !f.is_empty()) {
            None => 0,
            Some(f) => (0..prog.files.len() as u32)
                .find(|&i| {
                    let name = runtime::inspect::file_display_name(prog, i);
                    name == f || name.ends_with(&format!("/{f}")) || prog.files[i as usize].name.ends_with(f)
                })
                .ok_or_else(|| format!("no file {f:?} in the program"))?,
        };
        let mut pcs = Vec::new();
        for (fi, p) in prog.funcs.iter().enumerate() {
            if p.wrapper || p.file != file || p.name == "main.init" {
                continue;
            }
            let first = (0..p.code.len() as u32).find(|&pc| p.line_at(pc) == line && (pc == 0 || p.line_at(pc - 1) != line));
            if let Some(pc) = first {
                pcs.push((fi as u32, pc));
            }
        }
        if pcs.is_empty() {
            return Err(format!("no code at {}:{line}", runtime::inspect::file_display_name(prog, file)));
        }
        return Ok(pcs);
    }
    match find_func(prog, loc) {
        Some(f) => Ok(vec![(f, prog.funcs[f as usize].stmts.first().copied().unwrap_or(0))]),
        // A native has no bytecode to stop in: say so, and where to stop.
        None if runtime::natives::lookup(loc).is_some() => Err(format!(
            "{loc} is implemented natively by gostack (no Go code to stop in): break at the line that calls it, or on an event (panic, recover, goexit, defer)"
        )),
        None => Err(format!("no function or location {loc:?}")),
    }
}

/// Whether `pc` starts a source line of function `func` (what `step` and
/// `next` stop at): a statement start or a change of line.
fn is_line_start(prog: &Program, func: u32, pc: u32) -> bool {
    let p = &prog.funcs[func as usize];
    pc == 0 || p.line_at(pc) != p.line_at(pc - 1) || p.is_stmt(pc)
}

/// The hook the VM calls: a borrowed [`Debugger`], so that it outlives
/// each run (replays reuse it).
struct DebugHook<'d, 'w>(&'d mut Debugger<'w>);

impl Hook for DebugHook<'_, '_> {
    fn wants_step(&self) -> bool {
        // Every instruction is a tick of the position (see the module doc).
        true
    }

    fn take_edits(&mut self) -> Vec<Edit> {
        std::mem::take(&mut self.0.pending_edits)
    }

    fn step(&mut self, vm: &Vm, gi: usize) -> Control {
        let d = &mut *self.0;
        if d.quit || d.restart.is_some() {
            return Control::Exit(0);
        }
        if let Some(c) = d.resume_again(vm, gi) {
            return c;
        }
        d.tick += 1;
        if !d.edits.is_empty() {
            d.redo_edits(vm);
        }
        let insp = vm.inspect();
        let Some(top) = insp.top_frame(gi, true) else { return Control::Continue };
        let goid = insp.goid(gi);
        let depth = insp.nframes(gi);
        let (func, pc) = (top.func, top.pc);
        let line_start = is_line_start(vm.prog, func, pc);
        if line_start {
            d.record(Hist { tick: d.tick, goid, depth: depth as u32, func, pc, kind: HistKind::Line });
        }
        if let Some(c) = d.replay_point(vm, gi, true) {
            return c;
        }
        // `Return` re-executes after each deferred call it runs
        // (deferreturn): a breakpoint there fires once.
        if d.pc_bps.contains(&(func, pc)) && !top.returning {
            let mut hit = None;
            for b in &mut d.bps {
                if let BpKind::Code { pcs, .. } = &b.kind {
                    if pcs.contains(&(func, pc)) {
                        let fire = match &b.cond {
                            None => Ok(true),
                            Some(c) => Debugger::cond_holds(&insp, gi, c),
                        };
                        match fire {
                            Ok(false) => continue,
                            Ok(true) => {
                                b.hits += 1;
                                hit = Some((b.id, None));
                            }
                            Err(e) => hit = Some((b.id, Some(e))),
                        }
                        break;
                    }
                }
            }
            if let Some((id, err)) = hit {
                if d.bps.iter().any(|b| b.id == id && b.cond.is_some()) {
                    d.record(Hist { tick: d.tick, goid, depth: depth as u32, func, pc, kind: HistKind::Fired });
                }
                // Temporary breakpoints (id 0: "step" before the start) go away.
                d.bps.retain(|b| b.id != 0);
                d.rebuild();
                let why = match (id, err) {
                    (0, _) => String::new(),
                    (id, None) => format!("breakpoint {id}"),
                    (id, Some(e)) => format!("breakpoint {id}: condition failed: {e}"),
                };
                return d.stop(vm, gi, true, why);
            }
        }
        if line_start && !d.watches.is_empty() {
            if let Some(why) = d.check_watches(&insp, gi) {
                d.record(Hist { tick: d.tick, goid, depth: depth as u32, func, pc, kind: HistKind::Fired });
                return d.stop(vm, gi, true, why);
            }
        }
        let proto = &vm.prog.funcs[func as usize];
        let stop = match d.mode {
            Mode::Run => false,
            Mode::StepInstr => true,
            Mode::Step { goid: g0, depth: d0, func: f0, line: l0 } => {
                goid == g0
                    && !proto.wrapper
                    && ((depth > d0 && pc == 0) || (depth <= d0 && line_start && (depth != d0 || func != f0 || top.line != l0)))
            }
            Mode::Next { goid: g0, depth: d0, func: f0, line: l0 } => {
                goid == g0 && depth <= d0 && !proto.wrapper && line_start && (depth != d0 || func != f0 || top.line != l0)
            }
            Mode::StepOut { goid: g0, depth: d0 } => goid == g0 && depth < d0,
        };
        if stop {
            return d.stop(vm, gi, true, String::new());
        }
        Control::Continue
    }

    /// runtime.Breakpoint stops the program here, as a trap under Delve
    /// does; `continue` goes on after the call.
    fn breakpoint(&mut self, vm: &Vm, gi: usize) -> Option<Control> {
        let d = &mut *self.0;
        if d.quit || d.restart.is_some() {
            return Some(Control::Exit(0));
        }
        if let Some(c) = d.resume_again(vm, gi) {
            return Some(c);
        }
        d.tick += 1;
        Some(d.stop(vm, gi, false, "runtime.Breakpoint".into()))
    }

    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        let d = &mut *self.0;
        if d.quit || d.restart.is_some() {
            return Control::Exit(0);
        }
        if let Some(c) = d.resume_again(vm, gi) {
            return c;
        }
        // Keep the describer's view of segments current.
        let _ = d.desc.describe(vm, gi, ev);
        d.tick += 1;
        if !d.edits.is_empty() {
            d.redo_edits(vm);
        }
        let insp = vm.inspect();
        let goid = insp.goid(gi);
        let depth = insp.nframes(gi) as u32;
        let kind = match ev {
            Event::Panic { .. } => Some(EvBp::Panic),
            Event::Goexit { .. } => Some(EvBp::Goexit),
            Event::Recover { .. } => Some(EvBp::Recover),
            Event::DeferCall { .. } => Some(EvBp::Defer),
            _ => None,
        };
        if let Some(k) = kind {
            d.record(Hist { tick: d.tick, goid, depth, func: 0, pc: 0, kind: HistKind::Event(k) });
        }
        if let Some(c) = d.replay_point(vm, gi, false) {
            return c;
        }
        let why = match ev {
            Event::Panic { id } => d.has_event_bp(EvBp::Panic).map(|b| {
                let v = insp.panic_top(gi).map(|p| dyn_value(&insp, &p.arg)).unwrap_or_default();
                format!("breakpoint {b}: panic {id}: {v}")
            }),
            Event::Goexit { id } => d.has_event_bp(EvBp::Goexit).map(|b| format!("breakpoint {b}: Goexit {id} (not a panic)")),
            Event::Recover { accepted } => d.has_event_bp(EvBp::Recover).map(|b| {
                if *accepted {
                    let v = insp.panic_top(gi).map(|p| dyn_value(&insp, &p.arg)).unwrap_or_default();
                    format!("breakpoint {b}: recover accepted: returns {v}")
                } else {
                    format!("breakpoint {b}: recover refused, returns nil: {}", refuse_reason(&insp, gi))
                }
            }),
            Event::DeferCall { by, call, native, .. } => {
                if d.bps.iter().any(|b| matches!(b.kind, BpKind::Event(EvBp::Defer))) {
                    if *native {
                        let b = d.has_event_bp(EvBp::Defer).unwrap_or(0);
                        let c = insp.call_info(call);
                        Some(format!("breakpoint {b}: deferred call {} (native) run by {}", render::call_text(&insp, &c), run_by(*by)))
                    } else {
                        d.pending_defer = Some(goid);
                        None
                    }
                } else {
                    None
                }
            }
            Event::Call { frame } if d.pending_defer == Some(goid) => {
                d.pending_defer = None;
                let f = insp.frame(gi, *frame, false);
                if f.ret.is_deferred_call() {
                    let b = d.has_event_bp(EvBp::Defer).unwrap_or(0);
                    let by = match f.ret {
                        FrameRet::Panic(id) => run_by(RunBy::Panic(id)),
                        FrameRet::Goexit(id) => run_by(RunBy::Goexit(id)),
                        _ => "deferreturn".into(),
                    };
                    Some(format!("breakpoint {b}: deferred call run by {by}"))
                } else {
                    None
                }
            }
            Event::FatalPanic => {
                let v = insp.panic_top(gi).map(|p| dyn_value(&insp, &p.arg)).unwrap_or_default();
                Some(format!("unrecovered panic: {v}"))
            }
            Event::Fatal { msg } => Some(format!("fatal error: {msg}")),
            Event::GoStop { flow: Flow::Dead } => {
                if matches!(d.mode, Mode::Step { goid: g0, .. } | Mode::Next { goid: g0, .. } | Mode::StepOut { goid: g0, .. } if g0 == goid)
                {
                    d.mode = Mode::Run;
                }
                None
            }
            _ => None,
        };
        match why {
            Some(w) => d.stop(vm, gi, false, w),
            None => Control::Continue,
        }
    }

    fn finish(&mut self, vm: &Vm, code: i32) {
        let d = &mut *self.0;
        if d.quit || d.restart.is_some() {
            return;
        }
        d.tick += 1;
        d.ended = Some(code);
        let _ = writeln!(d.out, "Process has exited with status {code}");
        // Commands after the end: going back, restarting, breakpoints.
        let insp = vm.inspect();
        let _ = d.command_loop(vm.prog, Some(&insp));
    }
}

/// Whether an empty line repeats `line`: only commands that move the
/// program do (repeating `break 7` or `set x = 1` would do nothing useful
/// or something unwanted).
fn repeats(line: &str) -> bool {
    let cmd = line.split_whitespace().next().unwrap_or("");
    matches!(
        cmd,
        "step"
            | "s"
            | "next"
            | "n"
            | "stepout"
            | "so"
            | "stepi"
            | "si"
            | "continue"
            | "c"
            | "reverse-step"
            | "rs"
            | "reverse-next"
            | "rn"
            | "reverse-continue"
            | "rc"
    )
}

/// A debugging session: runs the program under the debugger, replaying
/// it whenever a command goes back in time; returns the program's exit
/// status (0 if the user quit before it ended).
pub fn run_session(
    prog: &Program,
    opts: runtime::Options,
    dbg: &mut Debugger,
    stdout: Box<dyn Write>,
    stderr: Box<dyn Write>,
) -> Result<i32, String> {
    let out_gate = OutputGate::new(stdout);
    let err_gate = OutputGate::new(stderr);
    dbg.stdout_gate = Some(out_gate.clone());
    dbg.stderr_gate = Some(err_gate.clone());
    let mut full = true;
    // One seed for the whole session: every replay draws the same numbers.
    let mut opts = opts;
    if opts.rand_seed.is_none() {
        opts.rand_seed = Some(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1));
    }
    loop {
        out_gate.new_run(full);
        err_gate.new_run(full);
        dbg.begin_run();
        let code = {
            let mut vm = Vm::new(prog, opts.clone(), Box::new(out_gate.clone()), Box::new(err_gate.clone()))?;
            vm.set_hook(Box::new(DebugHook(dbg)));
            let code = vm.run_main();
            vm.finish_hook(code);
            code
        };
        match dbg.restart.take() {
            Some((tick, f, why)) => {
                // Edits made after the target never happened.
                dbg.edits.retain(|e| e.tick <= tick && !f);
                // The replay records the history again, identically.
                dbg.history.clear();
                if f {
                    dbg.checkpoints.clear();
                    let _ = writeln!(dbg.out, "Restarting the program");
                }
                dbg.replay_to = if tick == 0 { None } else { Some((tick, why)) };
                full = f;
            }
            None => {
                return Ok(if dbg.quit { dbg.ended.unwrap_or(0) } else { code });
            }
        }
    }
}
