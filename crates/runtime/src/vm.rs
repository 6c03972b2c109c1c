//! The dispatch loop and the scheduler.
//!
//! Guest calls never recurse on the Rust stack: a call pushes a [`Frame`]
//! and the loop carries on. `gopanic`, `deferreturn` and `Goexit` (in
//! `panic.rs`) are state transitions on the [`G`] that push the next deferred
//! call as an ordinary frame.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use bytecode::{DeferKind, Program, TypeId};
use types::Kind;

use crate::proc::{DeferFn, DeferredCall, Frame, Gstatus, RetTo, G};
use crate::stack::Stack;
use crate::value::*;

/// Options of one run.
///
/// Divergence: Go has no limit on steps, heap or live goroutines of its
/// own; gostack stops a program past `max_steps`, `max_heap` or
/// `max_goroutines` with a Go-style fatal error (docs/reliability.md).
#[derive(Clone, Debug)]
pub struct Options {
    pub max_stack: u64,
    /// Instruction budget before a goroutine is preempted.
    pub timeslice: u32,
    /// Stop the program after this many steps (0 = unlimited). A step is
    /// a unit of the preemption budget, spent by every call and every
    /// backward jump (a loop iteration), plus one per time slice: the
    /// points where a goroutine can be preempted. A slice counts the units
    /// it spent however it ends (run out, parked, done), so the limit
    /// bounds goroutines that block every few instructions too.
    pub max_steps: u64,
    pub sched_seed: u64,
    /// Seed of runtime.rand (math/rand's top-level functions); None draws
    /// one from the clock, as Go seeds it randomly. A debugging session
    /// fixes it so that every replay of the run draws the same numbers.
    pub rand_seed: Option<u64>,
    pub args: Vec<String>,
    /// Variables `os.Getenv` answers, given explicitly (`gostack run --env
    /// KEY=VALUE`): the host's environment is never read (the sandbox).
    pub env: Vec<(String, String)>,
    pub stack_mode: crate::stack::StackMode,
    /// Bytes of heap the program may hold (0 = no limit): past it the
    /// program ends with Go's `fatal error: runtime: out of memory`.
    pub max_heap: u64,
    /// Goroutines that may be alive at once (0 = no limit).
    pub max_goroutines: u64,
    /// Bytes the process has allocated right now, read from a counting
    /// global allocator installed by the embedder (the CLI). Without it only
    /// single large requests (makeslice, append, concatenation) are checked
    /// against `max_heap`.
    pub heap_in_use: Option<fn() -> usize>,
    /// The process ends right after the run: `runtime::run` then skips
    /// freeing the program's objects (the OS reclaims them, as it does a Go
    /// program's heap). Tearing down 100 000 dead goroutines took a tenth of
    /// the spawn benchmark.
    pub fast_exit: bool,
    /// Stop the program once this much real time has passed since the VM
    /// was made (None = no limit). Checked where `max_steps` is, at the end
    /// of every time slice, so it fires up to one slice late (a slice is
    /// `timeslice` units, well under a second of work).
    ///
    /// Divergence: the only limit that depends on the machine; the virtual
    /// clock of `time.Now` and `time.Sleep` does not count towards it.
    pub max_wall: Option<std::time::Duration>,
    /// Files the sandbox's file system starts with (absolute path, bytes),
    /// read-write copies: `gostack test` gives a package's tests its
    /// folder (testdata/ and all), as go test runs them there.
    pub fs_seed: Vec<(String, Vec<u8>)>,
    /// The sandbox's working directory (default: the host's path, empty).
    pub fs_cwd: Option<String>,
    /// Bytes the program may write to stdout and stderr together (0 = no
    /// limit): past it the program ends with `fatal error: program output
    /// exceeded the limit of N bytes (--max-output)`, exit status 2.
    pub max_output: u64,
    /// The program's standard input (`os.Stdin`); None reads the host
    /// process's own (the CLI).
    pub stdin: Option<std::sync::Arc<[u8]>>,
    /// Host directories mapped in read-only (`gostack run --mount`), as
    /// snapshots the embedder read: the runtime itself reads no host file.
    pub mounts: Vec<Mount>,
    /// `go build -trimpath`: tracebacks and runtime.Caller name a GOROOT
    /// file by its path under GOROOT/src (`runtime/panic.go`) rather than
    /// its absolute path. (The program's own files are named as the
    /// loader gives them.)
    pub trimpath: bool,
    /// `GOTRACEBACK` as the process was started with it (the CLI passes the
    /// host's: a runtime setting, like `--max-stack`, not something the
    /// program's `os.Getenv` sees). A `GOTRACEBACK` in `env` wins, as it is
    /// the program's process environment. `crate::traceback::Gotraceback`.
    pub gotraceback: Option<String>,
}

/// A read-only tree in the sandbox's file system (`--mount HOST:GUEST`):
/// absolute, cleaned guest paths; every write under `guest` fails with
/// EROFS ("read-only file system").
#[derive(Clone, Debug, Default)]
pub struct Mount {
    pub guest: String,
    /// `:rw`: the program may change the tree (the embedder writes the
    /// changes back to the host after the run); else every change fails
    /// with EROFS.
    pub writable: bool,
    /// Directories under `guest` (guest paths) with their permission bits.
    pub dirs: Vec<(String, u32)>,
    /// Files under `guest`: guest path, permission bits, contents.
    pub files: Vec<(String, u32, Vec<u8>)>,
}

/// A limit of [`Options`] that stopped the program (`Vm::stopped_by`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// `max_steps` (`--max-steps`).
    Steps,
    /// `max_wall` (`--max-wall`).
    Wall,
}

/// The most text `runtime.debugProbe` logs in one run: a program that
/// keeps a big value in scope (a slice of 300 channels) at 400,000
/// statements would otherwise log gigabytes.
pub const PROBE_LOG_MAX_BYTES: usize = 32 << 20;

/// Default `--max-heap`: 4 GiB of gostack's own heap.
pub const DEFAULT_MAX_HEAP: u64 = 4 << 30;
/// Default `--max-goroutines`.
pub const DEFAULT_MAX_GOROUTINES: u64 = 1_000_000;

impl Default for Options {
    fn default() -> Self {
        Options {
            max_stack: crate::stack::MAX_STACK,
            timeslice: 20_000,
            max_steps: 0,
            sched_seed: 0,
            rand_seed: None,
            args: vec![],
            env: vec![],
            stack_mode: Default::default(),
            max_heap: DEFAULT_MAX_HEAP,
            max_goroutines: DEFAULT_MAX_GOROUTINES,
            heap_in_use: None,
            fast_exit: false,
            max_wall: None,
            fs_seed: Vec::new(),
            fs_cwd: None,
            max_output: 0,
            stdin: None,
            mounts: Vec::new(),
            trimpath: false,
            gotraceback: None,
        }
    }
}

/// The GOTRACEBACK the program started with: its environment's, else the
/// process setting the embedder passed.
fn env_gotraceback(opts: &Options) -> crate::traceback::Gotraceback {
    let env = opts.env.iter().rev().find(|(k, _)| k == "GOTRACEBACK").map(|(_, v)| v.as_str());
    crate::traceback::Gotraceback::parse(env.or(opts.gotraceback.as_deref()).unwrap_or(""))
}

/// How control leaves the dispatch loop.
pub enum Flow {
    /// Time slice used up, or runtime.Gosched.
    Yield,
    /// The goroutine parked; retry its instruction later.
    Block,
    /// The goroutine ended.
    Dead,
    /// The program must end with this status (os.Exit, main returned, fatal).
    Exit(i32),
    /// A frame called from Rust returned these results.
    NativeReturn(Vec<Value>),
    /// A panic reached a frame called from Rust.
    NativePanic(Value),
}

/// Result of starting a call.
pub enum Pushed {
    Frame,
    Native(NativeOut),
    NilFunc,
    Overflow,
}

/// A native's results: up to two without a heap allocation.
pub type Rets = smallvec::SmallVec<[Value; 2]>;

/// What a native function asks the VM to do.
pub enum NativeOut {
    Ret(Rets),
    Panic(Value),
    Exit(i32),
    Goexit,
    Yield,
    /// Park with this wait reason; the call is retried when rescheduled.
    Block(&'static str),
    /// Sleep until the virtual clock reaches this time.
    Sleep(u64),
    /// Call a guest function value with these args; its results become the
    /// native's results.
    TailCall(Value, Vec<Value>),
    /// Call a guest function value with these args; its one result, a
    /// slice of boxed values, is spread into the native's results
    /// (reflect's makeFuncStub calling callReflect: [`RetTo::Spread`]).
    CallSpread(Value, Vec<Value>),
    Fatal(String),
}

pub type NativeFn = fn(&mut Vm, usize, &[Value]) -> NativeOut;

/// Method lookups ([`Vm::find_method`]): (dynamic type, constant index of
/// the method name) → the function (or `native | 0x8000_0000`) and whether
/// the receiver needs a dereference; `None` when the type has no such method.
pub type MethodCache = HashMap<(TypeId, u32), Option<(u32, bool)>, std::hash::BuildHasherDefault<FxHasher>>;

/// One line of [`Vm::method_lines`]: a `method_cache` entry, the key
/// `(ty, name)` and its answer. An interface call looks its method up by
/// the dynamic type at every call; a loop over a few types (a `[]Shape` of
/// three) hits these lines, where the hash map's probe cost ~70
/// instructions a call.
#[derive(Clone, Copy)]
pub(crate) struct MethodLine {
    pub ty: TypeId,
    /// The method name's constant; `u32::MAX`: an empty line.
    pub name: u32,
    pub found: Option<(u32, bool)>,
}

impl MethodLine {
    pub const EMPTY: MethodLine = MethodLine { ty: TypeId(0), name: u32::MAX, found: None };
}

/// Lines in [`Vm::method_lines`] (a power of two).
pub(crate) const METHOD_LINES: usize = 256;

/// The scheduler (Go's `p` and `sched`, runtime/proc.go and runtime2.go):
/// which goroutine runs next, who waits on a semaphore, the virtual clock
/// and the timer heap. The routines that use it are `Vm` methods
/// (`schedule`, `runqput`, `runqget`, `goready`, `semqueue`, `wake_due`),
/// as they also read the goroutines.
#[derive(Default)]
pub(crate) struct Sched {
    pub(crate) next_goid: u64,
    /// The virtual clock (ns): it jumps to the next sleeper when nothing
    /// can run, and moves by `SLICE_NS_PER_UNIT` per unit each time slice
    /// spent, however it ended (see `Vm::spend_slice`).
    pub(crate) now: u64,
    /// No timer is due before this time (`u64::MAX`: none may be).
    pub(crate) next_wake: u64,
    /// The timer heap (sleeps, time package timers; `crate::timer`).
    pub(crate) timers: crate::timer::Timers,
    /// The goroutine to run next (Go's `p.runnext`): the last one readied
    /// (`goready`) or started (`go`).
    pub(crate) runnext: Option<usize>,
    /// The run queue (Go's `p.runq`): runnable goroutines, oldest first.
    pub(crate) runq: std::collections::VecDeque<usize>,
    /// Goroutines parked in sync.Mutex, RWMutex and WaitGroup (Go's
    /// `semtable`), by the address of the object they wait on.
    pub(crate) semtable: HashMap<usize, std::collections::VecDeque<(usize, u64)>, std::hash::BuildHasherDefault<FxHasher>>,
    /// Indexes of dead goroutines whose slots can be reused.
    pub(crate) free_gs: Vec<usize>,
}

/// State of panics being raised and printed that passes between the
/// routines of panic.rs, traceback.rs and the natives (Go keeps the like in
/// `g._panic`, `runningPanicDefers` and `panicking`).
#[derive(Default)]
pub(crate) struct Panics {
    pub(crate) next_panic_id: u64,
    /// The frame a stack overflow could not push (`traceback::entry_frame_line`).
    pub(crate) overflow_frame: Option<String>,
    /// Set while gopanic raises a panic of its own (`Panic::in_gopanic`).
    pub(crate) raising_in_gopanic: bool,
    /// Go frames of the native that just raised a panic (taken by
    /// `gopanic` into the `Panic` record) or a fatal error (printed above
    /// the top frame); see `traceback::raising_native_frames`.
    pub(crate) panic_native_frames: &'static [&'static str],
    pub(crate) fatal_native_frames: &'static [&'static str],
    /// Set while preprintpanics calls Error/String methods; a panic that
    /// escapes one leaves its frames' traceback lines in `print_panic_frames`.
    pub(crate) printing_panics: bool,
    pub(crate) print_panic_frames: Vec<String>,
}

pub struct Vm<'p> {
    pub prog: &'p Program,
    pub opts: Options,
    pub(crate) globals: Vec<Value>,
    pub gs: Vec<G>,
    /// The scheduler's state: run queue, semaphore queues, the virtual
    /// clock and its timers (`Sched`).
    pub(crate) sched: Sched,
    /// What a panic being raised or printed needs to carry between
    /// routines (`Panics`).
    pub(crate) panics: Panics,
    pub out: Vec<u8>,
    /// Whether `out` is collecting an example's output for the testing
    /// package (`testing.captureStdout`) instead of going to `stdout`.
    pub(crate) capturing: bool,
    pub stdout: Box<dyn Write + 'p>,
    pub stderr: Box<dyn Write + 'p>,
    pub(crate) natives: Vec<NativeFn>,
    /// Per native: how many times the bytes of its string and byte-slice
    /// arguments its result may take (0: not checked; see `native_copies`).
    pub(crate) native_copies: Vec<u8>,
    pub steps: u64,
    pub(crate) main_goexited: bool,
    /// Objects of returned frames kept for reuse by the call paths.
    pub(crate) pools: Pools,
    /// Per function, `intloop::simple_runs` of its code: where a backward
    /// branch may hand its loop to the integer loop.
    pub simple_runs: Vec<Vec<u16>>,
    /// Per function, what its calls and returns read (its code, frame
    /// layout and `FN_*` bits), in one small record: the inline call and
    /// return paths index this instead of `FuncProto` (a 296-byte record)
    /// and a flags vector beside it.
    pub(crate) fn_info: Vec<FnInfo<'p>>,
    pub(crate) init_done: bool,
    /// Set when main.main returned (the program then exits with status 0).
    pub main_returned: bool,
    /// Interface values of constants, shared like Go's read-only boxes.
    pub(crate) iface_consts: HashMap<(u32, TypeId), Value, std::hash::BuildHasherDefault<FxHasher>>,
    /// The native whose outcome is being handled (set by `call_native`).
    pub(crate) native_ran: u16,
    /// The native running now (set by `call_native` for the call).
    pub(crate) native_running: u16,
    /// Go frames of a native that is calling a Go method (fmt's printer
    /// calling `String`, preprintpanics calling `Error`): the goroutine,
    /// the index of the method's frame, and the lines the traceback shows
    /// below that frame (innermost first), so a method that blocks shows
    /// Go's stack (`fmt.(*pp).handleMethods` ... `fmt.Println`).
    pub(crate) method_callers: Vec<(usize, usize, Vec<&'static str>)>,
    /// The steps the last native's work cost beyond its call (native_work).
    pub(crate) native_steps: u64,
    /// This VM's number in the cycle collector's registry (`gc::release_all`).
    gc_owner: u64,
    /// How the native running now must end instead of returning, decided
    /// by Go code it called: a `runtime.Goexit` inside a `String` method
    /// (fmt's deferred catchPanic does not stop it), or fmt's nested-panic
    /// rule (catchPanic re-panics). call_native hands it to the caller.
    pub(crate) native_unwind: Option<NativeOut>,
    /// Shared names of functions (see `func_name_rc`).
    pub(crate) func_names: Vec<Option<Rc<str>>>,
    /// Interface values of static composite literals, by type and contents
    /// (see `Vm::iface_static`).
    pub(crate) iface_statics: HashMap<(TypeId, Vec<u8>), Value>,
    /// How many of the program's init functions have been started.
    pub(crate) init_stage: usize,
    pub rng: u64,
    /// Where map ranges start (see [`Vm::mapiter_start`]): its own
    /// generator, so ranging over maps does not change scheduling.
    map_rng: u64,
    /// Method lookups by dynamic type and method name (see [`MethodCache`]).
    pub(crate) method_cache: MethodCache,
    /// A direct-mapped cache in front of `method_cache` (see
    /// [`MethodLine`]): the dynamic calls of a loop hit it without hashing.
    pub(crate) method_lines: Vec<MethodLine>,
    /// Zero values of types up to 1 KB, by TypeId: `zero` copies them.
    zeros: Vec<Option<Value>>,
    /// The collector's stack maps: each function's slot liveness, made the
    /// first time a cycle finds one of its frames on a stack (`None`: too
    /// big to analyse; its frames keep every slot).
    stack_maps: HashMap<u32, Option<bytecode::liveness::Live>>,
    /// String constants by constant index, allocated on first load.
    pub(crate) str_consts: Vec<Option<GoStr>>,
    pub(crate) rt: crate::rterr::RtTypes,
    /// What the `runtime` and `runtime/debug` natives remember between
    /// calls (per VM, so that programs run in one process do not share it).
    pub(crate) runtime_state: crate::natives::RuntimeState,
    /// Inspection (see `hook.rs`): the observer, whether it wants a call
    /// before every instruction, and a pending exit it asked for.
    pub(crate) hook: Option<Box<dyn crate::hook::Hook + 'p>>,
    pub(crate) step_hook: bool,
    pub(crate) hook_exit: Option<i32>,
    /// Which instructions the step hook is called before and which mark
    /// the state dirty (see [`crate::hook::Hook::step_marks`]): one byte per
    /// pc of each function; empty means the hook is called before every one.
    pub(crate) step_marks: Vec<Box<[u8]>>,
    /// An instruction with `MARK_DIRTY` ran since the last `Hook::step`.
    pub step_dirty: bool,
    /// The pc of the instruction run just before the one a `Hook::step`
    /// call is about to run, in the same frame (`u32::MAX`: none, control
    /// came from another frame, goroutine or the scheduler).
    pub step_prev: u32,
    /// Process heap in use when the program started (see `heap.rs`).
    pub(crate) heap_base: usize,
    /// The program must end with this status as soon as control is back
    /// in the dispatch loop: set where Rust code that called Go code (fmt
    /// calling a `String` method) cannot return the exit itself (os.Exit
    /// in the method, a stack overflow, a debugger's quit). Output written
    /// after it is dropped, as nothing runs after os.Exit.
    pub(crate) pending_exit: Option<i32>,
    /// Bytes written to stdout and stderr so far (for `Options::max_output`).
    pub(crate) output_bytes: u64,
    /// Bytes of a package variable that did not fit under `--max-heap` at
    /// start-up; `run_main` ends the program with Go's out-of-memory throw.
    pub(crate) globals_oom: Option<u64>,
    /// Goroutines whose Go code was called by a native (`call_sync`) and
    /// that wait, parked or preempted, while the others run: their native
    /// is on the host stack, so only the innermost can be resumed.
    pub(crate) in_native: Vec<usize>,
    /// The budget the current time slice started with (see `Vm::exec`).
    pub(crate) slice_units: u32,
    /// Lines logged by `runtime.debugProbe` (the debug-info checker), at
    /// most [`PROBE_LOG_MAX_BYTES`] of them in all; `probe_log_full` says
    /// the log stopped there (the checker then compares that many visits).
    pub probe_log: Vec<String>,
    pub(crate) probe_log_bytes: usize,
    pub probe_log_full: bool,
    /// When the VM was made (`Options::max_wall` counts from here).
    pub(crate) started: std::time::Instant,
    /// The limit that stopped the program, if one did (`check_limits`).
    pub stopped_by: Option<Limit>,
}

pub const NATIVE_BIT: u32 = 0x8000_0000;

impl<'p> Vm<'p> {
    pub fn new(prog: &'p Program, opts: Options, stdout: Box<dyn Write + 'p>, stderr: Box<dyn Write + 'p>) -> Result<Vm<'p>, String> {
        let mut natives = Vec::new();
        for n in &prog.natives {
            natives.push(crate::natives::lookup(n).ok_or_else(|| format!("native {n} is not implemented"))?);
        }
        let rt = crate::rterr::RtTypes::find(&prog.types);
        let traceback_env = env_gotraceback(&opts);
        // A new address space: every run of a program allocates the same
        // virtual addresses (`heap::vaddr`).
        crate::heap::reset_vaddr();
        static NEXT_VM: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let gc_owner = NEXT_VM.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        crate::gc::reset_for(gc_owner);
        let mut vm = Vm {
            gc_owner,
            prog,
            rng: opts.sched_seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407),
            map_rng: (opts.sched_seed ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(6364136223846793005).wrapping_add(1),
            opts,
            globals: Vec::new(),
            gs: Vec::new(),
            sched: Sched { next_goid: 1, next_wake: u64::MAX, ..Sched::default() },
            panics: Panics { next_panic_id: 1, ..Panics::default() },
            out: Vec::new(),
            capturing: false,
            stdout,
            stderr,
            native_copies: prog.natives.iter().map(|n| native_copies(n)).collect(),
            natives,
            steps: 0,
            main_goexited: false,
            pools: Pools::default(),
            simple_runs: prog.funcs.iter().map(|f| crate::intloop::simple_runs(&f.code)).collect(),
            fn_info: prog.funcs.iter().map(FnInfo::of).collect(),
            init_done: false,
            main_returned: false,
            iface_consts: HashMap::default(),
            iface_statics: HashMap::new(),
            func_names: Vec::new(),
            native_ran: 0,
            native_running: 0,
            method_callers: Vec::new(),
            native_steps: 0,
            native_unwind: None,
            init_stage: 0,
            method_cache: HashMap::default(),
            method_lines: vec![MethodLine::EMPTY; METHOD_LINES],
            zeros: Vec::new(),
            stack_maps: HashMap::new(),
            str_consts: Vec::new(),
            rt,
            runtime_state: crate::natives::RuntimeState { traceback_env, ..Default::default() },
            hook: None,
            step_hook: false,
            hook_exit: None,
            step_marks: Vec::new(),
            step_dirty: false,
            step_prev: u32::MAX,
            heap_base: 0,
            probe_log: Vec::new(),
            probe_log_bytes: 0,
            probe_log_full: false,
            slice_units: 0,
            pending_exit: None,
            output_bytes: 0,
            globals_oom: None,
            in_native: Vec::new(),
            started: std::time::Instant::now(),
            stopped_by: None,
        };
        vm.runtime_state.rand = vm.opts.rand_seed.unwrap_or_else(|| {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(0);
            t ^ (std::process::id() as u64).rotate_left(32) ^ 0x9E37_79B9_7F4A_7C15
        });
        vm.init_zeros();
        // A package variable too large for the heap limit is refused when
        // the program starts (`run_main`), not by the host allocator here.
        let mut globals = Vec::with_capacity(prog.global_types.len());
        for &t in &prog.global_types {
            match vm.zero_exceeds_heap(t) {
                Some(bytes) => {
                    vm.globals_oom.get_or_insert(bytes);
                    globals.push(Value::Nil);
                }
                None => {
                    let z = vm.zero(t);
                    // The host refused it (an address-space cap): the same
                    // throw when the program starts.
                    if let Some(bytes) = crate::heap::take_host_oom() {
                        vm.globals_oom.get_or_insert(bytes);
                    }
                    globals.push(z);
                }
            }
        }
        vm.globals = globals;
        vm.heap_base = vm.opts.heap_in_use.map(|f| f()).unwrap_or(0);
        Ok(vm)
    }

    pub fn flush(&mut self) {
        if !self.out.is_empty() && !self.capturing {
            let _ = self.stdout.write_all(&self.out);
            self.out.clear();
        }
        let _ = self.stdout.flush();
    }

    pub fn write_stdout(&mut self, b: &[u8]) {
        if self.pending_exit.is_some() {
            return;
        }
        let fits = self.output_room(b.len());
        self.out.extend_from_slice(&b[..fits]);
        if self.out.len() > 1 << 16 && !self.capturing {
            self.flush();
        }
        if fits < b.len() {
            self.output_exceeded();
        }
    }

    pub fn write_stderr(&mut self, b: &[u8]) {
        self.flush();
        if self.pending_exit.is_some() {
            return;
        }
        let fits = self.output_room(b.len());
        let _ = self.stderr.write_all(&b[..fits]);
        if fits < b.len() {
            self.output_exceeded();
        }
    }

    /// How many of the next `n` bytes of output fit under
    /// `Options::max_output`; counts them.
    fn output_room(&mut self, n: usize) -> usize {
        let limit = self.opts.max_output;
        if limit == 0 {
            return n;
        }
        let room = limit.saturating_sub(self.output_bytes).min(n as u64) as usize;
        self.output_bytes += room as u64;
        room
    }

    /// The program wrote past `Options::max_output`: it ends like a Go
    /// fatal error (exit status 2) as soon as control is back in the
    /// dispatch loop; nothing it writes after this is kept.
    #[cold]
    fn output_exceeded(&mut self) {
        self.flush();
        let msg = format!("\nfatal error: program output exceeded the limit of {} bytes (--max-output)\n", self.opts.max_output);
        let _ = self.stderr.write_all(msg.as_bytes());
        let _ = self.stderr.flush();
        self.pending_exit = Some(2);
    }

    /// The sandbox's files when the run ended (absolute path, contents),
    /// sorted by path; empty if the program never touched its file system
    /// (it then holds only what `Options::fs_seed` put there).
    pub fn sandbox_files(&self) -> Vec<(String, Vec<u8>)> {
        match &self.runtime_state.fs {
            Some(fs) => fs.files(),
            None => {
                let mut v = self.opts.fs_seed.clone();
                v.sort();
                v
            }
        }
    }

    /// The zero value of a type (a copy of a cached one for types up to
    /// 1 KB, so no type walk and no allocation for strings).
    pub fn zero(&self, t: TypeId) -> Value {
        match self.zeros.get(t.0 as usize) {
            Some(Some(z)) => z.copy_val(),
            _ => self.zero_uncached(t),
        }
    }

    /// Fills the zero-value table (types whose values take at most 1 KB).
    fn init_zeros(&mut self) {
        let tt = &self.prog.types;
        self.zeros = (0..tt.len())
            .map(|i| {
                let t = TypeId(i as u32);
                match tt.kind(t) {
                    types::Kind::TypeParam(_) | types::Kind::Tuple(_) => None,
                    // Small in Go's bytes and in values: `[1][1]...[1]int`
                    // takes 8 bytes but nests as deeply as the program's
                    // types, and building each level's zero afresh would be
                    // quadratic in that depth (cubic with the copies).
                    _ if zero_nodes(tt, t, 256) <= 256 && tt.size_of(t) <= 1024 => Some(self.zero_uncached(t)),
                    _ => None,
                }
            })
            .collect();
    }

    /// mallocgc's size check for a zero value that is not cached (only
    /// large ones are not): the bytes it would take, when they do not fit
    /// under `--max-heap`. Checked before building it, so that a huge
    /// array is Go's `out of memory`, never a failed host allocation.
    pub fn zero_exceeds_heap(&self, t: TypeId) -> Option<u64> {
        if matches!(self.zeros.get(t.0 as usize), Some(Some(_))) {
            return None;
        }
        // zero_nodes walks the type, not the elements: cheap at any size.
        let bytes = (zero_nodes(&self.prog.types, t, usize::MAX / 64) as u64).saturating_mul(crate::heap::ELEM_BYTES);
        (!self.heap_fits(bytes)).then_some(bytes)
    }

    fn zero_uncached(&self, t: TypeId) -> Value {
        let tt = &self.prog.types;
        match tt.ukind(t) {
            Kind::Bool | Kind::UntypedBool => Value::Bool(false),
            Kind::Float32 | Kind::Float64 | Kind::UntypedFloat => Value::Float(0.0),
            Kind::Complex64 | Kind::Complex128 | Kind::UntypedComplex => Value::Complex(0.0, 0.0),
            Kind::String | Kind::UntypedString => Value::Str(GoStr::new(b"")),
            k if tt.is_integer(t) || matches!(k, Kind::UnsafePointer) => Value::Int(0),
            Kind::Struct(fields) => Value::Agg(new_agg(tt, t, fields.iter().map(|f| self.zero_uncached(f.ty)).collect())),
            Kind::Array(n, e) => {
                if let Some(elem) = crate::layout::compact_elem(tt, *e) {
                    return ByteArr::zeroed(elem, *n as usize).value();
                }
                let z = self.zero_uncached(*e);
                Value::Agg(new_agg(tt, t, repeat_zero(z, *n)))
            }
            _ => Value::Nil,
        }
    }

    // ----------------------------------------------------------------
    // goroutines

    /// newproc: creates a goroutine that will call `call`. The caller puts
    /// it on the run queue (`runqput`).
    pub fn newproc(&mut self, call: DeferredCall, parent: u64, created_by: Option<crate::proc::Creator>) -> usize {
        let goid = self.sched.next_goid;
        self.sched.next_goid += 1;
        // Reuse a dead G (Go's gfree list) without scanning all goroutines.
        let mut free = None;
        while let Some(i) = self.sched.free_gs.pop() {
            if self.gs.get(i).map(|g| g.status == Gstatus::Dead).unwrap_or(false) {
                free = Some(i);
                break;
            }
        }
        let gi = match free {
            Some(i) => {
                // gfget: the freed G is reset in place and keeps its buffers
                // (its stack's segment and slot vectors, its frame, defer and
                // panic vectors), as Go hands out a freed G with its stack.
                // (Building a new G and storing it over the old one copied
                // the whole G twice and dropped each of the old one's fields.)
                // Every field is named, so a new one is not forgotten here.
                let G {
                    goid: g_goid,
                    status,
                    stack,
                    frames,
                    defers,
                    panics,
                    open_slots,
                    waitreason,
                    parent_goid,
                    created_by: g_created_by,
                    wake_at,
                    closed_wake,
                    sema_retry,
                    sema_ticket,
                    sel_gen,
                    sel_done,
                    gc_waited,
                    sleep_for,
                } = &mut self.gs[i];
                *g_goid = goid;
                *status = Gstatus::Runnable;
                stack.reset(goid, self.opts.max_stack);
                stack.mode = self.opts.stack_mode;
                frames.clear();
                defers.clear();
                panics.clear();
                open_slots.clear();
                *waitreason = "";
                *parent_goid = parent;
                *g_created_by = created_by;
                *wake_at = 0;
                *closed_wake = false;
                *sema_retry = false;
                *sema_ticket = 0;
                *sel_gen = 0;
                *sel_done = false;
                *gc_waited = false;
                *sleep_for = 0;
                i
            }
            None => {
                let mut stack = Stack::new(goid, self.opts.max_stack);
                stack.mode = self.opts.stack_mode;
                self.gs.push(G::new(goid, stack, parent, created_by));
                self.gs.len() - 1
            }
        };
        // Arguments go in the entry frame's first slots.
        self.push_call(gi, &call, RetTo::Goexit);
        if self.hook.is_some() {
            self.emit(gi, crate::hook::Event::GoCreate { parent_goid: parent });
        }
        gi
    }

    /// Calls native `n`; remembers it in `native_ran` so that a panic or
    /// fatal error it returns can show the Go frames it stands for.
    pub fn call_native(&mut self, n: u16, gi: usize, args: &[Value]) -> NativeOut {
        // A native that builds its result from its arguments needs that
        // memory at once: when it cannot fit, it is mallocgc's throw before
        // the call, so the host never holds a result far past --max-heap.
        let k = self.native_copies[n as usize];
        if k > 0 && self.opts.max_heap != 0 {
            if let Err(out) = self.native_alloc(arg_bytes(args).saturating_mul(u64::from(k))) {
                self.native_ran = n;
                return out;
            }
        }
        let outer = std::mem::replace(&mut self.native_running, n);
        let out = (self.natives[n as usize])(self, gi, args);
        self.native_running = outer;
        self.native_ran = n;
        // A native's work counts against --max-steps as the loop it
        // stands for would (see native_work).
        self.native_steps = native_work(args, &out);
        self.steps += self.native_steps;
        // A native's result can be far larger than its arguments (Join,
        // Repeat, Sprint of a big value): the heap is checked after every
        // native, not only at the end of the time slice, so a program that
        // doubles a string in a loop stops at the limit, not at the host's.
        if self.heap_over() {
            return self.heap_exceeded();
        }
        // The program ended inside Go code the native called.
        if let Some(c) = self.pending_exit {
            return NativeOut::Exit(c);
        }
        if let Some(o) = self.native_unwind.take() {
            return o;
        }
        out
    }

    /// Whether the native just run (by the interpreter loop's CallNative)
    /// used up the rest of `--max-steps`: the loop then ends its time slice
    /// at once, so check_limits stops the program after this call.
    pub(crate) fn native_used_budget(&self, budget: u32) -> bool {
        self.native_steps > 0 && self.opts.max_steps > 0 && self.steps + u64::from(self.slice_units - budget) >= self.opts.max_steps
    }

    /// The Go name of native `n` (`pkg.Func` or `pkg.(*T).M`).
    pub fn native_name(&self, n: u16) -> &str {
        self.prog.natives.get(n as usize).map(|s| s.as_str()).unwrap_or("")
    }

    /// The name of function `f`, shared (for `created by` records).
    pub fn func_name_rc(&mut self, f: u32) -> Rc<str> {
        let i = f as usize;
        if self.func_names.len() <= i {
            self.func_names.resize(i + 1, None);
        }
        self.func_names[i].get_or_insert_with(|| Rc::from(self.prog.funcs[i].name.as_str())).clone()
    }

    /// Pushes a frame calling `call` on goroutine `gi`; natives run at once
    /// and report their outcome instead.
    pub fn push_call(&mut self, gi: usize, call: &DeferredCall, ret: RetTo) -> Pushed {
        match &call.func {
            DeferFn::Closure(c) => {
                // The arguments as the callee takes them: the call's own,
                // borrowed, unless a method value's bound receiver goes
                // first (a deferred or go'd closure call, the common case,
                // copies and allocates nothing here).
                let with_recv: smallvec::SmallVec<[Value; 4]>;
                let args: &[Value] = match &c.recv {
                    Some(r) => {
                        with_recv = std::iter::once(r.clone()).chain(call.args.iter().cloned()).collect();
                        &with_recv
                    }
                    None => &call.args,
                };
                if let Some(n) = c.native {
                    return match self.call_native(n, gi, args) {
                        // makeFuncStub: callReflect's frame stands in for
                        // the native's, its results spread.
                        NativeOut::CallSpread(Value::Func(f), args) => {
                            let ret = match ret {
                                RetTo::Caller { base } => RetTo::Spread { base },
                                RetTo::Native => RetTo::NativeSpread,
                                r => r,
                            };
                            match self.push_frame(gi, f.func, Some(f), &args, ret) {
                                true => Pushed::Frame,
                                false => Pushed::Overflow,
                            }
                        }
                        out => Pushed::Native(out),
                    };
                }
                if self.push_frame(gi, c.func, Some(c.clone()), args, ret) {
                    Pushed::Frame
                } else {
                    Pushed::Overflow
                }
            }
            DeferFn::Native(n) => Pushed::Native(self.call_native(*n, gi, &call.args)),
            DeferFn::Nil => Pushed::NilFunc,
        }
    }

    /// Pushes a frame for function `f` with `args` in its first slots.
    pub fn push_frame(&mut self, gi: usize, f: u32, closure: Option<Rc<Closure>>, args: &[Value], ret: RetTo) -> bool {
        let splits = self.gs[gi].stack.splits;
        let copies = self.gs[gi].stack.copies;
        let proto = &self.prog.funcs[f as usize];
        let g = &mut self.gs[gi];
        let (cur_sp, seg_i, base) = match g.frames.last() {
            Some(fr) => (
                fr.sp,
                fr.seg as usize,
                fr.base as usize + g.frames.last().map(|f| self.prog.funcs[f.func as usize].nslots as usize).unwrap_or(0),
            ),
            None => (g.stack.segs[0].hi, 0, 0),
        };
        // A deferred call run by a panic sits below gopanic's own frame
        // (runtime.Goexit's for a Goexit), which takes stack as any frame
        // does: a deferred function that recovers and recurses overflows
        // at Go's depth.
        let gap = match ret {
            RetTo::Panic(id) => match g.panics.iter().rev().find(|p| p.id == id) {
                Some(p) if p.goexit => crate::stack::GOEXIT_FRAME,
                _ => crate::stack::GOPANIC_FRAME,
            },
            _ => 0,
        };
        let size = proto.frame_size as u64 + gap;
        let mut cur_sp = cur_sp;
        if g.stack.mode == crate::stack::StackMode::Contiguous && !(cur_sp >= size && cur_sp - size >= g.stack.segs[0].stackguard()) {
            // copystack: a new, larger range; adjust every saved address
            // (frame sp/fp, _defer.sp, _panic sp/startSP), as adjustframe,
            // adjustdefers and adjustpanics do.
            let used = g.stack.segs[0].hi - cur_sp;
            let Some(delta) = g.stack.copystack(used, size) else {
                self.panics.overflow_frame = Some(crate::traceback::entry_frame_line(self, f, args));
                return false;
            };
            let adj = |a: &mut u64| *a = (*a as i64 + delta) as u64;
            for fr in g.frames.iter_mut() {
                adj(&mut fr.sp);
            }
            for d in g.defers.iter_mut() {
                adj(&mut d.sp);
            }
            for p in g.panics.iter_mut() {
                adj(&mut p.sp);
                adj(&mut p.start_sp);
            }
            cur_sp = g.frames.last().map(|f| f.sp).unwrap_or(g.stack.segs[0].hi);
        }
        let (seg_i, base, fp) = if cur_sp >= size && cur_sp - size >= g.stack.segs[seg_i].stackguard() && seg_i + 1 == g.stack.segs.len() {
            (seg_i, base, cur_sp)
        } else if seg_i + 1 < g.stack.segs.len() {
            // Already on a newer segment (after a return to a lower one).
            let s = g.stack.segs.len() - 1;
            (s, 0, g.stack.segs[s].hi)
        } else {
            let used_top = g.stack.segs[seg_i].hi - cur_sp;
            if !g.stack.morestack(size, used_top) {
                self.panics.overflow_frame = Some(crate::traceback::entry_frame_line(self, f, args));
                return false;
            }
            let s = g.stack.segs.len() - 1;
            (s, 0, g.stack.segs[s].hi)
        };
        let nslots = proto.nslots as usize;
        let seg = &mut g.stack.segs[seg_i];
        if seg.slots.len() < base + nslots {
            // (`resize` would clone its filler through Value's out-of-line
            // `clone`, once per slot.)
            seg.slots.resize_with(base + nslots, || Value::Nil);
        }
        for (i, a) in args.iter().enumerate().take(nslots) {
            seg.slots[base + i] = a.clone();
        }
        let np = proto.nparams as usize;
        for (i, &t) in proto.result_types.iter().enumerate() {
            let z = zero_of(self.prog, t);
            seg.slots[base + np + i] = if proto.boxed_results.get(i).copied().unwrap_or(false) {
                new_cell(&mut self.pools.cells, z, cell_scalar(&self.prog.types, t))
            } else {
                z
            };
        }
        let open = g.push_open_slots(proto.open_defers as usize);
        g.frames.push(Frame::new(f, seg_i, base, fp - size, closure, ret, open));
        if self.hook.is_some() {
            if self.gs[gi].stack.copies != copies {
                self.emit(gi, crate::hook::Event::Copystack);
            }
            if self.gs[gi].stack.splits != splits {
                self.emit(gi, crate::hook::Event::Morestack { seg: seg_i });
            }
            self.emit(gi, crate::hook::Event::Call { frame: self.gs[gi].frames.len() - 1 });
        }
        true
    }

    // ----------------------------------------------------------------
    // scheduler

    /// Runs the program to completion; returns the exit status.
    pub fn run_main(&mut self) -> i32 {
        let init = DeferredCall { func: DeferFn::Closure(Rc::new(Closure::of_func(self.prog.init))), args: vec![] };
        let gi = self.newproc(init, 0, None);
        self.runqput(gi, true);
        if let Some(bytes) = self.globals_oom {
            return self.throw_alloc(gi, bytes);
        }
        let code = self.schedule();
        self.flush();
        code
    }

    fn next_rand(&mut self) -> u64 {
        xorshift(&mut self.rng)
    }

    /// mapiterinit's random start: the position of a map's `span` entry
    /// slots where a range begins. Seeded by `--sched-seed`, so a run is
    /// reproducible while the order is not the insertion order.
    pub fn mapiter_start(&mut self, span: usize) -> usize {
        if span <= 1 {
            return 0;
        }
        (xorshift(&mut self.map_rng) % span as u64) as usize
    }

    pub fn rand_n(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        (self.next_rand() % n as u64) as usize
    }

    /// schedule: runs goroutines until the program ends.
    ///
    /// The next goroutine is `runnext` if set, else the head of the run
    /// queue (Go's `runqget`). A goroutine that blocks parks (`Flow::Block`,
    /// Go's `gopark`): it is on no queue and is never polled; the partner
    /// that completes its operation (a channel peer, an Unlock, a WaitGroup
    /// reaching zero, a timer) readies it (`goready`). When the run queue is
    /// empty the virtual clock advances to the earliest timer that matters;
    /// with none, the program is deadlocked (Go's `checkdead`).
    ///
    /// Divergence: one OS thread runs every goroutine, so the order is
    /// deterministic where Go's depends on its Ps and threads; see
    /// docs/divergences.md "Scheduling order".
    fn schedule(&mut self) -> i32 {
        match self.schedule_loop(None) {
            Err(code) => code,
            Ok(()) => self.throw("scheduler returned without an exit status"),
        }
    }

    /// runqput: makes goroutine `gi` runnable. With `next` it goes to
    /// `runnext`, and the goroutine that was there to the back of the run
    /// queue, as Go puts a goroutine it readies or starts.
    pub fn runqput(&mut self, gi: usize, next: bool) {
        if next {
            if let Some(old) = self.sched.runnext.replace(gi) {
                self.sched.runq.push_back(old);
            }
        } else {
            self.sched.runq.push_back(gi);
        }
    }

    /// goready: a parked goroutine's wait is over; it runs next.
    pub fn goready(&mut self, gi: usize) {
        let g = &mut self.gs[gi];
        g.status = Gstatus::Runnable;
        g.waitreason = "";
        g.wake_at = 0;
        self.runqput(gi, true);
    }

    /// semacquire's slow path (runtime/sema.go): queues goroutine `gi` on
    /// the sync object at address `key` before it parks; `lifo` puts it at
    /// the front (a waiter that already waited, Go's `queueLifo`).
    pub fn semqueue(&mut self, key: usize, gi: usize, lifo: bool) {
        let goid = self.gs[gi].goid;
        let q = self.sched.semtable.entry(key).or_default();
        if lifo {
            q.push_front((gi, goid));
        } else {
            q.push_back((gi, goid));
        }
    }

    /// semrelease: readies the oldest goroutine queued on `key` (every one
    /// with `all`), each readied in turn as Go's loop of semrelease calls
    /// does. With `complete` their call returns (a WaitGroup's Wait, whose
    /// waiters are released whatever happens next); without, they run
    /// their Lock again (Go's normal-mode mutex: a woken waiter competes
    /// for the lock).
    pub fn semrelease(&mut self, key: usize, all: bool, complete: bool) {
        loop {
            let Some(q) = self.sched.semtable.get_mut(&key) else { return };
            let Some((gi, goid)) = q.pop_front() else { return };
            if q.is_empty() {
                self.sched.semtable.remove(&key);
            }
            if self.gs.get(gi).is_some_and(|g| g.goid == goid && g.status == Gstatus::Waiting) {
                if complete {
                    if let Some(f) = self.gs[gi].frames.last_mut() {
                        f.pc += 1;
                    }
                } else {
                    self.gs[gi].sema_retry = true;
                }
                self.goready(gi);
            }
            if !all {
                return;
            }
        }
    }

    /// notifyListNotifyOne's wake-up: the goroutine queued on `key` with
    /// ticket `t` (`G::sema_ticket`), if it is parked yet, returns from its
    /// wait.
    pub fn semrelease_ticket(&mut self, key: usize, t: u32) {
        let Some(q) = self.sched.semtable.get_mut(&key) else { return };
        let gs = &self.gs;
        let Some(pos) = q.iter().position(|&(gi, goid)| gs.get(gi).is_some_and(|g| g.goid == goid && g.sema_ticket == t)) else {
            return;
        };
        let (gi, _) = q.remove(pos).expect("position is in the queue");
        if q.is_empty() {
            self.sched.semtable.remove(&key);
        }
        if self.gs[gi].status == Gstatus::Waiting {
            if let Some(f) = self.gs[gi].frames.last_mut() {
                f.pc += 1;
            }
            self.goready(gi);
        }
    }

    /// runqget: the next goroutine to run. A goroutine waiting inside a
    /// native further down the host stack (`in_native`) cannot be resumed
    /// from a nested loop and is left in the queue, except `nested` itself.
    fn runqget(&mut self, nested: Option<usize>) -> Option<usize> {
        let eligible = |vm: &Self, i: usize| Some(i) == nested || !vm.in_native.contains(&i);
        if let Some(i) = self.sched.runnext {
            if eligible(self, i) {
                self.sched.runnext = None;
                return Some(i);
            }
        }
        let pos = self.sched.runq.iter().position(|&i| eligible(self, i))?;
        self.sched.runq.remove(pos)
    }

    /// The scheduler's loop. With `nested = Some(gi)` it runs for a native
    /// whose Go callee (a `String` method fmt called) blocked or was
    /// preempted on goroutine `gi`: the other goroutines run as usual, and
    /// when `gi` is picked again the loop returns `Ok` so the native's Go
    /// call goes on. Goroutines that are themselves waiting inside a native
    /// further down the host stack cannot be resumed from here and are not
    /// picked. `Err` is the program's exit status.
    fn schedule_loop(&mut self, nested: Option<usize>) -> Result<(), i32> {
        loop {
            let gi = match self.runqget(nested) {
                Some(i) if Some(i) == nested => return Ok(()),
                Some(i) => i,
                None => {
                    // Nothing can run: advance the virtual clock to the next
                    // timer that matters, or report the deadlock. A timer
                    // whose channel has no receiver waiting does not matter
                    // (Go 1.23+ keeps such timers out of its heap, so
                    // checkdead ignores them).
                    if let Some(t) = self.sched.timers.next_that_matters(&self.gs) {
                        self.sched.now = self.sched.now.max(t);
                        self.wake_due();
                        continue;
                    }
                    return Err(self.deadlock());
                }
            };
            if self.gs[gi].status != Gstatus::Runnable {
                // Cannot happen: only runnable goroutines are queued.
                return Err(self.throw("a goroutine on the run queue is not runnable"));
            }
            self.gs[gi].status = Gstatus::Running;
            if self.hook.is_some() {
                self.emit(gi, crate::hook::Event::GoResume);
            }
            if let Some(code) = self.check_heap(gi) {
                return Err(code);
            }
            // (exec charges the slice's steps: see `Vm::spend_slice`.)
            let flow = self.exec(gi);
            if let Some(code) = self.check_limits() {
                return Err(code);
            }
            if crate::gc::due() {
                self.gc_cycle();
            }
            if self.hook.is_some() {
                self.emit(gi, crate::hook::Event::GoStop { flow: &flow });
            }
            match flow {
                Flow::Yield => {
                    // Preempted (or runtime.Gosched): to the back of the
                    // run queue.
                    if self.gs[gi].status == Gstatus::Running {
                        self.gs[gi].status = Gstatus::Runnable;
                        self.runqput(gi, false);
                    }
                }
                Flow::Block => {
                    // gopark: the operation queued the goroutine where its
                    // partner will find it.
                    if self.gs[gi].status == Gstatus::Running {
                        self.gs[gi].status = Gstatus::Waiting;
                    }
                }
                Flow::Dead => {
                    self.gs[gi].status = Gstatus::Dead;
                    self.gs[gi].frames.clear();
                    self.gs[gi].open_slots.clear();
                    self.sched.free_gs.push(gi);
                }
                Flow::Exit(c) => return Err(c),
                Flow::NativeReturn(_) | Flow::NativePanic(_) => return Err(self.throw("unexpected native return at top level")),
            }
            // The slice moved the clock (however it ended): wake the
            // sleepers now due, as their timers would fire while it ran
            // (Go's schedule checks the timers before picking the next G).
            if self.sched.now >= self.sched.next_wake {
                self.wake_due();
            }
        }
    }

    /// check_limits: called at the end of every time slice (by `schedule`,
    /// and by `call_sync` for Go code that a native called). When the run
    /// has used up `--max-steps` or `--max-wall` it writes the limit's
    /// message to stderr, records the limit in `stopped_by` and returns the
    /// exit status, 2.
    pub fn check_limits(&mut self) -> Option<i32> {
        let hit = if self.opts.max_steps > 0 && self.steps >= self.opts.max_steps {
            Limit::Steps
        } else if self.opts.max_wall.is_some_and(|w| self.started.elapsed() >= w) {
            Limit::Wall
        } else {
            return None;
        };
        self.flush();
        let msg = match hit {
            Limit::Steps => format!("gostack: program exceeded the limit of {} steps (--max-steps)\n", self.opts.max_steps),
            Limit::Wall => {
                format!(
                    "gostack: program exceeded the time limit of {} (--max-wall)\n",
                    show_duration(self.opts.max_wall.unwrap_or_default())
                )
            }
        };
        self.write_stderr(msg.as_bytes());
        self.stopped_by = Some(hit);
        Some(2)
    }

    /// runTimer for every timer whose time has come (see `crate::timer`),
    /// and notes when the next one is due.
    fn wake_due(&mut self) {
        use crate::timer::TimerFunc;
        while let Some(f) = self.sched.timers.pop_due(self.sched.now) {
            match f {
                TimerFunc::Wake { gi, goid } => {
                    if self.gs.get(gi).is_some_and(|g| g.goid == goid && g.status == Gstatus::Waiting && g.wake_at > 0) {
                        self.goready(gi);
                    }
                }
                TimerFunc::Chan { c, loc } => {
                    if let Some(c) = c.upgrade() {
                        self.send_time(&c, loc);
                    }
                }
                TimerFunc::Func(Value::Func(f)) => {
                    let ng = self.newproc(DeferredCall { func: DeferFn::Closure(f), args: Vec::new() }, 0, None);
                    self.runqput(ng, true);
                }
                TimerFunc::Func(_) => {}
            }
        }
        self.sched.next_wake = self.sched.timers.next_when();
    }

    /// sendTime: a channel timer's non-blocking send of the current time
    /// (a `time.Time` in `loc`, as time.Now builds it): to a receiver parked
    /// on the channel, else into its buffer if there is room, else dropped.
    fn send_time(&mut self, c: &Rc<RefCell<crate::chan::Chan>>, loc: Value) {
        /// time.now's epoch (see natives::time_now) and Time's internal
        /// seconds offset (time.go's unixToInternal).
        const EPOCH_NS: i64 = 1_257_894_000_000_000_000;
        const UNIX_TO_INTERNAL: i64 = 62_135_596_800;
        if c.borrow().closed {
            return;
        }
        let ns = EPOCH_NS + self.sched.now as i64;
        let t = Value::Agg(crate::value::AggObj::new(
            [Value::Int(ns.div_euclid(1_000_000_000) + UNIX_TO_INTERNAL), Value::Int(ns.rem_euclid(1_000_000_000)), loc]
                .into_iter()
                .collect(),
        ));
        // A non-blocking chansend: a parked receiver gets it, else the
        // buffer if it has room, else it is dropped. (No goroutine sends:
        // the sender is the scheduler, index 0 only names the caller.)
        let _ = self.chansend(0, c, t, false);
    }

    fn deadlock(&mut self) -> i32 {
        self.flush();
        let live = self.gs.iter().any(|g| g.status != Gstatus::Dead);
        if self.main_goexited && !live {
            if self.hook.is_some() {
                self.emit(0, crate::hook::Event::Fatal { msg: "no goroutines (main called runtime.Goexit) - deadlock!" });
                if let Some(code) = self.hook_exit {
                    return code;
                }
            }
            self.write_stderr(b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            return 2;
        }
        if self.hook.is_some() {
            self.emit(0, crate::hook::Event::Fatal { msg: "all goroutines are asleep - deadlock!" });
            // Ended by the hook (the debugger's quit at this stop).
            if let Some(code) = self.hook_exit {
                return code;
            }
        }
        let mut s = String::from("fatal error: all goroutines are asleep - deadlock!\n");
        for gi in 0..self.gs.len() {
            if self.gs[gi].status == Gstatus::Dead {
                continue;
            }
            s.push('\n');
            s.push_str(&crate::traceback::goroutine_trace(self, gi, self.gs[gi].waitreason));
        }
        self.write_stderr(s.as_bytes());
        2
    }

    /// One collection cycle (`crate::gc`): frees the cyclic garbage and
    /// starts a goroutine for each finalizer whose object it found
    /// unreachable, as Go's finalizer goroutine (runtime.createfing) calls
    /// them.
    pub fn gc_cycle(&mut self) {
        let dead = self.clear_dead_slots();
        let rs = &mut self.runtime_state;
        let (stats, ready) = crate::gc::collect(&mut rs.finalizers, rs.gc_percent, &dead);
        drop(dead);
        rs.num_gc += 1;
        rs.gc_live = stats.live;
        for fin in ready {
            let Value::Func(c) = fin.f else { continue };
            // A cleanup's argument is bound in its func; its object goes.
            let args = if fin.cleanup == 0 { vec![fin.obj] } else { vec![] };
            let ng = self.newproc(DeferredCall { func: DeferFn::Closure(c), args }, 0, None);
            self.runqput(ng, true);
        }
        self.runtime_state.gc_heap_live = self.heap_in_use();
    }

    /// Empties the stack slots no frame owns (above each segment's last
    /// frame, and every slot of a dead goroutine), as a returned frame's
    /// memory is dead to Go's stack scan. A returned frame's values would
    /// otherwise look referenced to the collector; a new frame writes its
    /// arguments and results and the compiler initialises its locals, so
    /// nothing reads a slot before writing it.
    ///
    /// Within each frame, a temporary that no path from the frame's pc
    /// reads before writing is emptied too, as Go's stack maps leave a
    /// dead slot out of the roots: `p := &T{}` keeps the literal's value in
    /// a temporary, `f(x)` a copy of x in an argument slot, and those must
    /// not keep an object alive after the program drops its last pointer
    /// (its finalizer or cleanup would never run). Parameters, results
    /// and named variables in scope are kept whatever their liveness, so
    /// that the debugger shows every variable the program declared, and an
    /// inspected run does what a plain run does; but a parameter or named
    /// variable after its last use is returned (a copy of its value), for
    /// the collector to keep what it references without counting it as
    /// reachable: as with Go's liveness, a finalizer or cleanup runs once
    /// the program can no longer use its object (`runtime.AddCleanup(&f,
    /// ...)` after f's last use).
    fn clear_dead_slots(&mut self) -> Vec<Value> {
        let prog = self.prog;
        let mut dead_vars = Vec::new();
        let probe = prog.natives.iter().position(|n| n == "runtime.debugProbe").map(|i| i as u16);
        // Callee parameter counts, for a function's first stack map only.
        let mut nparams: Option<Vec<(u16, u16)>> = None;
        let mut named: Vec<u16> = Vec::new();
        for g in &mut self.gs {
            let mut extent = vec![0usize; g.stack.segs.len()];
            if g.status != Gstatus::Dead {
                for f in &g.frames {
                    let proto = &prog.funcs[f.func as usize];
                    if let Some(e) = extent.get_mut(f.seg as usize) {
                        *e = (*e).max(f.base as usize + proto.nslots as usize);
                    }
                    let live = self.stack_maps.entry(f.func).or_insert_with(|| {
                        let np = nparams.get_or_insert_with(|| prog.funcs.iter().map(|f| (f.nparams, f.nresults)).collect());
                        bytecode::liveness::frame_liveness(proto, np, probe)
                    });
                    let (Some(live), Some(seg)) = (live, g.stack.segs.get_mut(f.seg as usize)) else { continue };
                    if f.pc as usize >= proto.code.len() {
                        continue;
                    }
                    named.clear();
                    named.extend(proto.locals.iter().filter(|l| l.live_at(f.pc)).filter_map(|l| match l.loc {
                        bytecode::VarLoc::Slot(r) => Some(r),
                        _ => None,
                    }));
                    let results = proto.nparams..proto.nparams.saturating_add(proto.nresults);
                    for r in 0..proto.nslots {
                        if results.contains(&r) || live.has_in(f.pc as usize, r) {
                            continue;
                        }
                        let Some(v) = seg.slots.get_mut(f.base as usize + r as usize) else { continue };
                        if r < proto.nparams || named.contains(&r) {
                            if !matches!(v, Value::Nil) {
                                dead_vars.push(v.clone());
                            }
                        } else {
                            *v = Value::Nil;
                        }
                    }
                }
            }
            for (seg, &e) in g.stack.segs.iter_mut().zip(&extent) {
                if let Some(dead) = seg.slots.get_mut(e..) {
                    dead.iter_mut().for_each(|v| *v = Value::Nil);
                }
            }
        }
        dead_vars
    }

    /// throw: an invariant of gostack itself failed.
    pub fn throw(&mut self, msg: &str) -> i32 {
        self.write_stderr(format!("fatal error: {msg}\n\n(this is a bug in gostack)\n").as_bytes());
        2
    }
}

impl Vm<'_> {
    /// Boxes a static composite literal (a struct or array of constants) in
    /// an interface. gc stores such a literal as a content-addressable
    /// read-only symbol (walk/order.go `addrTemp`, `readonlystaticname`) and
    /// the linker merges equal contents, so every evaluation of equal
    /// literals of one type yields the same data pointer: panicking it again
    /// after recovering it prints `[recovered, repanicked]`.
    ///
    /// A literal with a non-nil interface element refers to another
    /// read-only symbol of its own site, so the linker cannot merge it with
    /// an equal literal elsewhere: such literals are shared per `site` only.
    pub fn iface_static(&mut self, ty: TypeId, v: &Value, site: u64) -> Value {
        let mut key = Vec::new();
        let mut per_site = false;
        if !static_key(v, &mut key, &mut per_site) {
            return Value::Iface(Rc::new(Iface::new(ty, v.clone())));
        }
        if per_site {
            key.extend_from_slice(&site.to_le_bytes());
        }
        self.iface_statics.entry((ty, key)).or_insert_with(|| Value::Iface(Rc::new(Iface::new(ty, v.clone())))).clone()
    }
}

/// Appends an encoding of a constant value's contents; false if the value
/// holds anything but constants (it is then not static data). Sets
/// `per_site` when it holds a non-nil interface.
fn static_key(v: &Value, out: &mut Vec<u8>, per_site: &mut bool) -> bool {
    match v {
        Value::Nil => out.push(b'n'),
        Value::Bool(b) => out.extend_from_slice(&[b'b', *b as u8]),
        Value::Int(i) => {
            out.push(b'i');
            out.extend_from_slice(&i.to_le_bytes());
        }
        Value::Float(f) => {
            out.push(b'f');
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Value::Complex(a, b) => {
            out.push(b'c');
            out.extend_from_slice(&a.to_bits().to_le_bytes());
            out.extend_from_slice(&b.to_bits().to_le_bytes());
        }
        Value::Str(s) => {
            out.push(b's');
            out.extend_from_slice(&(s.len() as u64).to_le_bytes());
            out.extend_from_slice(s);
        }
        Value::Agg(a) => {
            let a = a.borrow();
            out.push(b'a');
            out.extend_from_slice(&(a.len() as u64).to_le_bytes());
            return a.iter().all(|e| static_key(e, out, per_site));
        }
        Value::Bytes(a) if a.is_array() => {
            out.push(b'B');
            out.push(a.arr.elem as u8);
            let a = a.arr.buf.borrow();
            out.extend_from_slice(&(a.len() as u64).to_le_bytes());
            out.extend_from_slice(&a);
        }
        Value::Iface(i) => {
            *per_site = true;
            out.push(b'I');
            out.extend_from_slice(&i.ty.0.to_le_bytes());
            return static_key(&i.val, out, per_site);
        }
        _ => return false,
    }
    true
}

/// `n` zero elements: copies of `z`, and `z` itself last (so an array of
/// one element costs no copy, and `[1][1]...int` is linear in its depth).
/// A struct or array object of type `t` made of zero values `elems`,
/// registered with the collector unless its type holds nothing it traces.
/// Decided from the elements (each nested struct or array zero already
/// knows), so a type nested n deep costs O(n), not O(n²).
fn new_agg(tt: &types::TypeTable, t: TypeId, elems: AggVec) -> Agg {
    // Whether zero value `z` of part type `pt` holds nothing traced.
    let part = |pt: TypeId, z: &Value| match z {
        Value::Agg(a) => a.scalar,
        Value::Bytes(b) => b.is_array(),
        _ => tt.gc_scalar_basic(pt).unwrap_or(false),
    };
    let scalar = match tt.ukind(t) {
        Kind::Struct(fields) => fields.iter().zip(elems.iter()).all(|(f, z)| part(f.ty, z)),
        // (An empty array: its element type, walked once.)
        Kind::Array(_, e) => elems.first().map_or_else(|| tt.gc_scalar(*e), |z| part(*e, z)),
        _ => false,
    };
    if scalar {
        AggObj::new_scalar(elems)
    } else {
        AggObj::new(elems)
    }
}

fn repeat_zero(z: Value, n: u64) -> AggVec {
    // A large one is reserved fallibly: a refusal is recorded for the
    // allocating instruction (heap::note_host_oom), the array left empty.
    let Some(mut v) = crate::heap::try_vec(n as usize) else {
        crate::heap::note_host_oom(n.saturating_mul(crate::heap::ELEM_BYTES));
        return AggVec::new();
    };
    if n == 0 {
        return v;
    }
    for _ in 1..n {
        v.push(z.copy_val());
    }
    v.push(z);
    v
}

/// How many values (aggregates and scalars) the zero value of `t` holds,
/// counted up to `limit` (more means "too many to cache"). A compact array
/// counts as one value per 32 of its bytes (`heap::ELEM_BYTES`), what it takes.
fn zero_nodes(tt: &types::TypeTable, t: TypeId, limit: usize) -> usize {
    let mut count = 0;
    let mut todo = vec![(t, 1u64)];
    while let Some((t, times)) = todo.pop() {
        count += times.min(limit as u64) as usize;
        if count > limit {
            return count;
        }
        match tt.ukind(t) {
            Kind::Struct(fields) => todo.extend(fields.iter().map(|f| (f.ty, times))),
            Kind::Array(n, e) if crate::layout::compact_elem(tt, *e).is_some() => {
                let w = crate::layout::compact_elem(tt, *e).map_or(1, |el| el.width() as u64);
                count += times.saturating_mul(n.saturating_mul(w).div_ceil(crate::heap::ELEM_BYTES)).min(limit as u64) as usize;
                if count > limit {
                    return count;
                }
            }
            Kind::Array(n, e) => todo.push((*e, times.saturating_mul(*n))),
            _ => {}
        }
    }
    count
}

pub fn zero_of(prog: &Program, t: TypeId) -> Value {
    let tt = &prog.types;
    match tt.ukind(t) {
        Kind::Bool => Value::Bool(false),
        Kind::Float32 | Kind::Float64 => Value::Float(0.0),
        Kind::Complex64 | Kind::Complex128 => Value::Complex(0.0, 0.0),
        Kind::String => Value::Str(GoStr::new(b"")),
        Kind::Struct(fields) => Value::Agg(new_agg(tt, t, fields.iter().map(|f| zero_of(prog, f.ty)).collect())),
        Kind::Array(n, e) => {
            if let Some(elem) = crate::layout::compact_elem(tt, *e) {
                return ByteArr::zeroed(elem, *n as usize).value();
            }
            let z = zero_of(prog, *e);
            Value::Agg(new_agg(tt, t, repeat_zero(z, *n)))
        }
        _ if tt.is_integer(t) => Value::Int(0),
        _ => Value::Nil,
    }
}

impl<'p> Vm<'p> {
    /// Calls guest function value `f` from Rust (e.g. fmt calling a
    /// `String` method) and runs it to completion on goroutine `gi`.
    /// Err carries the panic value if the call panicked (the panic is
    /// stopped at this boundary, as fmt's catchPanic does).
    ///
    /// A call that blocks or is preempted lets the other goroutines run
    /// (a nested `schedule_loop`) and resumes when its goroutine is picked.
    ///
    /// Divergence: the native waits on the host stack meanwhile, so a
    /// goroutine parked inside a native further down cannot run until the
    /// inner one finishes (Go has no such order); a program where two
    /// String methods wait for each other reports a deadlock.
    pub fn call_sync(&mut self, gi: usize, f: &Value, args: Vec<Value>) -> Result<Vec<Value>, Value> {
        if self.pending_exit.is_some() {
            return Err(Value::Nil);
        }
        let c = match f {
            Value::Func(c) => c.clone(),
            _ => return Err(Value::str("call of nil func value")),
        };
        let call = DeferredCall { func: DeferFn::Closure(c), args };
        match self.push_call(gi, &call, RetTo::Native) {
            Pushed::Frame => {}
            Pushed::Native(NativeOut::Ret(v)) => return Ok(v.into_vec()),
            Pushed::Native(NativeOut::Panic(v)) => return Err(v),
            _ => return Err(Value::str("unsupported call")),
        }
        loop {
            let flow = self.exec(gi);
            match flow {
                Flow::NativeReturn(v) => return Ok(v),
                Flow::NativePanic(p) => return Err(p),
                Flow::Yield | Flow::Block => {
                    // A time slice of Go code called from Rust is charged
                    // as the scheduler's are (by exec): an endless String
                    // method stops at the limits too.
                    if let Some(c) = self.check_limits() {
                        self.pending_exit = Some(c);
                        return Err(Value::Nil);
                    }
                    // Preempted or parked inside the method: the other
                    // goroutines run meanwhile (Go parks this goroutine, a
                    // String method that receives from a channel gets its
                    // value), and this call resumes when its turn comes.
                    if self.gs[gi].status == Gstatus::Running {
                        if matches!(flow, Flow::Block) {
                            self.gs[gi].status = Gstatus::Waiting;
                        } else {
                            self.gs[gi].status = Gstatus::Runnable;
                            self.runqput(gi, false);
                        }
                    }
                    self.in_native.push(gi);
                    let r = self.schedule_loop(Some(gi));
                    self.in_native.pop();
                    if let Err(c) = r {
                        // The caller is Rust code: the exit waits for it.
                        self.flush();
                        self.pending_exit = Some(c);
                        return Err(Value::Nil);
                    }
                    self.gs[gi].status = Gstatus::Running;
                }
                Flow::Exit(c) => {
                    // The caller is Rust code: the exit waits for the loop.
                    self.flush();
                    self.pending_exit = Some(c);
                    return Err(Value::Nil);
                }
                Flow::Dead => return Err(Value::str("goroutine ended inside a method called by fmt (not supported yet)")),
            }
        }
    }

    /// Calls method `name` of the value `recv` of dynamic type `ty`
    /// synchronously; None if the type has no such method.
    pub fn call_method_sync(&mut self, gi: usize, ty: TypeId, recv: &Value, name: &str) -> Option<Result<Vec<Value>, Value>> {
        let (f, deref) = self.find_method_by_name(ty, name)?;
        let recv = if deref {
            match self.load_ptr(recv) {
                Some(v) => v,
                // runtime.panicwrap (fmt prints <nil> for it).
                None => {
                    let base = match self.prog.types.kind(ty) {
                        types::Kind::Pointer(e) => *e,
                        _ => ty,
                    };
                    return Some(Err(self.rt_error(crate::rterr::RtErr::PanicWrap(base, name.to_string()))));
                }
            }
        } else {
            recv.clone()
        };
        if f & NATIVE_BIT != 0 {
            return Some(match (self.natives[(f & !NATIVE_BIT) as usize])(self, gi, &[recv]) {
                NativeOut::Ret(v) => Ok(v.into_vec()),
                NativeOut::Panic(p) => Err(p),
                _ => Err(Value::Nil),
            });
        }
        let fv = Value::Func(Rc::new(Closure::of_func(f)));
        Some(self.call_sync(gi, &fv, vec![recv]))
    }
}

/// The call paths' free lists: objects whose last reference was a returned
/// frame's, reused instead of a malloc/free pair per call.
#[derive(Default)]
pub struct Pools {
    /// Closure objects and result cells freed by the call/defer fast paths
    /// (the last reference was the frame's), reused by the next
    /// `MakeClosure` / boxed result.
    pub closures: Vec<Rc<Closure>>,
    pub cells: Vec<CellRef>,
    /// The funcval of each function used as a value without captures, by
    /// function index: one static object each, as gc's (`static_func`).
    pub static_funcs: Vec<Option<Rc<Closure>>>,
}

/// The funcval of function `func` without captures (`LoadFunc`): gc
/// makes one static funcval per function, so every use shares it here
/// too, rather than allocating 150 bytes of closure object per use (a
/// deferred func literal in a recursion kept one per level).
#[inline]
pub fn static_func(cache: &mut Vec<Option<Rc<Closure>>>, func: u32) -> Rc<Closure> {
    let i = func as usize;
    if i >= cache.len() {
        cache.resize(i + 1, None);
    }
    cache[i].get_or_insert_with(|| Rc::new(Closure::of_func(func))).clone()
}

/// Pooled objects kept at most (per kind).
const POOL_MAX: usize = 32;

/// Whether a variable of type `t` holds nothing the collector traces, so
/// that its heap cell need not be registered (`CellObj::scalar`).
#[inline]
pub fn cell_scalar(tt: &types::TypeTable, t: TypeId) -> bool {
    t == TypeId::INT || tt.gc_scalar_basic(t) == Some(true)
}

/// A new heap cell holding `v`, of a variable whose type `scalar` says
/// holds nothing traced: a recycled one from `pool` when there is one
/// (the pool holds only such cells, see [`read_result_cell`]).
#[inline]
pub fn new_cell(pool: &mut Vec<CellRef>, v: Value, scalar: bool) -> Value {
    if let Some(c) = pool.pop_if(|_| scalar) {
        *c.borrow_mut() = v;
        // A new object to the program: a new address.
        c.addr.set(crate::heap::vaddr(8));
        return Value::Cell(c);
    }
    Value::Cell(CellObj::new_typed(v, scalar))
}

/// The value of a returning frame's boxed result cell `c`; when the frame
/// held the last reference, the value is moved out and the (emptied) cell
/// goes back to `pool`. Only an unregistered cell (a scalar one: a
/// registered cell's registry entry is a weak reference) can be pooled,
/// and one with a finalizer never is (the finalizer table holds it).
#[inline]
pub fn read_result_cell(pool: &mut Vec<CellRef>, c: CellRef) -> Value {
    if Rc::strong_count(&c) == 1 && Rc::weak_count(&c) == 0 && c.scalar {
        let v = std::mem::take(&mut *c.borrow_mut());
        if pool.len() < POOL_MAX {
            pool.push(c);
        }
        v
    } else {
        c.borrow().clone()
    }
}

/// Gives a returned frame's closure back to `pool` when the frame held the
/// last reference (its captures are dropped now, as freeing it would).
#[inline]
pub fn recycle_closure(pool: &mut Vec<Rc<Closure>>, mut c: Rc<Closure>) {
    if pool.len() < POOL_MAX {
        if let Some(m) = Rc::get_mut(&mut c) {
            m.caps.clear();
            m.recv = None;
            m.native = None;
            pool.push(c);
        }
    }
}

/// `Vm::fn_flags` bit: the result slots must start as zero values (named
/// results are variables; a function with deferred calls may recover and
/// return them as they are). Unnamed results of a function without
/// deferred calls are always written by its `return` first.
pub const FN_ZERO_RESULTS: u8 = 1;
/// `Vm::fn_flags` bit: `Return` is the plain epilogue (no deferred calls,
/// no result cells, no result copies).
pub const FN_PLAIN_RETURN: u8 = 2;

/// What the inline call and return paths read of a function
/// (`Vm::fn_info`): copies of `FuncProto`'s fields, and its `FN_*` bits.
#[derive(Clone, Copy)]
pub(crate) struct FnInfo<'p> {
    pub code: &'p [bytecode::Op],
    pub frame_size: u32,
    pub nslots: u16,
    pub nparams: u16,
    pub nresults: u16,
    pub open_defers: u16,
    pub flags: u8,
}

impl<'p> FnInfo<'p> {
    fn of(f: &'p bytecode::FuncProto) -> FnInfo<'p> {
        FnInfo {
            code: &f.code,
            frame_size: f.frame_size,
            nslots: f.nslots,
            nparams: f.nparams,
            nresults: f.nresults,
            open_defers: f.open_defers,
            flags: fn_flags(f),
        }
    }
}

fn fn_flags(f: &bytecode::FuncProto) -> u8 {
    let named = f.locals.iter().any(|l| l.kind == bytecode::VarKind::Result);
    let plain = f.defer_kind == DeferKind::None && !f.boxed_results.contains(&true) && f.copy_results.is_empty();
    let mut flags = 0;
    if named || !plain || f.wrapper {
        flags |= FN_ZERO_RESULTS;
    }
    if plain {
        flags |= FN_PLAIN_RETURN;
    }
    flags
}

/// Virtual nanoseconds per unit of a time slice that runs out (a unit is
/// a backward branch or a call): a goroutine that spins keeps the clock
/// moving, so sleepers wake while it runs, as Go's timers fire on wall
/// time while sysmon preempts the spinner.
///
/// Divergence: gc's code takes 1-10 ns per loop iteration or call; 25
/// keeps a spinner's wait for a 1 s sleep to 40 million iterations, at the
/// price of timers firing earlier (in units of work) than in Go.
pub const SLICE_NS_PER_UNIT: u64 = 25;

/// A duration as the limit messages write it: `10s`, `1.5s`, `250ms`.
pub fn show_duration(d: std::time::Duration) -> String {
    let ms = d.as_millis();
    if ms.is_multiple_of(1000) {
        format!("{}s", ms / 1000)
    } else if ms >= 1000 {
        format!("{}s", d.as_secs_f64())
    } else {
        format!("{ms}ms")
    }
}

/// The steps a native's work costs beyond the call itself: one per 64
/// bytes or elements of the strings, slices and maps it was given and
/// returned. A Go loop over the same data would take a step per iteration;
/// a native does that loop in Rust, so `strings.ToUpper` of 32 MiB costs
/// half a million steps and a loop of them stops at `--max-steps` as the
/// equivalent Go code would (not after hundreds of calls for free).
/// How many times its arguments' bytes a native's result and working
/// buffers may take: fmt's printers build the text in a buffer that grows
/// by doubling, strconv's quoting writes up to four bytes per byte (`\x01`),
/// case mapping about one. Other natives either allocate little or size
/// their result first (strings.Repeat, Join, Replace: `native_alloc`).
fn native_copies(name: &str) -> u8 {
    match name {
        "fmt.Sprintf" | "fmt.Sprint" | "fmt.Sprintln" | "fmt.Printf" | "fmt.Print" | "fmt.Println" | "fmt.errorf" => 2,
        "strconv.Quote" | "strconv.QuoteToASCII" | "strconv.QuoteToGraphic" => 4,
        "strings.ToUpper" | "strings.ToLower" | "strings.ToTitle" | "strings.Title" | "strings.ToValidUTF8" => 1,
        _ => 0,
    }
}

/// The bytes of the strings and byte slices among a native's arguments,
/// and inside a variadic `...any` slice of them (fmt's operands).
fn arg_bytes(args: &[Value]) -> u64 {
    fn flat(v: &Value) -> u64 {
        match v {
            Value::Str(s) => s.as_bytes().len() as u64,
            Value::Bytes(b) => u64::from(b.len),
            Value::Iface(i) => match &i.val {
                Value::Str(s) => s.as_bytes().len() as u64,
                Value::Bytes(b) => u64::from(b.len),
                _ => 0,
            },
            _ => 0,
        }
    }
    args.iter()
        .map(|v| match v {
            Value::Slice(s) => s.arr.try_borrow().map_or(0, |a| {
                let (lo, hi) = (s.off as usize, (s.off + s.len) as usize);
                a.get(lo..hi.min(a.len())).map_or(0, |e| e.iter().map(flat).sum())
            }),
            v => flat(v),
        })
        .sum()
}

fn native_work(args: &[Value], out: &NativeOut) -> u64 {
    fn size(v: &Value) -> u64 {
        match v {
            Value::Str(s) => s.as_bytes().len() as u64,
            Value::Slice(s) => u64::from(s.len),
            Value::Bytes(b) => u64::from(b.len),
            Value::Map(m) => m.try_borrow().map_or(0, |m| m.live as u64),
            _ => 0,
        }
    }
    let rets = match out {
        NativeOut::Ret(vals) => vals.iter().map(size).sum(),
        _ => 0,
    };
    (args.iter().map(size).sum::<u64>() + rets) / 64
}

impl Drop for Vm<'_> {
    /// The run's cyclic garbage is freed with the VM (`gc::release_all`).
    fn drop(&mut self) {
        crate::gc::release_all(self.gc_owner);
    }
}

/// One step of the xorshift64 generator behind `--sched-seed`'s choices.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}
