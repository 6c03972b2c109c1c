//! The debug-info checker (issue "Inspection a teacher can put in front of
//! a class", point 2): at every statement of every golden program, each
//! variable the debugger shows must have the value that a
//! `fmt.Printf("%#v", x)` inserted before that statement prints.
//!
//! Each program is compiled twice. The *probe* build
//! (`compiler::Options::debug_probes`) calls `runtime.debugProbe` before each
//! statement of the program's own code with every variable in scope,
//! formatted by gostack's fmt as `%#v`; those lines are the reference. The
//! plain build runs under a hook that, at the same statements, asks the
//! inspection API for the frame's variables (debug table → slot → value)
//! and writes them with its Go-syntax renderer. Statements are matched by
//! goroutine, function, statement number and occurrence. A wrong slot, a
//! wrong live range or a wrong rendering shows up as a difference; a
//! variable the debugger shows that is not in scope fails too (except a
//! closure's captured variables, which the probe only sees once the
//! closure has referred to them, and unnamed results `~r0`).
//!
//! A run logs at most `runtime::vm::PROBE_LOG_MAX_BYTES` (32 MiB) of probe
//! text; past it, the debugger's side records as many visits as the probes
//! logged, and the rest of the run is not compared. (A program holding a
//! slice of 300 channels in scope at 400,000 statements logged 11.7 GB; the
//! whole checker now peaks under 0.5 GB, where it took 13-20 GB.)
//!
//! Both stack models are checked. Preemption is off (one long time slice)
//! in both builds, so the probes' extra calls cannot change how goroutines
//! interleave.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};
use runtime::hook::{Control, Hook};
use runtime::inspect::RenderOpts;
use runtime::stack::StackMode;
use runtime::{Options, Vm};

/// Instructions a program may run under the checker (the long-running
/// golden programs are skipped past it: their statements up to the limit
/// are still checked).
const MAX_STEPS: u64 = 400_000;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A value the comparison leaves out (see `Collector::step`).
const SKIP: &str = "<not compared>";

/// One statement visit: the variables as (name, text).
type Visit = Vec<(String, String)>;
/// (goid, function, statement number) → visits in order.
type Log = HashMap<(u64, String, usize), Vec<Visit>>;

fn options(mode: StackMode) -> Options {
    Options {
        stack_mode: mode,
        max_steps: MAX_STEPS,
        timeslice: u32::MAX / 4,
        rand_seed: Some(1),
        max_stack: 16 << 20,
        ..Default::default()
    }
}

/// Whether a run was cut short where the two builds differ by
/// construction: by the step limit (the probes' calls spend steps too) or
/// by a stack overflow (the probes' temporaries make frames larger).
fn cut(stderr: &[u8]) -> bool {
    let e = String::from_utf8_lossy(stderr);
    e.contains("(--max-steps)") || e.contains("fatal error: stack overflow")
}

/// The probes' log, whether the run was cut short, and, when the log
/// stopped at `runtime::vm::PROBE_LOG_MAX_BYTES`, how many visits it holds
/// (the debugger's side then records as many).
fn probe_log(prog: &bytecode::Program) -> (Log, bool, Option<usize>) {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut vm = Vm::new(prog, options(StackMode::Segmented), Box::new(&mut stdout), Box::new(&mut stderr)).expect("natives");
    vm.run_main();
    let probes = std::mem::take(&mut vm.probe_log);
    let full = vm.probe_log_full.then_some(probes.len());
    drop(vm);
    let truncated = cut(&stderr) || full.is_some();
    let mut log = Log::new();
    for line in probes {
        let mut vars = line.split('\u{1e}');
        let head: Vec<&str> = vars.next().unwrap_or("").split('\u{1f}').collect();
        let (Some(goid), Some(func), Some(k)) = (head.first(), head.get(1), head.get(2)) else { continue };
        let visit: Visit = vars.filter_map(|v| v.split_once('\u{1f}')).map(|(n, t)| (n.to_string(), t.to_string())).collect();
        log.entry((goid.parse().unwrap_or(0), func.to_string(), k.parse().unwrap_or(0))).or_default().push(visit);
    }
    (log, truncated, full)
}

/// The debugger's side: at each statement start of the program's code.
struct Collector {
    log: Log,
    /// Per goroutine: (frames, pc) of its previous instruction, and the
    /// instruction it blocked at (retried when it runs again).
    last: HashMap<u64, (usize, u32)>,
    blocked: HashMap<u64, (usize, u32)>,
    /// Visits still to record (the probes' log was cut at this many).
    left: usize,
}

impl Hook for Collector {
    fn wants_step(&self) -> bool {
        true
    }

    fn step(&mut self, vm: &Vm, gi: usize) -> Control {
        let insp = vm.inspect();
        let Some(top) = insp.top_frame(gi, true) else { return Control::Continue };
        if top.lib || top.wrapper {
            return Control::Continue;
        }
        let goid = insp.goid(gi);
        let here = (insp.nframes(gi), top.pc);
        let prev = self.last.insert(goid, here);
        // A statement is entered, as a probe would be, from outside it:
        // not by a loop jumping back to its own head, not by retrying an
        // instruction that blocked, not by `Return` running again after a
        // deferred call (deferreturn).
        if self.blocked.remove(&goid) == Some(here) || top.returning {
            return Control::Continue;
        }
        let proto = &insp.program().funcs[top.func as usize];
        // Statements that begin at this pc: several when the first ones
        // have no code; only the last one's scope can be observed here.
        let Some(k) = proto.stmts.iter().rposition(|&pc| pc == top.pc) else { return Control::Continue };
        let inside = |pc: u32| proto.stmts[k] <= pc && pc < proto.stmt_ends[k];
        if matches!(prev, Some((n, pc)) if n == here.0 && inside(pc)) {
            return Control::Continue;
        }
        if self.left == 0 {
            return Control::Continue;
        }
        self.left -= 1;
        let mut visit = Visit::new();
        for v in insp.vars(gi, top.fi, true) {
            let tt = &insp.program().types;
            // Values that differ between the two builds by construction:
            // code addresses (runtime.Callers' uintptr pcs) and allocation
            // counts (runtime.MemStats: the probes allocate); and values
            // fmt formats by calling their Format (fmt.Formatter, first
            // even for %#v) or GoString method.
            // So do tracebacks taken by runtime/debug.Stack and
            // runtime.Stack, and their `file.go:line +0x..` lines (the
            // offsets are code positions), also split into a []string.
            let tn = tt.name(v.ty);
            let is_traceback = |t: &str| t.contains(" +0x") && (t.starts_with("goroutine ") || t.contains(".go:"));
            let traceback = {
                let elems = v.value.slice_elems();
                let b = elems.iter().map(|e| e.as_int() as u8).collect::<Vec<u8>>();
                let t = String::from_utf8_lossy(if b.is_empty() { v.value.str_bytes() } else { &b }).into_owned();
                is_traceback(&t) || elems.iter().any(|e| is_traceback(&String::from_utf8_lossy(e.str_bytes())))
            };
            if tn.contains("uintptr") || tn == "runtime.MemStats" || traceback || calls_gostring(&insp, v.ty, 0) {
                visit.push((v.name.clone(), SKIP.to_string()));
                continue;
            }
            // A nil interface passed to Printf is a nil `any`: `<nil>`.
            let text = if tt.is_interface(v.ty) && v.value.is_nil() {
                "<nil>".to_string()
            } else {
                insp.render(&v.value, v.ty, RenderOpts::EXACT)
            };
            let kind = if v.kind == bytecode::VarKind::Captured { "cap:" } else { "" };
            visit.push((format!("{kind}{}", v.name), text));
        }
        self.log.entry((goid, top.name.clone(), k)).or_default().push(visit);
        Control::Continue
    }
}

/// Whether fmt would call a Format or GoString method formatting a value
/// of type `ty` with %#v (on it or on something it contains).
fn calls_gostring(insp: &runtime::inspect::Inspector, ty: types::TypeId, depth: usize) -> bool {
    use types::Kind;
    if depth > 8 {
        return false;
    }
    if insp.has_method(ty, "GoString") || insp.has_method(ty, "Format") {
        return true;
    }
    let tt = &insp.program().types;
    match tt.ukind(ty).clone() {
        Kind::Struct(fields) => fields.iter().any(|f| calls_gostring(insp, f.ty, depth + 1)),
        Kind::Array(_, e) | Kind::Slice(e) | Kind::Pointer(e) => calls_gostring(insp, e, depth + 1),
        Kind::Map(k, v) => calls_gostring(insp, k, depth + 1) || calls_gostring(insp, v, depth + 1),
        _ => false,
    }
}

fn debugger_log(prog: &bytecode::Program, mode: StackMode, limit: Option<usize>) -> (Log, bool) {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let col = std::rc::Rc::new(std::cell::RefCell::new(Collector {
        log: Log::new(),
        last: HashMap::new(),
        blocked: HashMap::new(),
        left: limit.unwrap_or(usize::MAX),
    }));
    struct Shared(std::rc::Rc<std::cell::RefCell<Collector>>);
    impl Hook for Shared {
        fn wants_step(&self) -> bool {
            true
        }
        fn step(&mut self, vm: &Vm, gi: usize) -> Control {
            self.0.borrow_mut().step(vm, gi)
        }
        fn event(&mut self, vm: &Vm, gi: usize, ev: &runtime::hook::Event) -> Control {
            // A new frame's first instruction is an entry, whatever ran
            // before at that depth (two calls of one method in a row).
            if let runtime::hook::Event::Call { .. } = ev {
                let goid = vm.inspect().goid(gi);
                self.0.borrow_mut().last.remove(&goid);
            }
            if let runtime::hook::Event::GoStop { flow: runtime::vm::Flow::Block } = ev {
                let insp = vm.inspect();
                if let Some(top) = insp.top_frame(gi, true) {
                    let g = insp.goroutine(gi);
                    self.0.borrow_mut().blocked.insert(g.goid, (g.nframes, top.pc));
                }
            }
            Control::Continue
        }
    }
    {
        let mut vm = Vm::new(prog, options(mode), Box::new(&mut stdout), Box::new(&mut stderr)).expect("natives");
        vm.set_hook(Box::new(Shared(col.clone())));
        vm.run_main();
    }
    let c = std::rc::Rc::try_unwrap(col).ok().expect("collector").into_inner();
    (c.log, cut(&stderr))
}

/// Heap addresses differ between the builds (the probes allocate): they
/// are compared as `0xADDR`.
fn norm(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0xc0") {
        out.push_str(&rest[..i]);
        out.push_str("0xADDR");
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
    }
    out.push_str(rest);
    out
}

/// Compares the two logs; returns the differences (at most a few).
fn compare(probe: &Log, dbg: &Log, truncated: bool) -> (usize, Vec<String>) {
    let mut checked = 0;
    let mut problems = Vec::new();
    let mut keys: Vec<&(u64, String, usize)> = dbg.keys().collect();
    keys.sort();
    for key in keys {
        let visits = &dbg[key];
        let Some(pvisits) = probe.get(key) else {
            problems.push(format!("g{} {} statement #{}: the debugger stopped where no probe ran", key.0, key.1, key.2));
            continue;
        };
        for (n, (dv, pv)) in visits.iter().zip(pvisits.iter()).enumerate() {
            checked += 1;
            let at = format!("g{} {} statement #{} (visit {})", key.0, key.1, key.2, n + 1);
            for (name, text) in pv {
                match dv.iter().find(|(dn, _)| dn == name || dn.strip_prefix("cap:") == Some(name)) {
                    Some((_, dt)) if dt == SKIP || norm(dt) == norm(text) => {}
                    Some((_, dt)) => problems.push(format!("{at}: {name}: debugger shows {dt}, %#v prints {text}")),
                    None => problems.push(format!("{at}: {name} is in scope (%#v prints {text}) but the debugger does not show it")),
                }
            }
            for (dn, dt) in dv {
                let extra = !pv.iter().any(|(pn, _)| pn == dn);
                if extra && !dn.starts_with("cap:") && !dn.starts_with("~r") {
                    problems.push(format!("{at}: the debugger shows {dn} = {dt}, which is not in scope there"));
                }
            }
        }
        if visits.len() > pvisits.len() && !truncated {
            problems.push(format!(
                "g{} {} statement #{}: {} debugger visits, {} probe visits",
                key.0,
                key.1,
                key.2,
                visits.len(),
                pvisits.len()
            ));
        }
    }
    problems.truncate(12);
    (checked, problems)
}

fn check(path: &Path) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("prog.go");
    let Ok(plain) = compiler::compile(name, &src) else { return Ok(()) };
    let probed = compiler::compile_with(name, &src, &compiler::Options { debug_probes: true, ..Default::default() })
        .map_err(|e| format!("the probe build does not compile: {}", e.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n")))?;
    let (probe, probe_cut, probe_full) = probe_log(&probed);
    let mut report = Vec::new();
    for mode in [StackMode::Segmented, StackMode::Contiguous] {
        let (dbg, dbg_cut) = debugger_log(&plain, mode, probe_full);
        let (_checked, problems) = compare(&probe, &dbg, probe_cut || dbg_cut);
        for p in problems {
            report.push(format!("[{mode:?}] {p}"));
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let mut files = Vec::new();
    golden::case::programs(&root().join("testdata"), &mut files);
    let trials: Vec<Trial> = files
        .into_iter()
        .map(|p| {
            let name = p.strip_prefix(root()).unwrap_or(&p).display().to_string();
            Trial::test(name, move || check(&p))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
