//! The inspection API: a read-only view of the machine for debuggers,
//! tracers and the classroom view.
//!
//! Everything a tool shows of a running program comes through
//! [`Inspector`] (`vm.inspect()`): goroutines, their frames with the right
//! file and line for program and standard-library code alike, named
//! variables with their Go types and values (from the debug table, so a
//! compiler temporary is never shown as a variable), the `_defer` chain and
//! open-coded defers, the `_panic` chain (a Goexit named as such), stack
//! segments, channels with their queues, heap objects, and values written
//! in Go syntax. The views never read `Vm`'s fields: when the runtime's
//! representation changes, only this module follows.
//!
//! Frame numbering: `fi` indexes `G::frames` (0 = the goroutine's entry
//! frame, the outermost); `depth` counts from the innermost (0 = top), as
//! `bt` and tracebacks number frames.
//!
//! The pc of a frame: with `exact_top` (the program is stopped before an
//! instruction of the top frame) the top frame's pc is the instruction
//! about to run; every other frame is at its call (Go's traceback rule,
//! `traceback::exec_pc`).

use std::fmt::Write as _;

use bytecode::{LocalVar, TypeId, VarKind, VarLoc};
use types::Kind;

use crate::proc::{Defer, DeferFn, DeferredCall, Gstatus, RetTo, G};
use crate::value::{addr_of, Pointer, Value};
use crate::vm::Vm;

/// A read-only view of a VM (see the module doc).
#[derive(Clone, Copy)]
pub struct Inspector<'a, 'p> {
    vm: &'a Vm<'p>,
}

impl<'p> Vm<'p> {
    /// The inspection API over this VM.
    pub fn inspect(&self) -> Inspector<'_, 'p> {
        Inspector { vm: self }
    }
}

/// A goroutine's scheduling state, as Go's traceback words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    Running,
    Runnable,
    /// Parked, with Go's wait reason (`chan receive`, `sleep`, `select`,
    /// `sync.WaitGroup.Wait`, ...).
    Waiting(String),
    Dead,
}

impl Status {
    /// `running`, `runnable`, `chan receive`, ...
    pub fn word(&self) -> &str {
        match self {
            Status::Running => "running",
            Status::Runnable => "runnable",
            Status::Waiting(w) => w,
            Status::Dead => "dead",
        }
    }
}

/// Where a `go` statement created a goroutine.
#[derive(Clone, Debug, PartialEq)]
pub struct CreatedBy {
    /// The function containing the `go` statement (`main.main`).
    pub func: String,
    pub parent_goid: u64,
    pub file: u32,
    pub line: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GoroutineInfo {
    /// Index in the VM's goroutine table (what the other calls take).
    pub gi: usize,
    pub goid: u64,
    pub status: Status,
    pub created_by: Option<CreatedBy>,
    pub nframes: usize,
}

/// Who a frame returns to: the words of the runtime's `RetTo`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameRet {
    /// An ordinary call.
    Caller,
    /// A deferred call run by `deferreturn` of the frame below.
    DeferReturn,
    /// A deferred call run by the panic with this id.
    Panic(u64),
    /// A deferred call run by the Goexit with this id.
    Goexit(u64),
    /// The goroutine's entry function (returning ends the goroutine).
    Entry,
    /// Called from Rust code (a native calling a method, e.g. fmt calling
    /// `String`).
    Native,
}

impl FrameRet {
    /// `caller`, `deferreturn`, `panic:1`, `goexit:2`, `goexit`, `native`
    /// (the words of docs/trace-format.md).
    pub fn word(&self) -> String {
        match self {
            FrameRet::Caller => "caller".into(),
            FrameRet::DeferReturn => "deferreturn".into(),
            FrameRet::Panic(id) => format!("panic:{id}"),
            FrameRet::Goexit(id) => format!("goexit:{id}"),
            FrameRet::Entry => "goexit".into(),
            FrameRet::Native => "native".into(),
        }
    }

    /// Whether the frame is a deferred call being run.
    pub fn is_deferred_call(&self) -> bool {
        matches!(self, FrameRet::DeferReturn | FrameRet::Panic(_) | FrameRet::Goexit(_))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FrameInfo {
    /// Index in `G::frames` (0 = outermost).
    pub fi: usize,
    /// 0 = innermost.
    pub depth: usize,
    pub func: u32,
    pub name: String,
    pub file: u32,
    pub line: u32,
    /// The frame's pc (see the module doc).
    pub pc: u32,
    pub sp: u64,
    pub fp: u64,
    /// The stack segment holding the frame.
    pub seg: u32,
    /// A compiler-generated wrapper (deferwrap, method-value wrapper).
    pub wrapper: bool,
    /// Standard-library code.
    pub lib: bool,
    pub ret: FrameRet,
    /// `Return` has started: deferreturn is running its deferred calls.
    pub returning: bool,
}

/// Where one named variable of a function lives at some pc (see
/// [`Inspector::var_layout`]).
#[derive(Clone, Debug, PartialEq)]
pub struct VarSlot {
    pub name: String,
    pub kind: VarKind,
    pub ty: TypeId,
    pub loc: VarLoc,
    /// The location holds the variable's heap cell.
    pub boxed: bool,
}

/// One named variable of a frame, or a package-level variable.
#[derive(Clone, Debug)]
pub struct VarInfo {
    pub name: String,
    pub kind: VarKind,
    pub ty: TypeId,
    /// The variable's value (an escaped variable's cell is read).
    pub value: Value,
    /// For an escaped variable, its heap cell: `&x` is a pointer to it.
    pub cell: Option<Value>,
    /// Package-level variable index.
    pub global: Option<u32>,
    /// Where it lives (None for globals).
    pub loc: Option<VarLoc>,
}

/// A deferred call: the function and its evaluated arguments (Go binds
/// them at the defer statement).
#[derive(Clone, Debug)]
pub struct CallInfo {
    pub func_name: String,
    /// The Go function called (None for a native or a nil func value).
    pub func: Option<u32>,
    /// A method value's bound receiver (`defer wg.Done()`), evaluated at
    /// the defer statement like the arguments.
    pub recv: Option<Value>,
    /// The receiver's static type (the method's first parameter), when the
    /// method is Go code.
    pub recv_ty: Option<TypeId>,
    pub args: Vec<Value>,
    /// The callee is implemented natively (it completes at once when run).
    pub native: bool,
    /// A nil func value: running it panics.
    pub nil: bool,
}

/// How a pending deferred call is recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeferKind {
    /// An open-coded defer: a closure in frame slot `slot` and a bit of the
    /// frame's `deferBits`.
    OpenCoded { slot: u8 },
    /// A `_defer` record allocated in the frame (defer outside loops in a
    /// function Go does not open-code).
    Stack,
    /// A `_defer` record on the heap (defer in a loop).
    Heap,
}

#[derive(Clone, Debug)]
pub struct DeferInfo {
    pub kind: DeferKind,
    pub call: CallInfo,
    /// sp of the deferring frame (a record belongs to the frame with it).
    pub sp: u64,
    /// The deferring function and the pc after its defer statement.
    pub func: u32,
    pub pc: u32,
    /// Line of the defer statement.
    pub line: u32,
    /// The deferring frame (`fi`), if it is still on the stack.
    pub frame: Option<usize>,
}

/// A frame's open-coded defers: Go's `deferBits` byte and its slots.
#[derive(Clone, Debug)]
pub struct OpenDefers {
    pub bits: u8,
    pub slots: Vec<Option<CallInfo>>,
}

/// One `_panic` record.
#[derive(Clone, Debug)]
pub struct PanicInfo {
    pub id: u64,
    /// A `runtime.Goexit` in progress: not a panic, though the runtime uses
    /// the same record (`goexit` set); it has no value and recover()
    /// returns nil during it.
    pub goexit: bool,
    /// The panic value (Nil for a Goexit).
    pub arg: Value,
    pub recovered: bool,
    pub repanicked: bool,
    /// A newer panic unwound past the deferred call this one was running:
    /// this one will never resume (Go before 1.22 had a field for it; Go
    /// 1.27 drops such a record at the next recovery or prints it).
    pub aborted: bool,
    /// The frame that called panic / Goexit.
    pub start_frame: usize,
    /// The frame whose deferred calls it runs now.
    pub frame: usize,
    /// The frame of the deferred call it is running, if one is running.
    pub running: Option<usize>,
    pub start_sp: u64,
    pub sp: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SegmentInfo {
    pub lo: u64,
    pub hi: u64,
    pub guard: u64,
    /// Bytes used by frames on it.
    pub used: u64,
    pub nframes: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StackInfo {
    pub contiguous: bool,
    pub segments: Vec<SegmentInfo>,
    pub total: u64,
    /// morestack calls (segmented) and copystack calls (contiguous).
    pub splits: u64,
    pub copies: u64,
}

/// A channel: its buffer and the goroutines parked on it.
#[derive(Clone, Debug)]
pub struct ChanInfo {
    pub addr: u64,
    pub cap: usize,
    pub buf: Vec<Value>,
    pub closed: bool,
    /// Goroutine ids parked receiving (or in a select with this channel).
    pub recvq: Vec<u64>,
    /// Senders parked with their values (goid 0 when the sender could not
    /// be identified).
    pub sendq: Vec<(u64, Value)>,
}

/// Bounds for values written as text.
#[derive(Clone, Copy, Debug)]
pub struct RenderOpts {
    /// Elements of an array, slice or map shown before `...`.
    pub max_elems: usize,
    /// Nesting shown before `...`.
    pub max_depth: usize,
}

impl RenderOpts {
    /// What a debugger shows: 64 elements, 6 levels.
    pub const DEBUG: RenderOpts = RenderOpts { max_elems: 64, max_depth: 6 };
    /// Short, for one-line traces: 8 elements, 3 levels.
    pub const SHORT: RenderOpts = RenderOpts { max_elems: 8, max_depth: 3 };
    /// No bound (what `fmt.Printf("%#v")` prints; cycles through slices and
    /// maps are still cut at 64 levels).
    pub const EXACT: RenderOpts = RenderOpts { max_elems: usize::MAX, max_depth: 64 };
}

/// What a view draws for a value: text in place, or an arrow to a heap
/// object (`ObjRef`), Python Tutor style.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A scalar, string or nil, written in Go syntax.
    Inline(String),
    /// Points at an object (a pointer, map, chan, func, or the backing
    /// array of a slice, then `label` is `len=2 cap=4`). `embedded`: the
    /// object is the value itself (a struct or array variable), drawn in
    /// place rather than at the end of an arrow.
    Ref { obj: ObjRef, label: Option<String>, embedded: bool },
}

/// A heap object and an element of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ObjRef {
    pub addr: u64,
    /// Element/field index, for a pointer into an object or a slice's
    /// offset in its backing array.
    pub at: Option<u32>,
}

/// A heap object as a view draws it.
#[derive(Clone, Debug)]
pub struct ObjectInfo {
    pub addr: u64,
    /// Go's spelling of the object's type (`main.P`, `[4]int`, `map[string]int`).
    pub type_name: String,
    pub kind: ObjectKind,
}

#[derive(Clone, Debug)]
pub enum ObjectKind {
    Struct {
        fields: Vec<(String, TypeId, Value)>,
    },
    /// An array or a slice's backing array; `total` elements, of which the
    /// first `elems.len()` are listed.
    Array {
        elem: TypeId,
        elems: Vec<Value>,
        total: usize,
    },
    /// Entries in fmt's order.
    Map {
        key: TypeId,
        elem: TypeId,
        entries: Vec<(Value, Value)>,
        total: usize,
    },
    /// An escaped variable or `new(T)`.
    Cell {
        elem: TypeId,
        value: Value,
    },
    Func {
        name: String,
        captures: Vec<Value>,
    },
    Chan(ChanInfo),
}

impl<'a, 'p> Inspector<'a, 'p> {
    // ------------------------------------------------------------------
    // code and types

    pub fn program(&self) -> &'p bytecode::Program {
        self.vm.prog
    }

    pub fn func_name(&self, f: u32) -> &'p str {
        self.vm.prog.funcs.get(f as usize).map(|p| p.name.as_str()).unwrap_or("?")
    }

    /// The native function `n`'s Go name (`fmt.Println`).
    pub fn native_name(&self, n: u16) -> String {
        self.vm.prog.natives.get(n as usize).cloned().unwrap_or_else(|| format!("native#{n}"))
    }

    pub fn func_file(&self, f: u32) -> u32 {
        self.vm.prog.funcs.get(f as usize).map(|p| p.file).unwrap_or(0)
    }

    pub fn line_at(&self, f: u32, pc: u32) -> u32 {
        self.vm.prog.funcs.get(f as usize).map(|p| p.line_at(pc)).unwrap_or(0)
    }

    /// Whether function `f` is standard-library code.
    pub fn is_lib(&self, f: u32) -> bool {
        self.vm.prog.files.get(self.func_file(f) as usize).is_some_and(|s| s.lib)
    }

    /// Whether source file `file` is standard-library code.
    pub fn file_is_lib(&self, file: u32) -> bool {
        self.vm.prog.files.get(file as usize).is_some_and(|s| s.lib)
    }

    /// The name a view shows for source file `file`: the program's base
    /// name, or a library file's path under GOROOT (`errors/errors.go`:
    /// gostack's own source of that package, not Go's).
    pub fn file_name(&self, file: u32) -> String {
        file_display_name(self.vm.prog, file)
    }

    pub fn file_src(&self, file: u32) -> &'p str {
        self.vm.prog.files.get(file as usize).map(|f| f.src.as_str()).unwrap_or("")
    }

    pub fn type_name(&self, t: TypeId) -> String {
        self.vm.prog.types.name(t)
    }

    /// The virtual address of a pointer-like value (0 for nil).
    pub fn addr(&self, v: &Value) -> u64 {
        if v.is_nil() {
            0
        } else {
            addr_of(v) as u64
        }
    }

    // ------------------------------------------------------------------
    // goroutines

    fn g(&self, gi: usize) -> &'a G {
        &self.vm.gs[gi]
    }

    /// Whether goroutine `gi` is one of the program's (live).
    pub fn is_user_goroutine(&self, gi: usize) -> bool {
        self.vm.gs.get(gi).is_some_and(|g| g.status != Gstatus::Dead)
    }

    /// The program's live goroutines, by goroutine id.
    pub fn goroutines(&self) -> Vec<GoroutineInfo> {
        let mut v: Vec<GoroutineInfo> =
            (0..self.vm.gs.len()).filter(|&gi| self.is_user_goroutine(gi)).map(|gi| self.goroutine(gi)).collect();
        v.sort_by_key(|g| g.goid);
        v
    }

    pub fn goroutine(&self, gi: usize) -> GoroutineInfo {
        let g = self.g(gi);
        let status = match g.status {
            Gstatus::Running => Status::Running,
            Gstatus::Runnable => Status::Runnable,
            Gstatus::Waiting if g.wake_at > 0 && g.waitreason.is_empty() => Status::Waiting("sleep".into()),
            Gstatus::Waiting => Status::Waiting(if g.waitreason.is_empty() { "sleep".into() } else { g.waitreason.to_string() }),
            Gstatus::Dead => Status::Dead,
        };
        let created_by = g.created_by.as_ref().map(|c| CreatedBy {
            func: c.name.to_string(),
            parent_goid: g.parent_goid,
            file: self.func_file(c.func),
            line: c.line,
        });
        GoroutineInfo { gi, goid: g.goid, status, created_by, nframes: g.frames.len() }
    }

    /// Why goroutine `gi` parks or has parked (Go's wait reason: `chan
    /// receive`, `sync.WaitGroup.Wait`, ...). Set as it blocks, so a hook
    /// sees it at the `GoStop` event already.
    pub fn wait_reason(&self, gi: usize) -> Option<&'static str> {
        let g = self.g(gi);
        match g.waitreason {
            "" if g.wake_at > 0 => Some("sleep"),
            "" => None,
            w => Some(w),
        }
    }

    /// Whether `main.main` has returned (the program then ends with status 0).
    pub fn main_returned(&self) -> bool {
        self.vm.main_returned
    }

    /// The Go name of the native function called last (`os.Exit` when
    /// that is what ends the program).
    pub fn last_native(&self) -> String {
        self.native_name(self.vm.native_ran)
    }

    /// Goroutine `gi`'s id (cheaper than [`Self::goroutine`]).
    pub fn goid(&self, gi: usize) -> u64 {
        self.g(gi).goid
    }

    /// How many frames goroutine `gi` has (cheaper than [`Self::goroutine`]).
    pub fn nframes(&self, gi: usize) -> usize {
        self.g(gi).frames.len()
    }

    /// Index of the live goroutine with id `goid`.
    pub fn goroutine_by_id(&self, goid: u64) -> Option<usize> {
        self.vm.gs.iter().position(|g| g.goid == goid && g.status != Gstatus::Dead)
    }

    // ------------------------------------------------------------------
    // frames

    /// The pc of frame `fi` (see the module doc).
    pub fn frame_pc(&self, gi: usize, fi: usize, exact_top: bool) -> u32 {
        let g = self.g(gi);
        if exact_top && fi + 1 == g.frames.len() {
            g.frames[fi].pc
        } else {
            crate::traceback::exec_pc(self.vm.prog, g, fi)
        }
    }

    pub fn frame(&self, gi: usize, fi: usize, exact_top: bool) -> FrameInfo {
        let g = self.g(gi);
        let f = &g.frames[fi];
        let pc = self.frame_pc(gi, fi, exact_top);
        let proto = &self.vm.prog.funcs[f.func as usize];
        let ret = match f.ret {
            RetTo::Caller { .. } | RetTo::Spread { .. } => FrameRet::Caller,
            RetTo::DeferReturn => FrameRet::DeferReturn,
            RetTo::Panic(id) => match g.panics.iter().find(|p| p.id == id) {
                Some(p) if p.goexit => FrameRet::Goexit(id),
                _ => FrameRet::Panic(id),
            },
            RetTo::Goexit => FrameRet::Entry,
            RetTo::Native | RetTo::NativeSpread => FrameRet::Native,
        };
        FrameInfo {
            fi,
            depth: g.frames.len() - 1 - fi,
            func: f.func,
            name: proto.name.clone(),
            file: proto.file,
            line: proto.line_at(pc),
            pc,
            sp: f.sp,
            fp: f.fp(self.vm.prog),
            seg: f.seg.into(),
            wrapper: proto.wrapper,
            lib: self.is_lib(f.func),
            ret,
            returning: f.returning,
        }
    }

    /// The innermost frame (cheap at any depth).
    pub fn top_frame(&self, gi: usize, exact_top: bool) -> Option<FrameInfo> {
        let n = self.g(gi).frames.len();
        (n > 0).then(|| self.frame(gi, n - 1, exact_top))
    }

    /// The goroutine's frames, innermost first.
    pub fn frames(&self, gi: usize, exact_top: bool) -> Vec<FrameInfo> {
        (0..self.g(gi).frames.len()).rev().map(|fi| self.frame(gi, fi, exact_top)).collect()
    }

    /// Raw slot `n` of frame `fi` (`regs -a`): None past the frame's size.
    pub fn slot(&self, gi: usize, fi: usize, n: u16) -> Option<Value> {
        let g = self.g(gi);
        let f = g.frames.get(fi)?;
        let proto = &self.vm.prog.funcs[f.func as usize];
        if n >= proto.nslots {
            return None;
        }
        Some(g.stack.segs.get(f.seg as usize)?.slots.get(f.base as usize + n as usize).cloned().unwrap_or_default())
    }

    /// Number of slots of frame `fi`.
    pub fn nslots(&self, gi: usize, fi: usize) -> u16 {
        let f = &self.g(gi).frames[fi];
        self.vm.prog.funcs[f.func as usize].nslots
    }

    /// The arguments frame `fi` holds in its parameters (a method's
    /// receiver first), with their types: what it was called with, as long
    /// as its code has not assigned them.
    pub fn call_args(&self, gi: usize, fi: usize) -> Vec<(TypeId, Value)> {
        let f = &self.g(gi).frames[fi];
        let proto = &self.vm.prog.funcs[f.func as usize];
        (0..proto.nparams)
            .map(|i| {
                let ty = proto.param_types.get(i as usize).copied().unwrap_or(TypeId::ANY);
                let boxed = proto.locals.iter().any(|l| l.loc == VarLoc::Slot(i) && l.kind == VarKind::Param && l.boxed);
                let raw = self.slot(gi, fi, i).unwrap_or_default();
                (ty, self.unbox(raw, boxed).0)
            })
            .collect()
    }

    /// The names of the variables function `f` (a func literal) captures
    /// from the functions around it, in capture order.
    pub fn captured_names(&self, f: u32) -> Vec<String> {
        let Some(proto) = self.vm.prog.funcs.get(f as usize) else { return Vec::new() };
        let mut caps: Vec<(u16, &str)> = proto
            .locals
            .iter()
            .filter_map(|l| match (l.kind, l.loc) {
                (VarKind::Captured, VarLoc::Capture(i)) => Some((i, l.name.as_str())),
                _ => None,
            })
            .collect();
        caps.sort();
        caps.dedup_by_key(|c| c.0);
        caps.into_iter().map(|(_, n)| n.to_string()).collect()
    }

    // ------------------------------------------------------------------
    // variables

    /// A boxed variable's location holds its cell: (value, cell).
    fn unbox(&self, raw: Value, boxed: bool) -> (Value, Option<Value>) {
        match raw {
            Value::Cell(c) if boxed => {
                let v = c.borrow().clone();
                (v, Some(Value::Cell(c)))
            }
            v => (v, None),
        }
    }

    /// The named variables visible in frame `fi` at its pc: parameters,
    /// named results, then locals in declaration order (a shadowed variable
    /// is left out), with captured variables of a closure. Unnamed results
    /// are listed as `~r0`, `~r1`, as Go's debuggers name them.
    pub fn vars(&self, gi: usize, fi: usize, exact_top: bool) -> Vec<VarInfo> {
        let f = &self.g(gi).frames[fi];
        let pc = self.frame_pc(gi, fi, exact_top);
        let mut out = Vec::new();
        for v in self.var_layout(f.func, pc) {
            if let Some((value, cell)) = self.read_var(gi, fi, &v) {
                out.push(VarInfo { name: v.name, kind: v.kind, ty: v.ty, value, cell, global: None, loc: Some(v.loc) });
            }
        }
        out
    }

    /// The variables [`Self::vars`] lists for function `func` at `pc`,
    /// without their values, in the same order: what a frame shows
    /// depends on its function and pc alone, so a caller that looks at
    /// many frames (the recorder) can keep this and read the values with
    /// [`Self::read_var`].
    pub fn var_layout(&self, func: u32, pc: u32) -> Vec<VarSlot> {
        let proto = &self.vm.prog.funcs[func as usize];
        let live: Vec<&LocalVar> = proto.vars_at(pc).collect();
        let mut out = Vec::new();
        for (k, l) in live.iter().enumerate() {
            // Shadowed by a later row with the same name.
            if live[k + 1..].iter().any(|m| m.name == l.name) {
                continue;
            }
            out.push(VarSlot { name: l.name.clone(), kind: l.kind, ty: l.ty, loc: l.loc, boxed: l.boxed });
        }
        // Unnamed results.
        for i in 0..proto.nresults {
            let slot = proto.nparams + i;
            if proto.locals.iter().any(|l| l.loc == VarLoc::Slot(slot) && l.kind == VarKind::Result) {
                continue;
            }
            let ty = proto.result_types.get(i as usize).copied().unwrap_or(TypeId::INT);
            let boxed = proto.boxed_results.get(i as usize).copied().unwrap_or(false);
            out.push(VarSlot { name: format!("~r{i}"), kind: VarKind::Result, ty, loc: VarLoc::Slot(slot), boxed });
        }
        let order = |k: VarKind| match k {
            VarKind::Param => 0,
            VarKind::Result => 1,
            VarKind::Captured => 2,
            VarKind::Local => 3,
        };
        out.sort_by_key(|v| order(v.kind));
        out
    }

    /// The value of variable `v` (of [`Self::var_layout`]) in frame `fi`,
    /// and its heap cell if it is boxed; None if the frame cannot hold it.
    pub fn read_var(&self, gi: usize, fi: usize, v: &VarSlot) -> Option<(Value, Option<Value>)> {
        let raw = match v.loc {
            VarLoc::Slot(s) => self.slot(gi, fi, s)?,
            VarLoc::Capture(i) => self.g(gi).frames[fi].closure.as_ref()?.caps.get(i as usize)?.clone(),
        };
        Some(self.unbox(raw, v.boxed))
    }

    /// Variable `name` as the code of frame `fi` sees it: a local,
    /// parameter or captured variable visible there, else a package-level
    /// variable (`name` or `pkg.name`).
    pub fn lookup(&self, gi: usize, fi: usize, exact_top: bool, name: &str) -> Option<VarInfo> {
        if let Some(v) = self.vars(gi, fi, exact_top).into_iter().find(|v| v.name == name) {
            return Some(v);
        }
        self.global(name)
    }

    /// A package-level variable by name: `x` (package main) or `pkg.x`.
    pub fn global(&self, name: &str) -> Option<VarInfo> {
        let names = &self.vm.prog.global_names;
        let i = names.iter().position(|n| n == name).or_else(|| names.iter().position(|n| n.strip_prefix("main.") == Some(name)))?;
        Some(VarInfo {
            name: names[i].clone(),
            kind: VarKind::Local,
            ty: self.vm.prog.global_types.get(i).copied().unwrap_or(TypeId::INT),
            value: self.vm.globals.get(i).cloned().unwrap_or_default(),
            cell: Some(Value::Pointer(Pointer::Global(i as u32))),
            global: Some(i as u32),
            loc: None,
        })
    }

    /// The package main's variables.
    pub fn globals(&self) -> Vec<VarInfo> {
        let names = &self.vm.prog.global_names;
        names.iter().filter(|n| n.starts_with("main.")).filter_map(|n| self.global(n)).collect()
    }

    // ------------------------------------------------------------------
    // defer and panic chains

    /// A deferred call with its arguments.
    pub fn call_info(&self, call: &DeferredCall) -> CallInfo {
        let (func_name, func, native, nil) = match &call.func {
            DeferFn::Closure(c) => match c.native {
                Some(n) => (self.native_name(n), None, true, false),
                None => (self.func_name(c.func).to_string(), Some(c.func), false, false),
            },
            DeferFn::Native(n) => (self.native_name(*n), None, true, false),
            DeferFn::Nil => ("nil".to_string(), None, false, true),
        };
        let recv = match &call.func {
            DeferFn::Closure(c) => c.recv.clone(),
            _ => None,
        };
        let recv_ty = match (&recv, func) {
            (Some(_), Some(f)) => self.program().funcs[f as usize].locals.iter().find(|l| l.kind == VarKind::Param).map(|l| l.ty),
            _ => None,
        };
        CallInfo { func_name, func, recv, recv_ty, args: call.args.clone(), native, nil }
    }

    /// `fmt.Println("x", 1)`: a call as Go source would write it.
    pub fn call_text(&self, c: &CallInfo, opts: RenderOpts) -> String {
        let args: Vec<String> = c.args.iter().map(|a| self.render_dyn(a, opts)).collect();
        format!("{}({})", c.func_name, args.join(", "))
    }

    /// The goroutine's `_defer` chain, newest first (the linked records;
    /// open-coded defers live in their frames: [`Self::open_defers`]).
    pub fn defer_chain(&self, gi: usize) -> Vec<DeferInfo> {
        let g = self.g(gi);
        g.defers.iter().rev().map(|d| self.defer_info(g, d)).collect()
    }

    /// The newest linked `_defer` record (the head of [`Self::defer_chain`])
    /// without describing the others: an event's narration needs only the
    /// head, and describing the whole chain at every `defer` statement made
    /// tracing a loop of n defers take n² time.
    pub fn defer_top(&self, gi: usize) -> Option<DeferInfo> {
        let g = self.g(gi);
        g.defers.last().map(|d| self.defer_info(g, d))
    }

    fn defer_info(&self, g: &G, d: &Defer) -> DeferInfo {
        let frame = g.frames.iter().rposition(|f| f.sp == d.sp);
        let func = frame.map(|fi| g.frames[fi].func).unwrap_or(0);
        DeferInfo {
            kind: if d.heap { DeferKind::Heap } else { DeferKind::Stack },
            call: self.call_info(&d.call),
            sp: d.sp,
            func,
            pc: d.pc,
            line: self.line_at(func, d.pc.saturating_sub(1)),
            frame,
        }
    }

    /// Frame `fi`'s open-coded defers, if it has any slots.
    pub fn open_defers(&self, gi: usize, fi: usize) -> Option<OpenDefers> {
        let g = self.g(gi);
        let f = &g.frames[fi];
        let n = self.vm.prog.funcs[f.func as usize].open_defers as usize;
        if n == 0 {
            return None;
        }
        Some(OpenDefers {
            bits: f.defer_bits,
            slots: g.frame_open_slots(fi, n).iter().map(|s| s.as_ref().map(|c| self.call_info(c))).collect(),
        })
    }

    /// The deferred calls frame `fi` still has to run, in the order they
    /// will run: open-coded slots whose bit is set (highest first), then
    /// its linked records (newest first).
    pub fn pending_defers(&self, gi: usize, fi: usize) -> Vec<DeferInfo> {
        let g = self.g(gi);
        let f = &g.frames[fi];
        let mut out = Vec::new();
        let open = g.frame_open_slots(fi, self.vm.prog.funcs[f.func as usize].open_defers as usize);
        for i in (0..open.len().min(8)).rev() {
            if f.defer_bits & (1 << i) == 0 {
                continue;
            }
            if let Some(Some(c)) = open.get(i) {
                out.push(DeferInfo {
                    kind: DeferKind::OpenCoded { slot: i as u8 },
                    call: self.call_info(c),
                    sp: f.sp,
                    func: f.func,
                    pc: f.pc,
                    line: 0,
                    frame: Some(fi),
                });
            }
        }
        out.extend(self.defer_chain(gi).into_iter().filter(|d| d.frame == Some(fi)));
        out
    }

    /// The goroutine's `_panic` chain, newest first.
    pub fn panic_chain(&self, gi: usize) -> Vec<PanicInfo> {
        let g = self.g(gi);
        // The lowest frame a newer record unwinds, newest first (a suffix
        // minimum, so the chain costs one pass, not one per record).
        let mut newer_min = usize::MAX;
        let mut out = Vec::with_capacity(g.panics.len());
        for k in (0..g.panics.len()).rev() {
            out.push(self.panic_info(g, k, newer_min));
            newer_min = newer_min.min(g.panics[k].frame as usize);
        }
        out
    }

    /// How many `_panic` records goroutine `gi` has.
    pub fn panic_count(&self, gi: usize) -> usize {
        self.g(gi).panics.len()
    }

    /// The newest `_panic` record (the head of [`Self::panic_chain`]).
    pub fn panic_top(&self, gi: usize) -> Option<PanicInfo> {
        let g = self.g(gi);
        g.panics.len().checked_sub(1).map(|k| self.panic_info(g, k, usize::MAX))
    }

    /// Record `k` of `g`'s panics; `newer_min` is the lowest frame of the
    /// records newer than it.
    fn panic_info(&self, g: &G, k: usize, newer_min: usize) -> PanicInfo {
        let p = &g.panics[k];
        let call_frame = p.call_frame as usize;
        let running = (p.call_frame != crate::proc::NO_FRAME
            && g.frames.get(call_frame).is_some_and(|f| matches!(f.ret, RetTo::Panic(id) if id == p.id)))
        .then_some(call_frame);
        // Aborted: a newer record is unwinding frames below the deferred
        // call this one was running.
        let aborted = p.call_frame != crate::proc::NO_FRAME && newer_min < call_frame;
        PanicInfo {
            id: p.id,
            goexit: p.goexit,
            arg: if p.goexit { Value::Nil } else { p.arg.clone() },
            recovered: p.recovered,
            repanicked: p.repanicked,
            aborted,
            start_frame: p.start_frame,
            frame: p.frame as usize,
            running,
            start_sp: p.start_sp,
            sp: p.sp,
        }
    }

    /// Whether two panic values are the identical interface value (Go
    /// compares the interface words: a value obtained from recover() and
    /// panicked again is; two boxings of an equal value need not be). An
    /// unrecovered chain prints the older one `[recovered, repanicked]`.
    pub fn same_panic_value(&self, a: &Value, b: &Value) -> bool {
        match (a, b) {
            (Value::Iface(x), Value::Iface(y)) => self.vm.same_panic_value(x, y),
            _ => false,
        }
    }

    /// The `Error()` text of a run-time error value (`runtime error: index
    /// out of range [5] with length 3`); None for any other value.
    pub fn runtime_error_text(&self, v: &Value) -> Option<String> {
        let Value::Iface(i) = v else { return None };
        let rt = &self.vm.rt;
        let known = [rt.bounds_error, rt.error_string, rt.plain_error, rt.type_assertion_error, rt.panic_nil_error];
        match &i.val {
            Value::Str(s) if i.ty != TypeId(0) && known.contains(&i.ty) => Some(String::from_utf8_lossy(s).into_owned()),
            _ => None,
        }
    }

    /// The panic (or Goexit) record `id` of goroutine `gi`, if still on its chain.
    pub fn panic_by_id(&self, gi: usize, id: u64) -> Option<PanicInfo> {
        self.panic_chain(gi).into_iter().find(|p| p.id == id)
    }

    /// A `RetTo` (as events report it) in the words of [`FrameRet`].
    pub fn ret_kind(&self, gi: usize, ret: RetTo) -> FrameRet {
        match ret {
            RetTo::Caller { .. } | RetTo::Spread { .. } => FrameRet::Caller,
            RetTo::DeferReturn => FrameRet::DeferReturn,
            RetTo::Panic(id) => match self.g(gi).panics.iter().find(|p| p.id == id) {
                Some(p) if p.goexit => FrameRet::Goexit(id),
                _ => FrameRet::Panic(id),
            },
            RetTo::Goexit => FrameRet::Entry,
            RetTo::Native | RetTo::NativeSpread => FrameRet::Native,
        }
    }

    /// Goroutine `gi`'s traceback as Go prints it (`goroutine 1 [running]:`
    /// and its frames).
    pub fn traceback(&self, gi: usize) -> String {
        crate::traceback::goroutine_trace(self.vm, gi, "running")
    }

    /// Whether `recover()` called now by the top frame of goroutine `gi`
    /// would stop the panic (Ok) or return nil, and why not, in words: the
    /// rule of the runtime's `gorecover`.
    pub fn recover_verdict(&self, gi: usize) -> Result<(), &'static str> {
        let g = self.g(gi);
        let Some(top) = g.frames.len().checked_sub(1) else { return Err("not panicking") };
        let prog = self.vm.prog;
        let wrapper = |i: usize| prog.funcs[g.frames[i].func as usize].wrapper;
        match g.panics.last() {
            None => Err("not panicking"),
            Some(p) if p.goexit => Err("during Goexit, which is not a panic"),
            Some(p) if p.recovered => Err("already recovered"),
            Some(p) if p.call_frame as usize <= top && (p.call_frame as usize..=top).filter(|&i| !wrapper(i)).count() == 1 => Ok(()),
            Some(p) if p.call_frame as usize == top && wrapper(top) => {
                Err("recover is itself the deferred call (defer recover()): it is not called by a deferred function")
            }
            Some(_) => Err("not called directly by the deferred function the panic is running"),
        }
    }

    // ------------------------------------------------------------------
    // stacks

    /// (lo, hi) of each stack segment, oldest first (cheap: no frame walk).
    pub fn segment_bounds(&self, gi: usize) -> Vec<(u64, u64)> {
        self.g(gi).stack.segs.iter().map(|s| (s.lo, s.hi)).collect()
    }

    pub fn stack(&self, gi: usize) -> StackInfo {
        let g = self.g(gi);
        let st = &g.stack;
        let segments = st
            .segs
            .iter()
            .enumerate()
            .map(|(i, seg)| {
                let on: Vec<&crate::proc::Frame> = g.frames.iter().filter(|f| f.seg as usize == i).collect();
                let used = on.iter().map(|f| f.sp).min().map(|sp| seg.hi - sp).unwrap_or(0);
                SegmentInfo { lo: seg.lo, hi: seg.hi, guard: seg.stackguard(), used, nframes: on.len() }
            })
            .collect();
        StackInfo {
            contiguous: st.mode == crate::stack::StackMode::Contiguous,
            segments,
            total: st.total,
            splits: st.splits,
            copies: st.copies,
        }
    }

    // ------------------------------------------------------------------
    // channels

    /// The channel `v` refers to (None for nil or a non-channel).
    pub fn chan_info(&self, v: &Value) -> Option<ChanInfo> {
        let Value::Chan(c) = v else { return None };
        let ch = c.borrow();
        let recvq = ch.recvq.iter(&self.vm.gs).map(|sg| sg.goid).collect();
        let sendq = ch.sendq.iter(&self.vm.gs).map(|sg| (sg.goid, sg.val.clone())).collect();
        Some(ChanInfo { addr: ch.addr, cap: ch.cap, buf: ch.buf.iter().cloned().collect(), closed: ch.closed, recvq, sendq })
    }

    // ------------------------------------------------------------------
    // values

    /// Dereferences a pointer value (None for nil or a non-pointer).
    pub fn deref(&self, p: &Value) -> Option<Value> {
        self.vm.load_ptr(p)
    }

    /// The dynamic type and value of an interface value (None for nil).
    pub fn iface_parts(&self, v: &Value) -> Option<(TypeId, Value)> {
        match v {
            Value::Iface(i) => Some((i.ty, i.val.clone())),
            _ => None,
        }
    }

    /// `v` of static type `ty` written as Go's `%#v` writes it (without
    /// calling GoString methods), within `opts`' bounds: `main.P{Name:"x",
    /// Age:3}`, `[]int{1, 2}`, `map[string]int{"a":1}`, `&main.P{...}` at
    /// the top level and `(*main.P)(0xc000010000)` below it.
    pub fn render(&self, v: &Value, ty: TypeId, opts: RenderOpts) -> String {
        let mut s = String::new();
        self.write_go(&mut s, v, ty, 0, opts);
        s
    }

    /// A value of unknown static type (a deferred call's argument, a panic
    /// value): an interface is written with its dynamic type, other values
    /// as well as their representation allows.
    pub fn render_dyn(&self, v: &Value, opts: RenderOpts) -> String {
        if let Some(text) = self.runtime_error_text(v) {
            // The VM keeps a run-time error as its message: written as a
            // conversion, `runtime.boundsError("runtime error: ...")`.
            let ty = if let Value::Iface(i) = v { self.type_name(i.ty) } else { String::new() };
            return format!("{ty}({})", self.render(&Value::str(&text), TypeId::STRING, opts));
        }
        match v {
            Value::Iface(i) => self.render(&i.val, i.ty, opts),
            Value::Nil => "nil".into(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(_) => self.render(v, TypeId::FLOAT64, opts),
            Value::Str(_) => self.render(v, TypeId::STRING, opts),
            Value::Func(c) => match c.native {
                Some(n) => self.native_name(n),
                None => self.func_name(c.func).to_string(),
            },
            Value::Slice(_) | Value::Bytes(_) => {
                let elems = v.slice_elems();
                let parts: Vec<String> = elems.iter().take(opts.max_elems).map(|e| self.render_dyn(e, opts)).collect();
                let more = if elems.len() > opts.max_elems { ", ..." } else { "" };
                let head = match v {
                    Value::Bytes(b) if b.is_array() => format!("[{}]", b.len),
                    _ => "[]".to_string(),
                };
                format!("{head}{{{}{more}}}", parts.join(", "))
            }
            v => format!("{:#x}", self.addr(v)),
        }
    }

    fn write_go(&self, s: &mut String, v: &Value, ty: TypeId, depth: usize, opts: RenderOpts) {
        use gostd::fmt as gfmt;
        let tt = &self.vm.prog.types;
        let f = gfmt::Flags { sharp_v: true, ..Default::default() };
        if depth > opts.max_depth {
            s.push_str("...");
            return;
        }
        if depth == 0 && tt.named_info(ty).is_some_and(|n| n.name == "reflect.Value") {
            // fmt prints a reflect.Value as the value it holds (fmt.rs).
            match crate::natives::reflect_value_held(self.vm, v) {
                Some(Some(Value::Iface(i))) => return self.write_go(s, &i.val, i.ty, 0, opts),
                Some(Some(_)) => return s.push_str("<nil>"),
                Some(None) => return s.push_str("<invalid reflect.Value>"),
                None => {}
            }
        }
        let mut out = Vec::new();
        let kind = tt.ukind(ty).clone();
        match kind {
            Kind::Bool | Kind::UntypedBool => {
                gfmt::fmt_bool(&mut out, v.as_bool(), 'v', &f);
            }
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 | Kind::UntypedInt | Kind::UntypedRune => {
                gfmt::fmt_integer(&mut out, v.as_int() as u64, true, 'v', &f);
            }
            Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
                gfmt::fmt_integer(&mut out, v.as_int() as u64, false, 'v', &f);
            }
            Kind::Float32 | Kind::Float64 | Kind::UntypedFloat => {
                gfmt::fmt_float(&mut out, v.as_float(), if matches!(kind, Kind::Float32) { 32 } else { 64 }, 'v', &f);
            }
            Kind::Complex64 | Kind::Complex128 | Kind::UntypedComplex => {
                let (re, im) = match v {
                    Value::Complex(a, b) => (*a, *b),
                    _ => (v.as_float(), 0.0),
                };
                gfmt::fmt_complex(&mut out, re, im, if matches!(kind, Kind::Complex64) { 64 } else { 128 }, 'v', &f);
            }
            Kind::String | Kind::UntypedString => {
                gfmt::fmt_string(&mut out, v.str_bytes(), 'v', &f);
            }
            Kind::Map(kt, vt) => {
                s.push_str(&tt.name(ty));
                let Value::Map(m) = v else {
                    s.push_str("(nil)");
                    return;
                };
                s.push('{');
                let entries = self.map_entries(&m.borrow().entries, kt);
                for (i, (k, val)) in entries.iter().enumerate() {
                    if i == opts.max_elems {
                        s.push_str(", ...");
                        break;
                    }
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_go(s, k, kt, depth + 1, opts);
                    s.push(':');
                    self.write_go(s, val, vt, depth + 1, opts);
                }
                s.push('}');
                return;
            }
            Kind::Struct(fields) => {
                s.push_str(&tt.name(ty));
                s.push('{');
                let vals: Vec<Value> = match v {
                    Value::Agg(a) => a.borrow().to_vec(),
                    _ => Vec::new(),
                };
                for (i, fd) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    if !fd.name.is_empty() {
                        s.push_str(&fd.name);
                        s.push(':');
                    }
                    self.write_go(s, &vals.get(i).cloned().unwrap_or_default(), fd.ty, depth + 1, opts);
                }
                s.push('}');
                return;
            }
            Kind::Interface { .. } => {
                match v {
                    // The dynamic value of a top-level interface is printed
                    // as printArg prints it (a pointer as `&T{...}`).
                    Value::Iface(i) => self.write_go(s, &i.val, i.ty, if depth == 0 { 0 } else { depth + 1 }, opts),
                    _ => {
                        s.push_str(&tt.name(ty));
                        s.push_str("(nil)");
                    }
                }
                return;
            }
            Kind::Array(_, et) | Kind::Slice(et) => {
                // fmt names a top-level []byte operand `[]byte`, and one
                // reached by reflection by its type string (`[]uint8`).
                let byte_slice = depth == 0 && matches!(tt.kind(ty), Kind::Slice(e) if matches!(tt.kind(*e), Kind::Uint8));
                s.push_str(if byte_slice { "[]byte" } else { "" });
                if !byte_slice {
                    s.push_str(&tt.name(ty));
                }
                if matches!(kind, Kind::Slice(_)) && v.is_nil() {
                    s.push_str("(nil)");
                    return;
                }
                let elems: Vec<Value> = match v {
                    Value::Agg(a) => a.borrow().to_vec(),
                    v => v.slice_elems(),
                };
                s.push('{');
                for (i, e) in elems.iter().enumerate() {
                    if i == opts.max_elems {
                        s.push_str(", ...");
                        break;
                    }
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_go(s, e, et, depth + 1, opts);
                }
                s.push('}');
                return;
            }
            Kind::Pointer(et) => {
                if depth == 0 && !v.is_nil() && matches!(tt.ukind(et), Kind::Array(..) | Kind::Slice(_) | Kind::Struct(_) | Kind::Map(..)) {
                    if let Some(target) = self.vm.load_ptr(v) {
                        s.push('&');
                        self.write_go(s, &target, et, depth + 1, opts);
                        return;
                    }
                }
                let addr = if let Value::Int(i) = v { *i as u64 } else { self.addr(v) };
                gfmt::fmt_pointer(&mut out, addr, &tt.name(ty), 'v', &f);
            }
            Kind::Chan(..) | Kind::Func(_) | Kind::UnsafePointer => {
                let addr = if let Value::Int(i) = v { *i as u64 } else { self.addr(v) };
                gfmt::fmt_pointer(&mut out, addr, &tt.name(ty), 'v', &f);
            }
            _ => {
                let _ = write!(s, "?{}?", tt.name(ty));
                return;
            }
        }
        s.push_str(&String::from_utf8_lossy(&out));
    }

    /// A map's live entries in fmt's order (internal/fmtsort).
    fn map_entries(&self, entries: &[Option<(Value, Value)>], kt: TypeId) -> Vec<(Value, Value)> {
        let mut v: Vec<(Value, Value)> = entries.iter().flatten().cloned().collect();
        let tt = &self.vm.prog.types;
        v.sort_by(|a, b| crate::fmt::compare_keys(&a.0, &b.0, kt, tt));
        v
    }

    /// Whether values of type `ty` have a method `name` (fmt would call
    /// `GoString`/`String`/`Error` on them).
    pub fn has_method(&self, ty: TypeId, name: &str) -> bool {
        self.vm.find_method_by_name(ty, name).is_some()
    }

    // ------------------------------------------------------------------
    // heap graph (the classroom view)

    /// What a view draws for `v` of static type `ty` (see [`Shape`]).
    pub fn shape(&self, v: &Value, ty: TypeId, opts: RenderOpts) -> Shape {
        let tt = &self.vm.prog.types;
        let inline = || Shape::Inline(self.render(v, ty, opts));
        match (tt.ukind(ty), v) {
            (Kind::Interface { .. }, Value::Iface(i)) => self.shape(&i.val, i.ty, opts),
            (_, Value::Nil) => Shape::Inline(if tt.is_interface(ty) { "nil".into() } else { self.render(v, ty, opts) }),
            (Kind::Struct(_) | Kind::Array(..), Value::Agg(a)) => {
                Shape::Ref { obj: ObjRef { addr: a.addr, at: None }, label: None, embedded: true }
            }
            (Kind::Array(..), Value::Bytes(a)) => Shape::Ref { obj: ObjRef { addr: a.arr.addr, at: None }, label: None, embedded: true },
            // A pointer to a byte array (see crate::value's module doc).
            (Kind::Pointer(_), Value::Bytes(b)) => {
                Shape::Ref { obj: ObjRef { addr: b.arr.addr, at: (b.off != 0).then_some(b.off) }, label: None, embedded: false }
            }
            (_, Value::Pointer(p)) => {
                let obj = match p {
                    Pointer::Agg(a) => ObjRef { addr: a.addr, at: None },
                    Pointer::Elem(a, i) => ObjRef { addr: a.addr, at: Some(*i) },
                    Pointer::Cell(c) => ObjRef { addr: c.addr.get(), at: None },
                    Pointer::Global(g) => ObjRef { addr: crate::heap::GLOBALS + 8 * *g as u64, at: None },
                    Pointer::Byte(a, i) => ObjRef { addr: a.addr, at: Some(*i) },
                };
                Shape::Ref { obj, label: None, embedded: false }
            }
            (_, Value::Cell(c)) => Shape::Ref { obj: ObjRef { addr: c.addr.get(), at: None }, label: None, embedded: false },
            (_, Value::Slice(sl)) => Shape::Ref {
                obj: ObjRef { addr: sl.arr.addr, at: Some(sl.off) },
                label: Some(format!("len={} cap={}", sl.len, sl.cap)),
                embedded: false,
            },
            (_, Value::Bytes(b)) => Shape::Ref {
                obj: ObjRef { addr: b.arr.addr, at: Some(b.off) },
                label: Some(format!("len={} cap={}", b.len, b.cap)),
                embedded: false,
            },
            (_, Value::Map(m)) => Shape::Ref { obj: ObjRef { addr: m.borrow().addr, at: None }, label: None, embedded: false },
            (_, Value::Chan(c)) => Shape::Ref { obj: ObjRef { addr: c.borrow().addr, at: None }, label: None, embedded: false },
            (_, Value::Func(c)) if !c.caps.is_empty() || c.recv.is_some() => {
                Shape::Ref { obj: ObjRef { addr: c.vaddr(), at: None }, label: None, embedded: false }
            }
            (_, Value::Func(c)) => Shape::Inline(match c.native {
                Some(n) => self.native_name(n),
                None => self.func_name(c.func).to_string(),
            }),
            _ => inline(),
        }
    }

    /// The object a [`Shape::Ref`] of `v` (static type `ty`) points at,
    /// with at most `max_elems` elements listed.
    pub fn object(&self, v: &Value, ty: TypeId, max_elems: usize) -> Option<ObjectInfo> {
        let tt = &self.vm.prog.types;
        let uk = tt.ukind(ty).clone();
        let elem_of_ptr = || match tt.ukind(ty) {
            Kind::Pointer(e) => *e,
            _ => TypeId::INT,
        };
        let array = |addr: u64, elem: TypeId, all: Vec<Value>| {
            let total = all.len();
            ObjectInfo {
                addr,
                type_name: format!("[{total}]{}", tt.name(elem)),
                kind: ObjectKind::Array { elem, elems: all.into_iter().take(max_elems).collect(), total },
            }
        };
        let agg_object = |a: &crate::value::Agg, t: TypeId| -> ObjectInfo {
            match tt.ukind(t) {
                Kind::Struct(fields) => {
                    let vals = a.borrow();
                    ObjectInfo {
                        addr: a.addr,
                        type_name: tt.name(t),
                        kind: ObjectKind::Struct {
                            fields: fields
                                .iter()
                                .enumerate()
                                .map(|(i, f)| (f.name.to_string(), f.ty, vals.get(i).cloned().unwrap_or_default()))
                                .collect(),
                        },
                    }
                }
                Kind::Array(_, e) => {
                    let mut o = array(a.addr, *e, a.borrow().to_vec());
                    o.type_name = tt.name(t);
                    o
                }
                _ => array(a.addr, TypeId::INT, a.borrow().to_vec()),
            }
        };
        match (&uk, v) {
            (Kind::Interface { .. }, Value::Iface(i)) => self.object(&i.val, i.ty, max_elems),
            (_, Value::Agg(a)) => Some(agg_object(a, ty)),
            (Kind::Array(..), Value::Bytes(a)) => {
                let mut o = array(a.arr.addr, tt.elem(ty).unwrap_or(TypeId::UINT8), a.arr.elems());
                o.type_name = tt.name(ty);
                Some(o)
            }
            (Kind::Pointer(e), Value::Bytes(b)) => {
                let mut o = array(b.arr.addr, tt.elem(*e).unwrap_or(TypeId::UINT8), b.arr.elems());
                if b.is_whole() {
                    o.type_name = tt.name(*e);
                }
                Some(o)
            }
            (_, Value::Pointer(p)) => {
                let et = elem_of_ptr();
                match p {
                    Pointer::Agg(a) => Some(agg_object(a, et)),
                    // A pointer into an object: the whole object is drawn,
                    // the arrow lands on the element.
                    Pointer::Elem(a, _) => Some(array(a.addr, et, a.borrow().to_vec())),
                    Pointer::Cell(c) => Some(ObjectInfo {
                        addr: c.addr.get(),
                        type_name: tt.name(et),
                        kind: ObjectKind::Cell { elem: et, value: c.borrow().clone() },
                    }),
                    Pointer::Global(g) => Some(ObjectInfo {
                        addr: crate::heap::GLOBALS + 8 * *g as u64,
                        type_name: tt.name(et),
                        kind: ObjectKind::Cell { elem: et, value: self.vm.globals.get(*g as usize).cloned().unwrap_or_default() },
                    }),
                    Pointer::Byte(a, _) => {
                        let all: Vec<Value> = a.elems();
                        Some(array(a.addr, et, all))
                    }
                }
            }
            (_, Value::Cell(c)) => {
                let et = elem_of_ptr();
                Some(ObjectInfo {
                    addr: c.addr.get(),
                    type_name: tt.name(et),
                    kind: ObjectKind::Cell { elem: et, value: c.borrow().clone() },
                })
            }
            (Kind::Slice(et), Value::Slice(sl)) => Some(array(sl.arr.addr, *et, sl.arr.borrow().to_vec())),
            (Kind::Slice(et), Value::Bytes(b)) => {
                let all: Vec<Value> = b.arr.elems();
                Some(array(b.arr.addr, *et, all))
            }
            (Kind::Map(kt, vt), Value::Map(m)) => {
                let mm = m.borrow();
                let entries = self.map_entries(&mm.entries, *kt);
                let total = entries.len();
                Some(ObjectInfo {
                    addr: mm.addr,
                    type_name: tt.name(ty),
                    kind: ObjectKind::Map { key: *kt, elem: *vt, entries: entries.into_iter().take(max_elems).collect(), total },
                })
            }
            (_, Value::Chan(_)) => {
                let info = self.chan_info(v)?;
                Some(ObjectInfo { addr: info.addr, type_name: tt.name(ty), kind: ObjectKind::Chan(info) })
            }
            (_, Value::Func(c)) => {
                let mut captures: Vec<Value> = c.recv.iter().cloned().collect();
                captures.extend(c.caps.iter().cloned());
                let name = match c.native {
                    Some(n) => self.native_name(n),
                    None => self.func_name(c.func).to_string(),
                };
                Some(ObjectInfo { addr: c.vaddr(), type_name: tt.name(ty), kind: ObjectKind::Func { name, captures } })
            }
            _ => None,
        }
    }
}

/// The name a view shows for source file `file` (see
/// [`Inspector::file_name`]).
pub fn file_display_name(prog: &bytecode::Program, file: u32) -> String {
    match prog.files.get(file as usize) {
        Some(f) if f.lib => f.name.strip_prefix("$GOROOT/src/").unwrap_or(&f.name).to_string(),
        Some(f) => f.name.rsplit('/').next().unwrap_or(&f.name).to_string(),
        None => prog.file.rsplit('/').next().unwrap_or(&prog.file).to_string(),
    }
}
