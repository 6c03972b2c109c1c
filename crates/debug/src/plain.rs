//! `gostack trace --plain`: a trace a teacher can read aloud.
//!
//! ```text
//!      | main.main()
//!   10 |   defer saves main.main.func1() in slot 0 of main.main's frame (an open-coded defer: no _defer record)
//!   18 |   panic("boom") in main.main: gopanic runs the pending deferred calls, newest first, ...
//!   18 |   the panic "boom" calls main.main.func1(), deferred by main.main
//!   11 |     recover() returned "boom" and stopped the panic: ...
//! direct recover: boom
//!      |   main.main.func1 returns
//! ```
//!
//! Each line has a gutter with the program's line number (blank for a
//! return), then the text indented two spaces per call level. Calls are
//! written with their arguments in Go syntax, returns with their results;
//! every defer, panic, recover, Goexit, goroutine and stack event gets the
//! sentence of [`crate::narrate`]. The program's own output is not
//! touched: it appears, without a gutter, where it was written.
//!
//! By default only the program's code is shown: a frame of the standard
//! library is folded into its caller (its calls, returns and inner defers
//! are not listed; a program function it calls back is), and the package
//! variable initializers (`main.init`, `example.com/m/util.init`) and the
//! runtime's start-up are hidden. `--all`
//! shows everything. Registers (sp, fp, deferBits) appear only with
//! `--regs`.
//!
//! When the running goroutine changes, a `--- goroutine N ---` line opens
//! its section, just before the first line (or the first program output)
//! it produces: a blocked goroutine that the scheduler polls in vain prints
//! nothing. The program's output goes through [`ProgramOut`], which opens
//! the section of the goroutine that wrote it.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet, VecDeque};
use std::fmt::Write as _;
use std::io::Write;
use std::rc::Rc;

use runtime::hook::{Control, Event, Hook, RunBy};
use runtime::inspect::{FrameRet, Inspector};
use runtime::vm::Flow;
use runtime::Vm;

use crate::narrate;

/// What `--plain` shows.
#[derive(Clone, Copy, Debug, Default)]
pub struct PlainOptions {
    /// Library code and start-up too (`--all`).
    pub all: bool,
    /// Registers: sp/fp of calls, deferBits, segment bounds (`--regs`).
    pub regs: bool,
}

/// Deeper calls than this are not indented further; their lines show
/// their level in brackets instead (`[23] main.depth(37)`).
const MAX_INDENT: usize = 16;

struct State<'w> {
    out: Box<dyn Write + 'w>,
    opts: PlainOptions,
    /// The goroutine whose section the last line belongs to.
    shown: u64,
    /// The goroutine the scheduler runs now (program output is its own);
    /// None once the program is ending (its final output belongs to no
    /// section).
    running: Option<u64>,
    /// Goroutines created but not shown yet: their entry call line.
    entry: HashMap<u64, String>,
    /// Returning frames (goid, sp) whose deferreturn was announced.
    announced: HashSet<(u64, u64)>,
    /// The run of call (or return) lines being written, for folding.
    run: Option<Run>,
    /// Goroutines the library started for itself (not shown).
    hidden: HashSet<u64>,
}

/// Consecutive calls of a function each calling the next (a recursion),
/// or the returns of such calls: the first [`RUN_EDGE`] lines are
/// written, the middle ones folded into one `...` line, the last
/// [`RUN_EDGE`] written when the run ends.
struct Run {
    goid: u64,
    key: RunKey,
    /// The level the next line of the run would have.
    next: usize,
    shown: usize,
    folded: usize,
    /// The last lines held back (at most `RUN_EDGE + FOLD_MIN - 1`).
    held: VecDeque<(Option<u32>, usize, String)>,
}

/// What makes a line part of a run: a call or a return of a function.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum RunKey {
    Call(String),
    Return(String),
}

/// Lines written at each end of a folded run.
const RUN_EDGE: usize = 3;
/// The fewest lines folded into one: a shorter run is written whole.
const FOLD_MIN: usize = 4;

impl State<'_> {
    /// Opens goroutine `goid`'s section if another one is open.
    fn section(&mut self, goid: u64) {
        if goid == self.shown {
            return;
        }
        self.shown = goid;
        let _ = writeln!(self.out, "--- goroutine {goid} ---");
        if let Some(line) = self.entry.remove(&goid) {
            let _ = writeln!(self.out, "     | {line}");
        }
    }

    /// One trace line of goroutine `goid` at call level `level`.
    fn line(&mut self, goid: u64, gutter: Option<u32>, level: usize, text: &str) {
        self.end_run();
        self.section(goid);
        self.write_line(gutter, level, text);
    }

    /// A call or return line: part of a run if it continues the last one.
    fn run_line(&mut self, goid: u64, gutter: Option<u32>, level: usize, text: &str, key: RunKey) {
        let step = |level: usize, key: &RunKey| match key {
            RunKey::Call(_) => level + 1,
            RunKey::Return(_) => level.saturating_sub(1),
        };
        if let Some(run) = self.run.as_mut().filter(|r| r.goid == goid && r.key == key && r.next == level) {
            run.next = step(level, &key);
            if run.shown < RUN_EDGE {
                run.shown += 1;
            } else {
                run.folded += 1;
                run.held.push_back((gutter, level, text.to_string()));
                if run.held.len() > RUN_EDGE + FOLD_MIN - 1 {
                    run.held.pop_front();
                }
                return;
            }
            self.section(goid);
            self.write_line(gutter, level, text);
            return;
        }
        self.line(goid, gutter, level, text);
        self.run = Some(Run { goid, next: step(level, &key), key, shown: 1, folded: 0, held: VecDeque::new() });
    }

    /// Writes the lines a run held back, the folded ones as one line.
    fn end_run(&mut self) {
        let Some(run) = self.run.take() else { return };
        let mut held = run.held;
        if run.folded > held.len() {
            // More were held back than kept: fold all but the last few
            // (at least FOLD_MIN lines, so folding is worth a line).
            let n = run.folded - RUN_EDGE;
            while held.len() > RUN_EDGE {
                held.pop_front();
            }
            let level = held.front().map(|h| h.1).unwrap_or(run.next);
            let what = match &run.key {
                RunKey::Call(f) => format!("... {n} more calls of {f} ..."),
                RunKey::Return(f) => format!("... {n} more returns of {f} ..."),
            };
            self.write_line(None, level, &what);
        }
        for (gutter, level, text) in held {
            self.write_line(gutter, level, &text);
        }
    }

    fn write_line(&mut self, gutter: Option<u32>, level: usize, text: &str) {
        let mut s = String::new();
        match gutter {
            Some(l) if l > 0 => {
                let _ = write!(s, "{l:>4} | ");
            }
            _ => s.push_str("     | "),
        }
        if level > MAX_INDENT {
            s.push_str(&"  ".repeat(MAX_INDENT));
            let _ = write!(s, "[{level}] ");
        } else {
            s.push_str(&"  ".repeat(level));
        }
        s.push_str(text);
        let _ = writeln!(self.out, "{s}");
    }
}

/// The `--plain` tracing hook (see the module doc).
pub struct PlainHook<'w> {
    st: Rc<RefCell<State<'w>>>,
    /// Per goroutine id: (shown, call level) of each frame, by index.
    frames: HashMap<u64, Vec<(bool, usize)>>,
}

/// The program's stdout or stderr while a plain trace runs: writes go
/// through unchanged, after the section line of the goroutine that wrote
/// them if needed.
pub struct ProgramOut<'w> {
    inner: Box<dyn Write + 'w>,
    st: Rc<RefCell<State<'w>>>,
}

impl Write for ProgramOut<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !buf.is_empty() {
            let mut st = self.st.borrow_mut();
            st.end_run();
            if let Some(g) = st.running {
                st.section(g);
            }
            let _ = st.out.flush();
        }
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A plain trace written to `out`, and the program's stdout and stderr
/// wrapped to interleave with it (pass them to the VM).
pub fn plain_trace<'w>(
    out: Box<dyn Write + 'w>,
    stdout: Box<dyn Write + 'w>,
    stderr: Box<dyn Write + 'w>,
    opts: PlainOptions,
) -> (PlainHook<'w>, ProgramOut<'w>, ProgramOut<'w>) {
    let st = Rc::new(RefCell::new(State {
        out,
        opts,
        shown: 1,
        running: None,
        entry: HashMap::new(),
        announced: HashSet::new(),
        run: None,
        hidden: HashSet::new(),
    }));
    (PlainHook { st: st.clone(), frames: HashMap::new() }, ProgramOut { inner: stdout, st: st.clone() }, ProgramOut { inner: stderr, st })
}

/// Which frames a plain trace shows.
struct View<'a, 'b, 'p> {
    insp: &'a Inspector<'b, 'p>,
    gi: usize,
    all: bool,
    /// The goroutine's frames seen so far: (shown, level), by `fi`.
    cache: &'a [(bool, usize)],
}

impl View<'_, '_, '_> {
    fn nframes(&self) -> usize {
        self.insp.nframes(self.gi)
    }

    fn visible_func(&self, func: u32) -> bool {
        visible_func(self.insp, self.all, func)
    }

    fn visible(&self, fi: usize) -> bool {
        if fi >= self.nframes() {
            return false;
        }
        match self.cache.get(fi) {
            Some(e) => e.0,
            None => self.visible_func(self.insp.frame(self.gi, fi, false).func),
        }
    }

    /// The call level of frame `fi`: shown frames below it.
    fn level(&self, fi: usize) -> usize {
        let fi = fi.min(self.nframes());
        match fi.checked_sub(1).and_then(|b| self.cache.get(b)) {
            Some(&(shown, level)) => level + shown as usize,
            None if fi == 0 => 0,
            None => (0..fi).filter(|&i| self.visible(i)).count(),
        }
    }

    /// The level of lines said inside the top shown frame.
    fn body(&self) -> usize {
        self.level(self.nframes())
    }

    /// The innermost shown frame.
    fn top_visible(&self) -> Option<usize> {
        (0..self.nframes()).rev().find(|&i| self.visible(i))
    }

    /// The program line where the innermost shown frame is.
    fn here(&self) -> Option<u32> {
        let fi = self.top_visible()?;
        let f = self.insp.frame(self.gi, fi, false);
        (!self.insp.is_lib(f.func)).then_some(f.line)
    }
}

/// Whether a plain trace shows function `func`'s frames.
fn visible_func(insp: &Inspector, all: bool, func: u32) -> bool {
    all || (!insp.is_lib(func) && !insp.func_name(func).ends_with(".init"))
}

impl Hook for PlainHook<'_> {
    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        let insp = vm.inspect();
        let mut st = self.st.borrow_mut();
        let opts = st.opts;
        let goid = insp.goid(gi);
        if let Event::Call { frame } = ev {
            // Every frame is pushed with a Call event: keep (shown, level)
            // by frame index, so levels cost O(1) however deep the stack.
            let cache = self.frames.entry(goid).or_default();
            cache.truncate(*frame);
            while cache.len() <= *frame {
                let i = cache.len();
                let shown = visible_func(&insp, opts.all, insp.frame(gi, i, false).func);
                let level = cache.last().map(|&(s, l)| l + s as usize).unwrap_or(0);
                cache.push((shown, level));
            }
        }
        let empty = Vec::new();
        let v = View { insp: &insp, gi, all: opts.all, cache: self.frames.get(&goid).unwrap_or(&empty) };
        let regs = |text: String| match narrate::regs_note(&insp, gi, ev).filter(|_| opts.regs) {
            Some(r) => format!("{text}  [{r}]"),
            None => text,
        };
        match ev {
            Event::Call { frame } => {
                let f = insp.frame(gi, *frame, false);
                if f.ret.is_deferred_call() || !v.visible(*frame) {
                    // A deferred call is announced by its DeferCall line.
                    return Control::Continue;
                }
                let text = regs(narrate::call_line(&insp, gi, *frame));
                if f.ret == FrameRet::Entry && goid != 1 {
                    // A new goroutine: its section opens when it runs.
                    st.entry.insert(goid, text);
                    return Control::Continue;
                }
                let below = (0..*frame).rev().find(|&i| v.visible(i));
                let gutter = below.map(|b| insp.frame(gi, b, false)).filter(|b| !insp.is_lib(b.func)).map(|b| b.line);
                st.run_line(goid, gutter, v.level(*frame), &text, RunKey::Call(f.name));
            }
            Event::Return { func, sp, ret, results, .. } => {
                st.announced.remove(&(goid, *sp));
                let kind = insp.ret_kind(gi, *ret);
                let shown = match kind {
                    // A deferred call: shown if its DeferCall was.
                    FrameRet::Panic(id) | FrameRet::Goexit(id) => {
                        v.visible_func(*func) && insp.panic_by_id(gi, id).is_some_and(|p| v.visible(p.frame))
                    }
                    FrameRet::DeferReturn => v.visible_func(*func) && v.visible(v.nframes().saturating_sub(1)),
                    _ => v.visible_func(*func),
                };
                let level = v.body();
                if shown {
                    let name = insp.func_name(*func);
                    let text = match narrate::return_note(&insp, gi, ev) {
                        Some(note) => note,
                        None if results.is_empty() || kind.is_deferred_call() => format!("{name} returns"),
                        None => format!("{name} returns {}", narrate::results_text(&insp, *func, results)),
                    };
                    st.run_line(goid, None, level, &text, RunKey::Return(name.to_string()));
                }
                if let Some(note) = narrate::unlink_note(&insp, gi, ev) {
                    st.line(goid, v.here(), level, &note);
                }
            }
            Event::DeferPushed { frame, slot } => {
                if !v.visible(*frame) {
                    return Control::Continue;
                }
                let f = insp.frame(gi, *frame, false);
                let pc = match slot {
                    Some(_) => insp.frame_pc(gi, *frame, true),
                    None => insp.defer_top(gi).map(|d| d.pc).unwrap_or(f.pc),
                };
                let line = insp.line_at(f.func, pc.saturating_sub(1));
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, Some(line), v.level(*frame) + 1, &regs(text));
                }
            }
            Event::DeferCall { by, frame, .. } => {
                if !v.visible(*frame) {
                    return Control::Continue;
                }
                let sp = insp.frame(gi, *frame, false).sp;
                if *by == RunBy::DeferReturn && st.announced.insert((goid, sp)) {
                    let text = narrate::narrate_deferreturn(&insp, gi, *frame);
                    st.line(goid, v.here(), v.body(), &text);
                }
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, v.here(), v.body(), &text);
                }
            }
            Event::Unwind { from, to, .. } => {
                if !(v.visible(*from) || v.visible(*to)) {
                    return Control::Continue;
                }
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, v.here(), v.body(), &regs(text));
                }
            }
            Event::Recover { .. } => {
                if !v.visible(v.nframes().saturating_sub(1)) {
                    return Control::Continue;
                }
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, v.here(), v.body(), &text);
                }
            }
            Event::Recovery { frame, pc, .. } => {
                let f = insp.frame(gi, *frame, false);
                let gutter = (!insp.is_lib(f.func)).then(|| insp.line_at(f.func, *pc));
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, gutter, v.level(*frame) + 1, &regs(text));
                }
            }
            Event::Morestack { .. } | Event::Copystack => {
                // The frame that did not fit is already pushed: say it
                // before its call line, at its caller's level.
                let fi = v.nframes().saturating_sub(1);
                let below = (0..fi).rev().find(|&i| v.visible(i));
                let gutter = below.map(|b| insp.frame(gi, b, false)).filter(|b| !insp.is_lib(b.func)).map(|b| b.line);
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, gutter, v.level(fi), &regs(text));
                }
            }
            Event::Panic { .. } | Event::Goexit { .. } => {
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, v.here(), v.body(), &regs(text));
                }
            }
            Event::FatalPanic | Event::Fatal { .. } => {
                if let Some(text) = narrate::narrate(&insp, gi, ev) {
                    st.line(goid, v.here(), v.body(), &text);
                }
                // What follows is the crash report, not the output of the
                // goroutine that ran last.
                st.running = None;
            }
            Event::GoCreate { parent_goid } => {
                if *parent_goid == 0 && !opts.all {
                    return Control::Continue;
                }
                // A goroutine the library starts for itself (a timer's) is
                // not the program's: hidden with its scheduling.
                let entry_shown = v.nframes() > 0 && v.visible(0);
                if !entry_shown && !opts.all {
                    st.hidden.insert(goid);
                    return Control::Continue;
                }
                let Some(text) = narrate::narrate(&insp, gi, ev) else { return Control::Continue };
                match insp.goroutine_by_id(*parent_goid) {
                    Some(pgi) => {
                        let cache = self.frames.get(parent_goid).map(|c| c.as_slice()).unwrap_or(&[]);
                        let pv = View { insp: &insp, gi: pgi, all: opts.all, cache };
                        // The go statement's line, if it is the program's.
                        let line = match insp.goroutine(gi).created_by {
                            Some(c) if !insp.file_is_lib(c.file) => Some(c.line),
                            _ => pv.here(),
                        };
                        st.line(*parent_goid, line, pv.body(), &text);
                    }
                    None => st.line(goid, None, 0, &text),
                }
            }
            Event::GoResume => {
                st.running = Some(goid);
                if opts.all {
                    if let Some(text) = narrate::narrate(&insp, gi, ev) {
                        st.line(goid, v.here(), v.body(), &text);
                    }
                }
            }
            Event::GoStop { flow } => {
                let show = match flow {
                    _ if st.hidden.contains(&goid) && !matches!(flow, Flow::Exit(_)) => false,
                    // A goroutine that blocks parks once (it is never
                    // polled again), so every block is news.
                    Flow::Block => true,
                    Flow::Yield => opts.all,
                    Flow::Dead | Flow::Exit(_) => true,
                    Flow::NativeReturn(_) | Flow::NativePanic(_) => false,
                };
                if show {
                    // A parked goroutine's pc stays on the blocking
                    // instruction (its partner moves it past); a sleeping
                    // one's is past its completed call of time.Sleep.
                    let exact = insp.wait_reason(gi) != Some("sleep");
                    let here = match flow {
                        Flow::Block => v.top_visible().map(|fi| insp.frame(gi, fi, exact)).filter(|f| !insp.is_lib(f.func)).map(|f| f.line),
                        _ => v.here(),
                    };
                    if let Some(text) = narrate::narrate(&insp, gi, ev) {
                        st.line(goid, here, v.body(), &text);
                    }
                }
                if matches!(flow, Flow::Exit(_)) {
                    st.running = None;
                }
            }
        }
        let _ = st.out.flush();
        if let Event::GoStop { flow: Flow::Dead } = ev {
            self.frames.remove(&goid);
        }
        Control::Continue
    }

    fn finish(&mut self, _vm: &Vm, _code: i32) {
        let mut st = self.st.borrow_mut();
        st.end_run();
        let _ = st.out.flush();
    }
}
