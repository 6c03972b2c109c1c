//! Goroutine tracebacks as runtime/traceback.go prints them.
//!
//! Frames are listed innermost first. A frame that a panic called as a
//! deferred function is followed by a `panic(...)` line: Go shows the
//! `runtime.gopanic` frame between a deferred call and the frame that
//! panicked. Wrapper frames are hidden unless they are the innermost.
//!
//! A frame of a call gc would inline prints as Go prints it, `main.f(...)`
//! with no pc offset (`inlined_frames`; the compiler's inline.rs decides).
//!
//! Divergence: offsets (`+0x..`, bytecode pcs) and argument words (host
//! addresses for pointers) are approximations, and frames of standard-library functions that
//! gostack implements in Go name a GOROOT file with gostack's own line
//! numbers. Function names and the program's own lines are Go's.

use crate::proc::RetTo;
use crate::value::Value;
use crate::vm::Vm;

/// Where tracebacks place GOROOT's sources (go1.27.3's default GOROOT).
pub const GOROOT_SRC: &str = "/usr/local/go/src/";

/// `text`, a traceback, as a program built with `-trimpath` prints it:
/// each GOROOT file named by its path under GOROOT/src
/// (`\truntime/panic.go:859`). Frame lines are the only ones starting
/// with a tab, and their files never come from the program's data.
pub fn trim_goroot(vm: &Vm, text: String) -> String {
    if !vm.opts.trimpath {
        return text;
    }
    text.replace(&format!("\t{GOROOT_SRC}"), "\t")
}

/// How many frames Go prints at each end of a long stack.
const TRACEBACK_EDGE: usize = 50;

/// The lines of a traceback as Go prints them: the first and last
/// `TRACEBACK_EDGE` in full and a count of those between. Only those kept
/// are held, so rendering a stack of millions of frames takes no memory
/// per frame (the stack that overflowed already fills the host's).
#[derive(Default)]
struct Lines {
    head: Vec<String>,
    tail: std::collections::VecDeque<String>,
    count: usize,
    /// Whether a line is neither a runtime frame nor gopanic's.
    shows_user_frame: bool,
}

impl Lines {
    fn push(&mut self, line: String) {
        self.shows_user_frame |= !line.starts_with("runtime.") && !line.starts_with("panic(");
        self.count += 1;
        if self.head.len() < TRACEBACK_EDGE {
            self.head.push(line);
            return;
        }
        if self.tail.len() == TRACEBACK_EDGE {
            self.tail.pop_front();
        }
        self.tail.push_back(line);
    }

    fn extend(&mut self, lines: impl IntoIterator<Item = String>) {
        for line in lines {
            self.push(line);
        }
    }

    /// Go's printing of a long stack: 50 frames, `...N frames elided...`,
    /// the last 50.
    fn write_to(&self, s: &mut String) {
        for l in &self.head {
            s.push_str(l);
        }
        if self.count > 2 * TRACEBACK_EDGE {
            s.push_str(&format!("...{} frames elided...\n", self.count - 2 * TRACEBACK_EDGE));
        }
        for l in &self.tail {
            s.push_str(l);
        }
    }
}

/// `goroutine N [status]:` followed by its frames and `created by`.
pub fn goroutine_trace(vm: &Vm, gi: usize, status: &str) -> String {
    goroutine_trace_with(vm, gi, status, false)
}

/// Like [`goroutine_trace`]; with `system` (a runtime throw such as a stack
/// overflow, where Go prints at traceback level 2) the outermost runtime
/// frames (`runtime.main`, `runtime.goexit`) are listed too, and they count
/// towards the 50+50 frame windows.
pub fn goroutine_trace_with(vm: &Vm, gi: usize, status: &str, system: bool) -> String {
    let g = &vm.gs[gi];
    let status = if status.is_empty() { "running" } else { status };
    let mut s = format!("goroutine {} [{}]:\n", g.goid, status);
    let mut lines = Lines::default();
    let n = g.frames.len();
    if let Some(top) = g.frames.last() {
        let code = &vm.prog.funcs[top.func as usize].code;
        if let Some(&bytecode::Op::CallNative { native, .. }) = code.get(exec_pc(vm.prog, g, n - 1) as usize) {
            if g.status == crate::proc::Gstatus::Waiting || status != "running" {
                for &key in blocked_native_frames(&vm.prog.natives[native as usize], g.waitreason) {
                    // time.Sleep's argument, the duration, is live: Go prints it.
                    let args = (key == "time.Sleep").then(|| format!("{:#x}", g.sleep_for));
                    lines.push(native_frame_line_with(key, args));
                }
            }
        }
    }
    if status == "running" && !vm.panics.print_panic_frames.is_empty() {
        // Error/String of a panic value panicked while the panics were
        // printed: its frames sit on top of gopanic's preprintpanics call.
        lines.extend(vm.panics.print_panic_frames.iter().cloned());
        lines.push(PANIC_LINE.into());
    }
    if status == "running" {
        lines.extend(vm.panics.fatal_native_frames.iter().map(|name| native_frame_line(name)));
        lines.extend(vm.panics.overflow_frame.iter().cloned());
    }
    // The panics by the frame that raised them and by id, so that a stack
    // of a million frames each unwinding a panic (a deferred call that
    // recovers and recurses) is rendered in linear time.
    // Sorted pairs rather than hash maps: 16 bytes a panic, where that
    // million-panic stack is already most of the host's memory.
    let mut raised_in: Vec<(usize, usize)> = g.panics.iter().enumerate().map(|(k, p)| (p.start_frame, k)).collect();
    raised_in.sort_unstable();
    let mut by_id: Vec<(u64, usize)> = g.panics.iter().enumerate().map(|(k, p)| (p.id, k)).collect();
    by_id.sort_unstable();
    // The panics with a deferred call's frame on the stack: those frames
    // show their runner's frames.
    let mut running: Vec<u64> = g.frames.iter().filter_map(|f| if let RetTo::Panic(id) = f.ret { Some(id) } else { None }).collect();
    running.sort_unstable();
    let inl = inlined_frames(vm, gi);
    for (depth, i) in (0..n).rev().enumerate() {
        let f = &g.frames[i];
        // A native that raised a panic in this frame: its Go frames first.
        let from = raised_in.partition_point(|&(f, _)| f < i);
        let raised = &raised_in[from..from + raised_in[from..].partition_point(|&(f, _)| f == i)];
        // Newest first: the innermost frames are printed first.
        for &(_, k) in raised.iter().rev() {
            lines.extend(g.panics[k].native_frames.iter().map(|name| native_frame_line(name)));
            if running.binary_search(&g.panics[k].id).is_err() {
                raised_by_runner_lines(g, k, &mut lines);
            }
        }
        let proto = &vm.prog.funcs[f.func as usize];
        // Go elides a wrapper frame unless it called gopanic itself
        // (elideWrapperCalling): `defer panic(v)`'s deferwrap shows.
        let raised_here = !raised.is_empty();
        let hidden = if proto.builtin_wrapper {
            // Its callee is the builtin's runtime function (closechan,
            // mapdelete), or gopanic for `defer panic(v)`.
            !matches!(proto.code.get(exec_pc(vm.prog, g, i) as usize), Some(bytecode::Op::Panic { .. }))
        } else {
            proto.wrapper && depth > 0 && !matches!(f.ret, RetTo::Panic(_)) && !raised_here
        };
        if hidden {
            continue;
        }
        lines.extend(recovery_inlined_line(vm, gi, i));
        lines.push(frame_line(vm, gi, i, inl[i]));
        if matches!(f.ret, RetTo::Native) {
            // A Go method a native is calling: the native's Go frames.
            if let Some((_, _, names)) = vm.method_callers.iter().rev().find(|(g, at, _)| *g == gi && *at == i) {
                lines.extend(names.iter().map(|name| if *name == "panic" { PANIC_LINE.to_string() } else { native_frame_line(name) }));
            }
        }
        if let RetTo::Panic(id) = f.ret {
            // The deferred call's caller: gopanic (shown as `panic`) or
            // Goexit; one raised by gopanic itself (a nil deferred func, a
            // deferred runtime.Goexit) sits on the previous one's frame.
            let Some(mut j) = by_id.binary_search_by_key(&id, |&(id, _)| id).ok().map(|at| by_id[at].1) else {
                lines.push(PANIC_LINE.into());
                continue;
            };
            loop {
                lines.push(if g.panics[j].goexit { GOEXIT_LINE.into() } else { PANIC_LINE.into() });
                if j == 0 || !g.panics[j].in_gopanic {
                    break;
                }
                j -= 1;
            }
        }
    }
    if n > 0 && !lines.shows_user_frame {
        // No frame was shown (a goroutine whose only frame is a hidden
        // wrapper: `go close(nilChan)`): Go prints them all, its runtime
        // frames included.
        if !g.panics.is_empty() {
            lines.push(PANIC_LINE.into());
        }
        lines.extend((0..n).rev().map(|i| frame_line(vm, gi, i, inl[i])));
        if !system {
            lines.push(GOEXIT_FRAME_LINE.into());
        }
    }
    if system {
        if g.goid == 1 {
            lines.push("runtime.main()\n\t/usr/local/go/src/runtime/proc.go:302 +0x427\n".into());
        }
        lines.push(GOEXIT_FRAME_LINE.into());
    }
    lines.write_to(&mut s);
    if let Some(crate::proc::Creator { func, name: creator, line, pc }) = &g.created_by {
        let file = vm.prog.funcs.get(*func as usize).map_or_else(|| vm.prog.file.clone(), |p| main_file(vm, p));
        s.push_str(&format!("created by {} in goroutine {}\n\t{}:{} +0x{:x}\n", creator, g.parent_goid, file, line, 0x1d + pc * 4));
    }
    trim_goroot(vm, s)
}

// The runtime's own frames print go1.27.3's source positions (the oracle's
// GOROOT): where gopanic calls a deferred function, where runtime.main calls
// main.main, where goexit's frame returns to. runtime.Callers reports the
// same lines.

/// The runtime's frames between gopanic and the function whose
/// instruction faulted, as runtime.Callers lists them (a traceback hides
/// them): the bounds check's panicBounds, the divide and shift checks, and
/// a nil dereference's signal (sigpanic, panicmem). (name, file under
/// runtime/, line), from go1.27.3. None for a panic the program called,
/// and for the faults whose runtime frames depend on more than the fault
/// (map assignment, type assertion, channel operations).
pub fn fault_frames(vm: &Vm, g: &crate::proc::G, p: &crate::proc::Panic) -> &'static [(&'static str, &'static str, i64)] {
    const BOUNDS: &[(&str, &str, i64)] = &[("runtime.panicBounds64", "panic.go", 236), ("runtime.panicBounds", "asm_amd64.s", 1622)];
    const DIVIDE: &[(&str, &str, i64)] = &[("runtime.panicdivide", "panic.go", 315)];
    const SHIFT: &[(&str, &str, i64)] = &[("runtime.panicshift", "panic.go", 307)];
    const MEM: &[(&str, &str, i64)] = &[("runtime.panicmem", "panic.go", 336), ("runtime.sigpanic", "signal_unix.go", 931)];
    let Value::Iface(i) = &p.arg else { return &[] };
    let Some(f) = g.frames.get(p.start_frame) else { return &[] };
    let code = &vm.prog.funcs[f.func as usize].code;
    // The faulting instruction is the one before the saved pc; the
    // program's own panic (or a go of a nil func) is not a fault.
    match f.pc.checked_sub(1).and_then(|pc| code.get(pc as usize)) {
        None | Some(bytecode::Op::Panic { .. } | bytecode::Op::Go { .. } | bytecode::Op::GoNative { .. }) => return &[],
        _ => {}
    }
    let rt = &vm.rt;
    if i.ty == rt.bounds_error {
        return BOUNDS;
    }
    if i.ty != rt.error_string {
        return &[];
    }
    match &i.val {
        Value::Str(s) if s.as_ref() == b"runtime error: integer divide by zero" => DIVIDE,
        Value::Str(s) if s.as_ref() == b"runtime error: negative shift amount" => SHIFT,
        Value::Str(s) if s.as_ref() == b"runtime error: invalid memory address or nil pointer dereference" => MEM,
        _ => &[],
    }
}

/// panic.go's `fn()` in gopanic, which runs each deferred call.
pub const GOPANIC_CALL_LINE: i64 = 859;
/// proc.go's `fn()` in runtime.main, which calls main.main.
pub const RUNTIME_MAIN_CALL_LINE: i64 = 302;
/// asm_amd64.s's goexit, the bottom frame of every goroutine.
pub const GOEXIT_ASM_LINE: i64 = 1264;
/// extern.go's `callers(...)` in runtime.Callers.
pub const CALLERS_CALL_LINE: i64 = 341;

/// The bottom frame of every goroutine, shown only when all are.
const GOEXIT_FRAME_LINE: &str = "runtime.goexit({})\n\t/usr/local/go/src/runtime/asm_amd64.s:1264 +0x1\n";

/// The `runtime.Goexit` frame as a traceback shows it.
/// Go's traceback setting (runtime1.go `setTraceback`, extern.go's
/// GOTRACEBACK): `level` 0 prints no goroutine, 1 the goroutines' own
/// frames, 2 and more (`system`, `crash`) runtime frames too, which gostack
/// does not model and prints as 1; `all` prints every goroutine after the
/// failing one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gotraceback {
    pub level: u32,
    pub all: bool,
}

impl Gotraceback {
    /// setTraceback's parse: `none`, `single` (and empty), `all`,
    /// `system`, `crash`, else a number N (level N, all goroutines); text
    /// that is not a number gives level 0.
    pub fn parse(s: &str) -> Gotraceback {
        match s {
            "none" => Gotraceback { level: 0, all: false },
            "single" | "" => Gotraceback { level: 1, all: false },
            "all" => Gotraceback { level: 1, all: true },
            "system" | "crash" => Gotraceback { level: 2, all: true },
            _ => Gotraceback { level: s.parse::<u32>().unwrap_or(0), all: true },
        }
    }

    /// Go ors the bits of SetTraceback's setting with the environment's.
    pub fn or(self, env: Gotraceback) -> Gotraceback {
        Gotraceback { level: self.level | env.level, all: self.all || env.all }
    }
}

/// A panic raised by gopanic or Goexit itself while it ran a deferred call
/// directly, with no frame of the call (a nil deferred func), and running
/// no deferred call now (else that call's frame shows the runners): the
/// fault is in the runner's own frame, above the frame whose defers it
/// runs. Go's
/// showframe prints `runtime.Goexit` there (an exported runtime function)
/// and gopanic as `panic` unless it is the innermost frame; a runner that
/// was itself started by the previous runner (a deferred
/// `runtime.Goexit()` run by a panic) sits on that one's frame.
/// (A Goexit that gopanic started is not such a panic: its deferred calls'
/// frames show it, and so does a nil func it calls.)
fn raised_by_runner_lines(g: &crate::proc::G, k: usize, lines: &mut Lines) {
    if !g.panics[k].in_gopanic || g.panics[k].goexit {
        return;
    }
    let mut j = k;
    while j > 0 {
        j -= 1;
        if g.panics[j].goexit {
            lines.push(GOEXIT_LINE.into());
        } else if lines.count > 0 {
            lines.push(PANIC_LINE.into());
        }
        if !g.panics[j].in_gopanic {
            break;
        }
    }
}

const GOEXIT_LINE: &str = "runtime.Goexit()\n\t/usr/local/go/src/runtime/panic.go:694 +0x54\n";

/// The `runtime.gopanic` frame as a traceback shows it.
pub const PANIC_LINE: &str = "panic({0x4b2f60?, 0xc000012345?})\n\t/usr/local/go/src/runtime/panic.go:859 +0x125\n";

/// Lines of frames `lo..` of goroutine `gi`, innermost first, wrappers
/// included (Go shows a wrapper whose callee, inlined, called gopanic).
pub fn frame_lines_from(vm: &Vm, gi: usize, lo: usize) -> Vec<String> {
    let g = &vm.gs[gi];
    let mut lines = Vec::new();
    let inl = inlined_frames(vm, gi);
    for i in (lo..g.frames.len()).rev() {
        let f = &g.frames[i];
        let proto = &vm.prog.funcs[f.func as usize];
        lines.extend(recovery_inlined_line(vm, gi, i));
        lines.push(frame_line(vm, gi, i, inl[i]));
        if let RetTo::Panic(_) = f.ret {
            lines.push(PANIC_LINE.into());
        }
        if i == lo && !proto.closure && !proto.wrapper {
            // The runtime calls a value method through the interface's
            // pointer wrapper; with the method inlined into it (as small
            // Error/String methods are), the wrapper called gopanic and Go
            // shows it.
            if let Some(w) = pointer_wrapper_name(&proto.name) {
                lines.push(format!("{w}(...)\n\t<autogenerated>:1 +0x26\n"));
            }
        }
    }
    lines
}

/// The pc of the instruction frame `i` of `g` is executing, as Go's
/// traceback places it. A saved pc is a return address (past the call, or
/// past the instruction that panicked), except:
/// - on top of a parked goroutine: the blocking instruction itself, to be
///   executed again on wakeup;
/// - in a frame running its deferred calls (deferreturn): with linked
///   defers, the function's closing brace (gc calls deferreturn there);
///   with open-coded ones, the `return` being executed, or after a
///   recovery the call that panicked.
pub fn exec_pc(prog: &bytecode::Program, g: &crate::proc::G, i: usize) -> u32 {
    let Some(f) = g.frames.get(i) else { return 0 };
    if f.returning {
        let proto = &prog.funcs[f.func as usize];
        return match (proto.defer_kind, f.recovered_at()) {
            (bytecode::DeferKind::Linked, _) => proto.deferreturn_pc,
            (_, Some(pc)) => open_deferreturn_pc(prog, proto).unwrap_or(pc),
            _ => f.pc,
        };
    }
    // A goroutine blocked on an operation retries it when woken: its pc is
    // that instruction. A sleeping one (`wake_at`) has completed the call
    // to time.Sleep: its pc is past it, like a caller's.
    if i + 1 == g.frames.len() && g.status == crate::proc::Gstatus::Waiting && g.wake_at == 0 {
        f.pc
    } else {
        f.pc.saturating_sub(1)
    }
}

/// Where a recovered frame with open-coded defers stands while its
/// remaining deferred calls run. Recovery resumes such a function at a
/// `CALL runtime.deferreturn` that gc emits after the function's last
/// block, disconnected from its code (ssagen's genssa, "openDeferInfo");
/// that call takes the source position of the instruction before it, the
/// end of the last block in gc's layout. Layout (ssa/layout.go) places
/// the exit blocks (calls that never return: gopanic, the bounds-check,
/// divide and type-assertion panics) last, popping them from a set filled
/// in block order, so the last one laid out is the function's first exit
/// block; without one it is the last `return`.
///
/// An exit block inside a callee gc inlined counts at the call (and Go
/// shows the callee's inlined frame: `recovery_inlined_line`).
///
/// Divergence: gc's prove pass removes the bounds checks it can prove;
/// here every bounds-checked op counts. Callees are looked into one
/// level deep.
fn open_deferreturn_pc(prog: &bytecode::Program, proto: &bytecode::FuncProto) -> Option<u32> {
    if let Some(pc) = proto.code.iter().position(|op| exits(prog, op, true)) {
        return Some(pc as u32);
    }
    // The closing brace's `return` when control reaches it, else the last
    // `return` statement.
    use bytecode::Op;
    let code = &proto.code;
    let end = code.len().checked_sub(1)?;
    let falls_in = end > 0 && !matches!(code[end - 1], Op::Return | Op::Jump { .. } | Op::Panic { .. });
    if falls_in || code.iter().any(|op| bytecode::liveness::target_of(op) == Some(end as u32)) {
        return Some(end as u32);
    }
    code[..end].iter().rposition(|op| matches!(op, Op::Return)).map(|pc| pc as u32)
}

/// The inlined frame above a recovered frame whose deferreturn site
/// (`open_deferreturn_pc`) is the exit block of a callee gc inlined: the
/// call's position is an inlined one, so Go shows the callee too.
fn recovery_inlined_line(vm: &Vm, gi: usize, i: usize) -> Option<String> {
    let f = vm.gs[gi].frames.get(i)?;
    let proto = &vm.prog.funcs[f.func as usize];
    if !f.returning || f.recovered_at().is_none() || proto.defer_kind == bytecode::DeferKind::Linked {
        return None;
    }
    let pc = open_deferreturn_pc(vm.prog, proto)?;
    let bytecode::Op::Call { func, .. } = proto.code[pc as usize] else { return None };
    let callee = &vm.prog.funcs[func as usize];
    let at = callee.code.iter().position(|op| exits(vm.prog, op, false))?;
    Some(format!("{}(...)\n\t{}:{}\n", callee.name, func_file(vm, callee), callee.line_at(at as u32)))
}

/// Whether gc compiles `op` with an exit block (a call that never
/// returns) in the function that holds it; `inlined` looks one level
/// into the callees gc inlines.
fn exits(prog: &bytecode::Program, op: &bytecode::Op, inlined: bool) -> bool {
    use bytecode::Op;
    match *op {
        Op::Panic { .. } => true,
        Op::Index { .. } | Op::SetIndex { .. } | Op::AddrIndex { .. } | Op::SliceOf { .. } => true,
        Op::DivInt { .. } | Op::RemInt { .. } | Op::DivUint { .. } | Op::RemUint { .. } => true,
        Op::TypeAssert { ok, .. } | Op::AssertIface { ok, .. } => !ok,
        Op::CallNative { native, .. } => {
            matches!(prog.natives.get(native as usize).map(String::as_str), Some("builtin.slicetoarray" | "builtin.slicetoarrayptr"))
        }
        Op::Call { func, .. } if inlined => {
            let callee = &prog.funcs[func as usize];
            callee.inl && callee.code.iter().any(|op| exits(prog, op, false))
        }
        _ => false,
    }
}

/// Frame `i` of goroutine `gi`: `name(args)` and `file:line +0x..`.
fn frame_line(vm: &Vm, gi: usize, i: usize, inlined: bool) -> String {
    let g = &vm.gs[gi];
    let f = &g.frames[i];
    let proto = &vm.prog.funcs[f.func as usize];
    let pc = exec_pc(vm.prog, g, i);
    // A prelude function gc inlines (deferred calls of it too, as open-coded
    // defers are) is shown at its place in Go's source, where the table
    // has it.
    if proto.inl && NATIVE_FRAMES.iter().any(|(k, f)| *k == proto.name && f.call.is_none()) {
        return native_frame_line(&proto.name);
    }
    if inlined {
        return format!("{}(...)\n\t{}:{}\n", proto.name, func_file_at(vm, proto, pc), proto.line_at(pc));
    }
    format!("{}({})\n\t{}:{} +0x{:x}\n", proto.name, arg_words(vm, gi, i), func_file_at(vm, proto, pc), proto.line_at(pc), 0x1d + pc * 4)
}

/// For each frame of goroutine `gi`, whether gc would have inlined the
/// call that made it; Go prints such a frame without its arguments and pc
/// offset, as `main.f(...)`, since the inlined body has no frame of its own.
///
/// A call is inlined when it is an ordinary static call (or a call of a
/// literal gc inlines) of a function gc inlines (`FuncProto::inl`), unless
/// that function is already being inlined at that point: gc does not
/// inline a function into an inlined copy of itself. So a recursion
/// alternates: a real frame inlines one copy of itself, whose own
/// recursive call is real again (checked against go1.27.3).
fn inlined_frames(vm: &Vm, gi: usize) -> Vec<bool> {
    let g = &vm.gs[gi];
    let mut inl = vec![false; g.frames.len()];
    // `go f(x)`: gc runs a declared function or method given arguments
    // through a `gowrap` closure (elided), which inlines f if it can.
    if let (Some(f), Some(_)) = (g.frames.first(), &g.created_by) {
        let proto = &vm.prog.funcs[f.func as usize];
        inl[0] = proto.inl && !proto.closure && !proto.wrapper && proto.nparams > 0 && matches!(f.ret, RetTo::Goexit);
    }
    for i in 1..g.frames.len() {
        let f = &g.frames[i];
        if !vm.prog.funcs[f.func as usize].inl || !matches!(f.ret, RetTo::Caller { .. }) {
            continue;
        }
        let caller = &g.frames[i - 1];
        let code = &vm.prog.funcs[caller.func as usize].code;
        let direct = match caller.pc.checked_sub(1).and_then(|pc| code.get(pc as usize)) {
            Some(bytecode::Op::Call { func, .. }) => *func == f.func,
            Some(bytecode::Op::CallValue { .. }) => vm.prog.funcs[f.func as usize].closure,
            // A value method called through an interface runs in the
            // itab's pointer wrapper, which inlines it (the wrapper's own
            // frame is elided).
            Some(bytecode::Op::CallIface { .. }) => pointer_wrapper_name(&vm.prog.funcs[f.func as usize].name).is_some(),
            _ => false,
        };
        // The inlined copies the call sits in: the frames below it that are
        // themselves inlined.
        let mut j = i;
        let mut on_stack = false;
        while j > 0 && inl[j - 1] {
            j -= 1;
            on_stack |= g.frames[j].func == f.func;
        }
        inl[i] = direct && !on_stack;
    }
    inl
}

/// The source file a traceback names for function `proto`: for package
/// main, the program's file that declares it (its absolute path); for the
/// standard library gostack implements in Go, a file of that package under
/// GOROOT (its lines are gostack's own version's, not Go's).
pub(crate) fn func_file(vm: &Vm, proto: &bytecode::FuncProto) -> String {
    func_file_at(vm, proto, 0)
}

/// `func_file` at `pc`: a `//line` directive inside the function may name
/// another file from there on.
pub(crate) fn func_file_at(vm: &Vm, proto: &bytecode::FuncProto, pc: u32) -> String {
    let name = proto.name.as_str();
    let head = name.split('[').next().unwrap_or(name);
    let dot = head.rfind('/').map_or(0, |s| s + 1);
    let pkg = head[dot..].split('.').next().map_or("", |p| &head[..dot + p.len()]);
    // The program's own packages: main, a module's (`example.com/m/util`),
    // a package under test (`command-line-arguments`).
    let first = pkg.split('/').next().unwrap_or(pkg);
    if pkg == "main" || pkg.is_empty() || first.contains('.') || first.starts_with("command-line-arguments") {
        return main_file_at(vm, proto, pc);
    }
    let base = pkg.rsplit('/').next().unwrap_or(pkg);
    format!("/usr/local/go/src/{pkg}/{base}.go")
}

/// The frame of a Go function a native stands for (see `NATIVE_FRAMES`).
fn native_frame_line(key: &str) -> String {
    native_frame_line_with(key, None)
}

/// `native_frame_line` with the argument words given (a live argument Go
/// prints as it is, such as time.Sleep's duration).
fn native_frame_line_with(key: &str, args: Option<String>) -> String {
    let name = key.split('@').next().unwrap_or(key);
    let Some((_, f)) = NATIVE_FRAMES.iter().find(|(k, _)| *k == key) else {
        // Not read off Go yet: the name alone, marked as inlined.
        return format!("{name}(...)\n\t{GOROOT_SRC}?\n");
    };
    match f.call {
        Some((words, off)) => {
            let words = args.as_deref().unwrap_or(words);
            format!("{name}({words})\n\t{GOROOT_SRC}{}:{} +0x{off:x}\n", f.file, f.line)
        }
        None => format!("{name}(...)\n\t{GOROOT_SRC}{}:{}\n", f.file, f.line),
    }
}

/// The program's file that holds `proto` (a program may have several).
pub(crate) fn main_file(vm: &Vm, proto: &bytecode::FuncProto) -> String {
    main_file_at(vm, proto, 0)
}

/// `main_file` at `pc` (`func_file_at`).
pub(crate) fn main_file_at(vm: &Vm, proto: &bytecode::FuncProto, pc: u32) -> String {
    let name = match vm.prog.files.get(proto.file as usize) {
        Some(f) if !f.lib => f.name.clone(),
        _ => vm.prog.file.clone(),
    };
    // A `//line` directive's file, relative to the source file's folder;
    // `//line :N` names none, and Go prints `??`.
    match proto.line_file_at(pc) {
        Some("") => "??".to_string(),
        Some(lf) if !lf.starts_with('/') => match name.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{lf}"),
            None => lf.to_string(),
        },
        Some(lf) => lf.to_string(),
        None => name,
    }
}

/// `main.T.M` → `main.(*T).M`, for a method with a value receiver.
fn pointer_wrapper_name(name: &str) -> Option<String> {
    let rest = name.strip_prefix("main.")?;
    let (t, m) = rest.split_once('.')?;
    if t.is_empty() || m.contains('.') || t.contains(['(', '[']) {
        return None;
    }
    Some(format!("main.(*{t}).{m}"))
}

/// Argument words of frame `i`, as hex like Go prints them.
fn arg_words(vm: &Vm, gi: usize, i: usize) -> String {
    let g = &vm.gs[gi];
    let f = &g.frames[i];
    let proto = &vm.prog.funcs[f.func as usize];
    if proto.builtin_wrapper {
        return String::new();
    }
    let slots = &g.stack.segs[f.seg as usize].slots;
    words_of((0..proto.nparams as usize).map(|p| slots.get(f.base as usize + p).cloned().unwrap_or_default()), "")
}

/// Go's hex words for argument values (at most ten, then `...`), each
/// followed by `mark` (`?` for a value Go may not have spilled yet).
fn words_of(vals: impl Iterator<Item = Value>, mark: &str) -> String {
    let mut words = Vec::new();
    for v in vals {
        let w = match v {
            Value::Int(x) => format!("{:#x}", x as u64),
            Value::Bool(b) => format!("{:#x}", b as u8),
            Value::Str(s) => format!("{{{:#x}, {:#x}}}", crate::heap::str_addr(&s), s.len()),
            Value::Nil => "0x0".into(),
            v => format!("{:#x}", crate::value::addr_of(&v)),
        };
        words.push(format!("{w}{mark}"));
        if words.len() >= 10 {
            words.push("...".into());
            break;
        }
    }
    words.join(", ")
}

/// The frame of a function whose entry found no room on the stack (the
/// top frame of a stack overflow): its prologue called morestack, so Go
/// shows it at its `func` line with the arguments still in registers.
pub fn entry_frame_line(vm: &Vm, f: u32, args: &[Value]) -> String {
    let proto = &vm.prog.funcs[f as usize];
    format!(
        "{}({})
	{}:{} +0x1d
",
        proto.name,
        words_of(args.iter().take(proto.nparams as usize).cloned(), "?"),
        main_file(vm, proto),
        proto.line
    )
}

/// The Go frames of a native that raises a panic (`fatal` false) or a
/// fatal error, innermost first: the functions Go's own implementation
/// runs through before it panics or throws (checked against go1.27.3).
pub fn raising_native_frames(native: &str, fatal: bool) -> &'static [&'static str] {
    match (native, fatal) {
        ("sync.(*WaitGroup).Add", false) => &["sync.(*WaitGroup).Add"],
        ("sync.(*WaitGroup).Wait", false) => &["sync.(*WaitGroup).Wait"],
        ("sync.(*Mutex).Unlock", true) => {
            &["internal/sync.fatal", "internal/sync.(*Mutex).unlockSlow", "internal/sync.(*Mutex).Unlock", "sync.(*Mutex).Unlock"]
        }
        ("sync.(*RWMutex).RUnlock", true) => &["sync.fatal", "sync.(*RWMutex).rUnlockSlow", "sync.(*RWMutex).RUnlock"],
        ("sync.(*RWMutex).Unlock", true) => &["sync.fatal", "sync.(*RWMutex).Unlock"],
        ("strings.Repeat", false) => &["strings.Repeat"],
        ("sync/atomic.(*Value).Store", false) => &["sync/atomic.(*Value).Store"],
        ("sync/atomic.(*Value).Swap", false) => &["sync/atomic.(*Value).Swap"],
        ("sync/atomic.(*Value).CompareAndSwap", false) => &["sync/atomic.(*Value).CompareAndSwap"],
        ("strings.(*Builder).WriteString", false) => &["strings.(*Builder).copyCheck", "strings.(*Builder).WriteString"],
        ("strings.(*Builder).WriteByte", false) => &["strings.(*Builder).copyCheck", "strings.(*Builder).WriteByte"],
        _ => &[],
    }
}

/// How Go's traceback prints the frame of a Go function that a native
/// stands for (go1.27.3): its file under GOROOT, its line, and, unless gc
/// inlines it (printed `name(...)` with no pc offset), its argument words
/// (approximations: Go's are addresses) and pc offset.
struct NativeFrame {
    file: &'static str,
    line: u32,
    call: Option<(&'static str, u32)>,
}

/// Go's frames of the natives, keyed by the function's name, followed by
/// `@site` where a function is shown at more than one place
/// (`sync.(*RWMutex).Lock@mutex`, parked on its writer mutex). Each row was read off go1.27.3's
/// own traceback of the case.
const NATIVE_FRAMES: &[(&str, NativeFrame)] = &[
    ("internal/sync.fatal", NativeFrame { file: "runtime/panic.go", line: 1205, call: Some(("{0x481f50?, 0x70?}", 0x18)) }),
    ("sync.fatal", NativeFrame { file: "runtime/panic.go", line: 1175, call: Some(("{0x48280c?, 0xc000012345?}", 0x18)) }),
    (
        "internal/sync.(*Mutex).unlockSlow",
        NativeFrame { file: "internal/sync/mutex.go", line: 204, call: Some(("0xc000012345, 0xffffffff", 0x35)) },
    ),
    ("internal/sync.(*Mutex).Unlock", NativeFrame { file: "internal/sync/mutex.go", line: 198, call: None }),
    ("sync.(*Mutex).Unlock", NativeFrame { file: "sync/mutex.go", line: 65, call: None }),
    ("sync.(*RWMutex).rUnlockSlow", NativeFrame { file: "sync/rwmutex.go", line: 132, call: Some(("0xc000012345, 0x0?", 0x2f)) }),
    ("sync.(*RWMutex).RUnlock", NativeFrame { file: "sync/rwmutex.go", line: 122, call: None }),
    ("sync.(*RWMutex).Unlock", NativeFrame { file: "sync/rwmutex.go", line: 212, call: Some(("0xc000012345", 0x45)) }),
    ("strings.Repeat", NativeFrame { file: "strings/strings.go", line: 609, call: Some(("{0x4b2f60?, 0x1?}, 0xc000012345?", 0x56b)) }),
    ("sync.(*WaitGroup).Done", NativeFrame { file: "sync/waitgroup.go", line: 156, call: None }),
    (
        "sync.(*WaitGroup).Add",
        NativeFrame { file: "sync/waitgroup.go", line: 118, call: Some(("0xc000012345, 0xffffffffffffffff", 0x23a)) },
    ),
    ("sync/atomic.(*Value).Store", NativeFrame { file: "sync/atomic/value.go", line: 49, call: Some(("0x10?, {0x0, 0x0}", 0xe5)) }),
    ("sync/atomic.(*Value).Swap", NativeFrame { file: "sync/atomic/value.go", line: 92, call: Some(("0x10?, {0x0, 0x0}", 0x112)) }),
    (
        "sync/atomic.(*Value).CompareAndSwap",
        NativeFrame { file: "sync/atomic/value.go", line: 136, call: Some(("0x10?, {0x0, 0x0}, {0x0, 0x0}", 0x178)) },
    ),
    ("strings.(*Builder).copyCheck", NativeFrame { file: "strings/builder.go", line: 41, call: None }),
    ("strings.(*Builder).WriteByte", NativeFrame { file: "strings/builder.go", line: 96, call: None }),
    ("strings.(*Builder).WriteString", NativeFrame { file: "strings/builder.go", line: 113, call: None }),
    ("runtime.breakpoint", NativeFrame { file: "runtime/asm_amd64.s", line: 379, call: Some(("", 0x1)) }),
    ("runtime.Breakpoint", NativeFrame { file: "runtime/proc.go", line: 5641, call: None }),
    // fmt's frames above a method it calls (fmt.rs `method_callers`);
    // handleMethods and printValue by call site.
    (
        "fmt.(*pp).handleMethods",
        NativeFrame {
            file: "fmt/print.go",
            line: 666,
            call: Some(("0xc000012345, {0x4b2f60, 0xc000012345}, {0x0?, 0x0?, 0x7?}, 0x76?", 0x33b)),
        },
    ),
    (
        "fmt.(*pp).handleMethods@Error",
        NativeFrame {
            file: "fmt/print.go",
            line: 660,
            call: Some(("0xc000012345, {0x4b2f60, 0xc000012345}, {0x0?, 0x0?, 0x7?}, 0x76?", 0x402)),
        },
    ),
    (
        "fmt.(*pp).handleMethods@GoString",
        NativeFrame {
            file: "fmt/print.go",
            line: 643,
            call: Some(("0xc000012345, {0x4b2f60, 0xc000012345}, {0x0?, 0x0?, 0x7?}, 0x76?", 0x4ef)),
        },
    ),
    (
        "fmt.(*pp).handleMethods@Format",
        NativeFrame {
            file: "fmt/print.go",
            line: 633,
            call: Some(("0xc000012345, {0x4b2f60, 0xc000012345}, {0x0?, 0x0?, 0x7?}, 0x76?", 0x202)),
        },
    ),
    (
        "fmt.(*pp).printValue",
        NativeFrame { file: "fmt/print.go", line: 760, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x1", 0xc6)) },
    ),
    (
        "fmt.(*pp).printValue@813",
        NativeFrame { file: "fmt/print.go", line: 813, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x0", 0x1cda)) },
    ),
    (
        "fmt.(*pp).printValue@815",
        NativeFrame { file: "fmt/print.go", line: 815, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x0", 0x1b07)) },
    ),
    (
        "fmt.(*pp).printValue@841",
        NativeFrame { file: "fmt/print.go", line: 841, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x0", 0x1230)) },
    ),
    (
        "fmt.(*pp).printValue@854",
        NativeFrame { file: "fmt/print.go", line: 854, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x0", 0x6c5)) },
    ),
    (
        "fmt.(*pp).printValue@889",
        NativeFrame { file: "fmt/print.go", line: 889, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x0", 0x17cb)) },
    ),
    (
        "fmt.(*pp).printValue@898",
        NativeFrame { file: "fmt/print.go", line: 898, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x0", 0x15bb)) },
    ),
    (
        "fmt.(*pp).printValue@909",
        NativeFrame { file: "fmt/print.go", line: 909, call: Some(("0xc000012345, {0x4b2f60?, 0xc000012345?, 0x0?}, 0x76, 0x0", 0xb37)) },
    ),
    (
        "fmt.(*pp).printArg",
        NativeFrame { file: "fmt/print.go", line: 746, call: Some(("0xc000012345, {0x4b2f60, 0xc000012345}, 0x76", 0x4c9)) },
    ),
    (
        "fmt.(*pp).printArg@printValue",
        NativeFrame { file: "fmt/print.go", line: 749, call: Some(("0xc000012345, {0x4b2f60, 0xc000012345}, 0x76", 0x52e)) },
    ),
    ("fmt.(*pp).doPrint", NativeFrame { file: "fmt/print.go", line: 1193, call: Some(("0xc000012345, {0xc000012345?, 0x1, 0x1?}", 0x45)) }),
    (
        "fmt.(*pp).doPrintf",
        NativeFrame { file: "fmt/print.go", line: 1062, call: Some(("0xc000012345, {0x4b2f60, 0x2}, {0xc000012345, 0x1, 0x1}", 0x3cc)) },
    ),
    (
        "fmt.(*pp).doPrintln",
        NativeFrame { file: "fmt/print.go", line: 1205, call: Some(("0xc000012345, {0xc000012345?, 0x1, 0x1?}", 0x38)) },
    ),
    (
        "fmt.Fprint",
        NativeFrame { file: "fmt/print.go", line: 254, call: Some(("{0x4b2f60, 0xc000012345}, {0xc000012345, 0x1, 0x1}", 0x49)) },
    ),
    (
        "fmt.Fprintf",
        NativeFrame {
            file: "fmt/print.go",
            line: 216,
            call: Some(("{0x4b2f60, 0xc000012345}, {0x4b2f60, 0x2}, {0xc000012345, 0x1, 0x1}", 0x71)),
        },
    ),
    (
        "fmt.Fprintln",
        NativeFrame { file: "fmt/print.go", line: 297, call: Some(("{0x4b2f60, 0xc000012345}, {0xc000012345, 0x1, 0x1}", 0x49)) },
    ),
    ("fmt.Print", NativeFrame { file: "fmt/print.go", line: 264, call: None }),
    ("fmt.Printf", NativeFrame { file: "fmt/print.go", line: 225, call: None }),
    ("fmt.Println", NativeFrame { file: "fmt/print.go", line: 307, call: None }),
    ("fmt.Sprint", NativeFrame { file: "fmt/print.go", line: 271, call: Some(("{0xc000012345, 0x1, 0x1}", 0x3e)) }),
    ("fmt.Sprintf", NativeFrame { file: "fmt/print.go", line: 231, call: Some(("{0x4b2f60, 0x2}, {0xc000012345, 0x1, 0x1}", 0x53)) }),
    ("fmt.Sprintln", NativeFrame { file: "fmt/print.go", line: 314, call: Some(("{0xc000012345, 0x1, 0x1}", 0x3e)) }),
    ("fmt.errorf", NativeFrame { file: "fmt/errors.go", line: 41, call: Some(("{0x4b2f60, 0x2}, {0xc000012345, 0x1, 0x1}", 0xb4)) }),
    // Where a goroutine parked in a native waits (blocked_native_frames).
    ("internal/sync.runtime_SemacquireMutex", NativeFrame { file: "runtime/sema.go", line: 95, call: Some(("0x0?, 0x0?, 0x0?", 0x25)) }),
    ("internal/sync.(*Mutex).lockSlow", NativeFrame { file: "internal/sync/mutex.go", line: 149, call: Some(("0xc000012345", 0x15a)) }),
    ("internal/sync.(*Mutex).Lock", NativeFrame { file: "internal/sync/mutex.go", line: 70, call: None }),
    ("sync.(*Mutex).Lock", NativeFrame { file: "sync/mutex.go", line: 46, call: None }),
    ("sync.runtime_SemacquireRWMutexR", NativeFrame { file: "runtime/sema.go", line: 100, call: Some(("0x0?, 0x0?, 0x0?", 0x25)) }),
    ("sync.(*RWMutex).RLock", NativeFrame { file: "sync/rwmutex.go", line: 74, call: None }),
    ("sync.runtime_SemacquireRWMutex", NativeFrame { file: "runtime/sema.go", line: 105, call: Some(("0x0?, 0x0?, 0x0?", 0x25)) }),
    ("sync.(*RWMutex).Lock", NativeFrame { file: "sync/rwmutex.go", line: 155, call: Some(("0x0?", 0x65)) }),
    ("sync.(*RWMutex).Lock@mutex", NativeFrame { file: "sync/rwmutex.go", line: 150, call: Some(("0xc000012345?", 0x31)) }),
    ("sync.runtime_SemacquireWaitGroup", NativeFrame { file: "runtime/sema.go", line: 114, call: Some(("0xc000012345?, 0x0?", 0x2e)) }),
    ("sync.(*WaitGroup).Wait", NativeFrame { file: "sync/waitgroup.go", line: 206, call: Some(("0xc000012345", 0x85)) }),
    ("sync.runtime_notifyListWait", NativeFrame { file: "runtime/sema.go", line: 617, call: Some(("0xc000012345, 0x0", 0x1b3)) }),
    ("time.Sleep", NativeFrame { file: "runtime/time.go", line: 368, call: Some(("0x0?", 0x165)) }),
];

/// The Go frames that sit above a goroutine parked inside a native.
/// `reason` is the goroutine's wait reason: an RWMutex's Lock first takes
/// its writer mutex, and parks there as `sync.Mutex.Lock`.
fn blocked_native_frames(native: &str, reason: &str) -> &'static [&'static str] {
    match native {
        "sync.(*WaitGroup).Wait" => &["sync.runtime_SemacquireWaitGroup", "sync.(*WaitGroup).Wait"],
        "sync.(*Mutex).Lock" => &[
            "internal/sync.runtime_SemacquireMutex",
            "internal/sync.(*Mutex).lockSlow",
            "internal/sync.(*Mutex).Lock",
            "sync.(*Mutex).Lock",
        ],
        "sync.(*RWMutex).Lock" if reason == "sync.Mutex.Lock" => &[
            "internal/sync.runtime_SemacquireMutex",
            "internal/sync.(*Mutex).lockSlow",
            "internal/sync.(*Mutex).Lock",
            "sync.(*Mutex).Lock",
            "sync.(*RWMutex).Lock@mutex",
        ],
        "sync.(*RWMutex).Lock" => &["sync.runtime_SemacquireRWMutex", "sync.(*RWMutex).Lock"],
        "sync.(*RWMutex).RLock" => &["sync.runtime_SemacquireRWMutexR", "sync.(*RWMutex).RLock"],
        "sync.runtime_notifyListWait" => &["sync.runtime_notifyListWait"],
        "time.Sleep" => &["time.Sleep"],
        _ => &[],
    }
}
