//! The recorder of `gostack show`: runs a program once under a hook and
//! writes every step's state in the format of docs/recording-format.md.
//!
//! A step is taken before each statement of any goroutine (entered from
//! outside it: a loop jumping back to its own head, an instruction retried
//! after blocking and `Return` re-running after a deferred call are not new
//! statements) and right after each runtime event a class is shown
//! (defer, panic, recover, Goexit, unwinding, goroutines, stack growth).
//! A full step reads the whole visible state through the inspection API
//! and hash-conses it into the recording's tables, so a frame, a record or
//! an object that did not change costs one index.
//!
//! Most steps of a loop are not full steps. The VM calls the hook at
//! statement starts only (`Hook::step_marks`); every instruction that can
//! change anything but its own frame's registers ([`writes_only_registers`]
//! lists the others) sets the VM's `step_dirty` flag as it runs, and every
//! runtime event counts as a change. A statement step with no change since
//! the last full step, on the same goroutine and frame, differs from that
//! step only in its top frame: it is a delta step, that frame written as a
//! patch (pc and variable values, integers inline) of a template frame of
//! the same activation, the state being the full step's. Unless a variable
//! that points at an object changed: the state's object list is built from
//! such roots, so that step is taken in full. Consecutive delta steps are
//! written as compact steps, in runs of varints (`fast_delta` writes the
//! commonest, a step of integer variables, without any lookup).
//! `RecordOptions::verify` checks every delta step against a full snapshot.
//!
//! Python Tutor records every step's frames and heap; the tables and the
//! delta steps keep 20,000 steps of a small program within a few megabytes.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::rc::Rc;

use bytecode::Program;
use runtime::hook::{Control, Event, Hook, QuickStep};
use runtime::inspect::{FrameRet, Inspector, ObjectInfo, ObjectKind, RenderOpts, Shape, Status};
use runtime::value::Value;
use runtime::vm::Flow;
use runtime::Vm;
use types::TypeId;

/// Settings of a recording.
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// Steps kept; the run is stopped there and the page says so.
    pub max_record: usize,
    /// Elements of an array or map kept per object.
    pub max_elems: usize,
    /// Bytes of output (stdout and stderr together) kept; past it the run
    /// is stopped as `gostack run --max-output` stops it (0 = no limit).
    pub max_output: u64,
    /// Check every delta step against a full snapshot of the same moment
    /// (tests): the recording fails at the first step where the state the
    /// page would rebuild differs from the state as it is.
    pub verify: bool,
    /// Tests only: treat every instruction as one that writes registers
    /// alone, so that `verify` has something to catch.
    #[doc(hidden)]
    pub trust_every_op: bool,
    /// Record every step in full (no delta steps): the recording the
    /// viewer's rendering of delta steps is compared with in tests.
    pub full_steps: bool,
    /// Tests only: take every step the general way (no `fast_delta`, no
    /// `step_quick`), for recordings the short ways must match byte for
    /// byte (`verify` turns them off too, but adds table entries).
    #[doc(hidden)]
    pub no_short: bool,
}

impl Default for RecordOptions {
    fn default() -> Self {
        RecordOptions {
            max_record: 20_000,
            max_elems: 64,
            max_output: 1 << 30,
            verify: false,
            trust_every_op: false,
            full_steps: false,
            no_short: false,
        }
    }
}

/// One hash-consed table of JSON texts: each distinct entry stored once.
#[derive(Default)]
struct Table {
    items: Vec<std::rc::Rc<str>>,
    index: HashMap<std::rc::Rc<str>, usize, std::hash::BuildHasherDefault<runtime::value::FxHasher>>,
}

impl Table {
    fn intern(&mut self, v: String) -> usize {
        if let Some(&i) = self.index.get(v.as_str()) {
            return i;
        }
        let rc: std::rc::Rc<str> = v.into();
        self.items.push(rc.clone());
        self.index.insert(rc, self.items.len() - 1);
        self.items.len() - 1
    }

    /// The table as a JSON array.
    fn write(&self, out: &mut String) {
        out.push('[');
        for (i, it) in self.items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(it);
        }
        out.push(']');
    }
}

/// A JSON object written field by field (the recorder never builds
/// `serde_json::Value`s: a step's entries are interned as text).
struct Obj(String);

impl Obj {
    fn new() -> Obj {
        let mut s = String::with_capacity(160);
        s.push('{');
        Obj(s)
    }
    fn key(&mut self, k: &str) -> &mut String {
        if self.0.len() > 1 {
            self.0.push(',');
        }
        self.0.push('"');
        self.0.push_str(k);
        self.0.push_str("\":");
        &mut self.0
    }
    fn raw(mut self, k: &str, v: &str) -> Obj {
        self.key(k).push_str(v);
        self
    }
    fn num(self, k: &str, n: impl std::fmt::Display) -> Obj {
        let v = n.to_string();
        self.raw(k, &v)
    }
    fn str(self, k: &str, v: &str) -> Obj {
        let v = jstr(v);
        self.raw(k, &v)
    }
    fn bool(self, k: &str, b: bool) -> Obj {
        self.raw(k, if b { "true" } else { "false" })
    }
    fn done(mut self) -> String {
        self.0.push('}');
        self.0
    }
}

/// A JSON string literal (every `<` written `\u003c`, so the text can sit
/// inside a script element).
fn jstr(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    jstr_into(&mut o, s);
    o
}

/// [`jstr`], appended to `o`.
fn jstr_into(o: &mut String, s: &str) {
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            '<' => o.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = std::fmt::Write::write_fmt(o, format_args!("\\u{:04x}", c as u32));
            }
            c => o.push(c),
        }
    }
    o.push('"');
}

/// `[a,b,c]` of numbers or raw JSON texts.
fn arr<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    let mut o = String::from("[");
    for (i, it) in items.into_iter().enumerate() {
        if i > 0 {
            o.push(',');
        }
        let _ = std::fmt::Write::write_fmt(&mut o, format_args!("{it}"));
    }
    o.push(']');
    o
}

/// Program output as the recorder sees it: chunks in the order written,
/// and how many chunks the last step saw (writes after it start a new
/// chunk; writes between two steps to one stream are one chunk).
#[derive(Clone, Default)]
pub struct OutputLog(Rc<RefCell<Log>>);

#[derive(Default)]
struct Log {
    chunks: Vec<Chunk>,
    /// Chunks the last step saw.
    sealed: usize,
    /// Bytes written so far, and the most kept (0 = no limit).
    bytes: u64,
    limit: u64,
    /// The program wrote past `limit`: the run is to stop.
    over: bool,
}

/// One chunk of output: the stream (`stdout`/`stderr`) and its text.
pub type Chunk = (&'static str, String);

impl OutputLog {
    fn len(&self) -> usize {
        self.0.borrow().chunks.len()
    }
    /// A step is taken: the chunks so far are what it shows.
    fn seal(&self) {
        let mut l = self.0.borrow_mut();
        l.sealed = l.chunks.len();
    }
    fn over(&self) -> bool {
        self.0.borrow().over
    }
}

impl Log {
    fn push(&mut self, stream: &'static str, text: &str) {
        let open = self.chunks.len() > self.sealed;
        match self.chunks.last_mut() {
            Some((s, t)) if *s == stream && open => t.push_str(text),
            _ => self.chunks.push((stream, text.to_string())),
        }
    }
}

/// A writer that appends to an [`OutputLog`] (and passes the bytes on).
struct Tee {
    log: OutputLog,
    stream: &'static str,
    inner: Option<Box<dyn Write>>,
}

impl Write for Tee {
    /// Past the output limit the write is cut to what fits, followed by
    /// `run`'s message (`fatal error: program output exceeded the limit of
    /// N bytes (--max-output)`); later writes are dropped and the hook ends
    /// the run at its next call.
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        let kept = {
            let mut l = self.log.0.borrow_mut();
            if l.over {
                return Ok(b.len());
            }
            let room = if l.limit == 0 { u64::MAX } else { l.limit - l.bytes };
            let kept = &b[..(room.min(b.len() as u64) as usize)];
            l.bytes += kept.len() as u64;
            l.push(self.stream, &String::from_utf8_lossy(kept));
            if kept.len() < b.len() {
                l.over = true;
                let msg = format!("\nfatal error: program output exceeded the limit of {} bytes (--max-output)\n", l.limit);
                l.push("stderr", &msg);
            }
            kept
        };
        if let Some(w) = &mut self.inner {
            w.write_all(kept)?;
        }
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.inner {
            Some(w) => w.flush(),
            None => Ok(()),
        }
    }
}

/// The recording hook.
struct Recorder<'o> {
    opts: RecordOptions,
    out: OutputLog,
    strings: Table,
    values: Table,
    objects: Table,
    frames: Table,
    defers: Table,
    panics: Table,
    goroutines: Table,
    chans: Table,
    states: Table,
    /// The steps so far, as the elements of a JSON array.
    steps: String,
    nsteps: usize,
    /// Elements of the steps array written so far (a run counts once).
    elems: usize,
    /// The run of compact delta steps being written (see `run_step`): its
    /// bytes, base64-encoded into the steps array when the run ends.
    run: Vec<u8>,
    /// The first `objects` entry of each address (refs resolve by address).
    first_obj: HashMap<u64, usize, Fx>,
    first_chan: HashMap<u64, usize, Fx>,
    /// Files some step or frame is in (only those are highlighted).
    used_files: HashSet<u32, Fx>,
    /// Per goroutine: where it blocked (the instruction is retried there).
    blocked: HashMap<u64, (usize, u32), Fx>,
    /// The goroutine of the previous step (a change is a `go.switch`).
    last_goid: u64,
    truncated: bool,
    /// Frame entries by their raw state (see `goroutine_entry`).
    frame_cache: HashMap<Vec<u64>, usize, std::hash::BuildHasherDefault<runtime::value::FxHasher>>,
    /// Entries of scalar values by (type, kind, bits) (see `val`).
    scalar_vals: HashMap<(u32, u8, u64), usize, std::hash::BuildHasherDefault<runtime::value::FxHasher>>,
    /// Each goroutine's first stack range at its previous step (a copy
    /// moves it: the `copystack` step says from where).
    seg0: HashMap<u64, (u64, u64), Fx>,
    /// Why the run ended (`fatal`, `deadlock`, ...), when an event said so.
    end_why: Option<&'static str>,
    end_say: Option<String>,
    /// Something other than the registers of the running goroutine's top
    /// frame may have changed since the last step: an event happened or an
    /// instruction ran that is not in [`writes_only_registers`].
    dirty: bool,
    /// The last step recorded in full, which delta steps patch.
    base: Option<Base>,
    /// The top frame of the goroutine `goroutine_entry` last built with
    /// `exact` (its `frames` index and the refs among its variables).
    exact_top: Option<(usize, Vec<usize>)>,
    /// Whether each `values` entry points at an object (has a `ref`).
    val_refs: Vec<bool>,
    /// Narrations of statement steps by (function, line): `narrate_step`
    /// depends on nothing else.
    says: HashMap<(u32, u32), usize, std::hash::BuildHasherDefault<runtime::value::FxHasher>>,
    /// The first step where `verify` found a difference.
    verify_err: Option<String>,
    /// Variables by (function, pc), and ids of their name lists.
    layouts: HashMap<(u32, u32), Rc<Layout>, Fx>,
    layout_ids: HashMap<Vec<(usize, &'static str, u32)>, u32, Fx>,
    /// A `frames` entry for each activation and variable list, which
    /// delta steps patch: (function, sp, fp, segment, ret, layout id).
    templates: HashMap<TemplateKey, usize, Fx>,
    /// The top frame's variables at the last delta step: type, raw value
    /// and `values` index, by position (reused while the raw value is the
    /// same one; cleared at every full step, since only then can the
    /// objects a value shows have changed).
    last_vals: Vec<Option<(TypeId, Value, usize)>>,
    /// `[f, pc, line, say]` of compact delta steps (a template frame, a
    /// pc, the line and narration there), and their indices.
    spots: Table,
    spot_ix: HashMap<(usize, u32, usize), usize, Fx>,
    /// What the last step written shares with a compact delta step after
    /// it: its state, goroutine, file, `lib` and output count.
    prev_step: Option<(usize, u64, u32, bool, usize)>,
    /// Per integer type: its name's `strings` index if its values show as
    /// plain decimals (see `int_val`).
    decimal_ints: HashMap<u32, Option<usize>, Fx>,
    /// Per function, by pc: what a statement step there needs (built on
    /// the function's first step: this runs at every statement).
    pcs: Vec<Option<Box<[PcInfo]>>>,
    /// The variables of the top frame at the last delta step.
    delta_vals: Vec<Tok>,
    /// Set while the last step written was a compact one (and `dirty` is
    /// false, nothing else changed since): what `fast_delta` checks.
    fast: Option<FastKey>,
    /// The last template `top_delta` used, by its key.
    last_template: Option<(TemplateKey, usize)>,
    /// The file of the last step (`used_files` already has it).
    last_file: u32,
    _p: std::marker::PhantomData<&'o ()>,
}

type Fx = std::hash::BuildHasherDefault<runtime::value::FxHasher>;

/// An activation and variable layout: (function, sp, fp, segment, ret,
/// layout id); see `templates`.
type TemplateKey = (u32, u64, u64, u32, u64, u32);

/// The variables a frame of one function shows at one pc.
struct Layout {
    vars: Vec<runtime::inspect::VarSlot>,
    /// Per variable: an integer of it is written inline (a plain decimal).
    inline: Vec<bool>,
    /// The registers of the variables when every one is an integer of a
    /// plain decimal type in a register (`Recorder::fast_delta`).
    int_slots: Option<Vec<u16>>,
    /// Same id, same names, kinds and types in the same order.
    id: u32,
    line: u32,
    /// The frame's `pc` field.
    pc: String,
}

/// The activation of the last compact step: its base state, goroutine,
/// depth and function, and the templates its compact steps used (one per
/// variable layout: a spot whose template is among them is this
/// activation's).
struct FastKey {
    state: usize,
    gi: usize,
    nframes: usize,
    func: u32,
    tmpls: Vec<usize>,
}

/// One pc of one function, as statement steps there see it.
#[derive(Clone, Default)]
struct PcInfo {
    /// 1 + the statement beginning here (the last one when several share
    /// the pc), or 0.
    stmt: u32,
    /// That statement's code, `stmts[k]..stmt_ends[k]` (a step coming from
    /// inside it is no new step).
    span: (u32, u32),
    line: u32,
    /// Its narration (`narrate_step` depends on the function and line
    /// only), once a step was taken here.
    say: Option<usize>,
    layout: Option<Rc<Layout>>,
    /// The last compact delta step here: its template and spot.
    spot: Option<(usize, usize)>,
}

/// The top frame of a delta step: a `frames` index, or a template (an
/// entry of the same activation with the same variables) with its line,
/// pc and variable values (`Recorder::delta_vals`) replaced.
enum Top {
    Frame(usize),
    Patch { f: usize, pc: u32 },
}

/// A variable's value in a delta step: a `values` index, or an integer
/// written inline (`"42"`: the template variable's type, shown as `42`).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tok {
    Ix(usize),
    Int(i64),
}

impl Tok {
    fn write(self, o: &mut String) {
        match self {
            Tok::Ix(i) => num(o, i as i64),
            Tok::Int(n) => {
                o.push('"');
                num(o, n);
                o.push('"');
            }
        }
    }
}

/// A step recorded in full: its state, and what a delta step needs to know
/// that only the top frame of goroutine `goid` can have changed since.
struct Base {
    state: usize,
    gi: usize,
    goid: u64,
    nframes: usize,
    func: u32,
    /// The `values` indices of the top frame's variables that point at
    /// objects, in order: the state's object list is built from these roots
    /// (with the other frames', records' and globals' ones), so while they
    /// stay the same and the heap is untouched, so does the list.
    top_refs: Vec<usize>,
    /// The template of this activation for the last layout a delta step
    /// used: (layout id, `frames` index).
    tmpl: Option<(u32, usize)>,
}

/// Whether instruction `op` can change nothing the page shows except the
/// registers of the frame running it. Such instructions read anything but
/// write only their destination registers; a new object they allocate is
/// reachable only from those registers. Whatever can store into an
/// existing object, a global, a cell or a channel, call, return, defer,
/// panic, start a goroutine, block or write output is not listed (and an
/// instruction of this list that panics, a division by zero, reports the
/// panic as an event, which makes the next step a full one too).
fn writes_only_registers(op: &bytecode::Op) -> bool {
    use bytecode::Op::*;
    matches!(
        op,
        Nop | Move { .. }
            | CopyVal { .. }
            | LoadConst { .. }
            | LoadInt { .. }
            | LoadBool { .. }
            | LoadNil { .. }
            | LoadZero { .. }
            | LoadGlobal { .. }
            | AddrGlobal { .. }
            | NewCell { .. }
            | LoadCell { .. }
            | LoadFunc { .. }
            | LoadNative { .. }
            | MakeClosure { .. }
            | LoadCapture { .. }
            | LoadCapCell { .. }
            | AddInt { .. }
            | SubInt { .. }
            | MulInt { .. }
            | DivInt { .. }
            | RemInt { .. }
            | DivUint { .. }
            | RemUint { .. }
            | AddIntImm { .. }
            | IntBit { .. }
            | NegInt { .. }
            | NotBits { .. }
            | Wrap { .. }
            | CmpInt { .. }
            | ArithFloat { .. }
            | CmpFloat { .. }
            | NegFloat { .. }
            | ArithComplex { .. }
            | Concat { .. }
            | CmpStr { .. }
            | Equal { .. }
            | Not { .. }
            | Conv { .. }
            | Jump { .. }
            | JumpIf { .. }
            | JumpIfNot { .. }
            | JumpIfNotLtInt { .. }
            | JumpIfNotCmpInt { .. }
            | JumpIfNotCmpIntImm { .. }
            | MulIntImm { .. }
            | DivIntImm { .. }
            | RemIntImm { .. }
            | AndIntImm { .. }
            | CmpIntImm { .. }
            | AndInt { .. }
            | OrInt { .. }
            | XorInt { .. }
            | AndNotInt { .. }
            | IncJumpIfNotCmpIntImm { .. }
            | AddJumpIfNotCmpInt { .. }
            | LoadFrameSp { .. }
            | New { .. }
            | GetField { .. }
            | AddrField { .. }
            | AddrIndex { .. }
            | Load { .. }
            | NilCheck { .. }
            | MakeSlice { .. }
            | SliceLit { .. }
            | AggLit { .. }
            | Index { .. }
            | SliceOf { .. }
            | Len { .. }
            | Cap { .. }
            | MakeMap { .. }
            | MapGet { .. }
            | RangeInit { .. }
            | RangeNext { .. }
            | IfaceConst { .. }
            | ToIface { .. }
            | ToIfaceStatic { .. }
            | TypeAssert { .. }
            | AssertIface { .. }
            | IsType { .. }
            | Implements { .. }
            | IfaceData { .. }
            | MakeChan { .. }
    )
}

impl<'o> Recorder<'o> {
    fn new(opts: RecordOptions, out: OutputLog) -> Recorder<'o> {
        Recorder {
            opts,
            out,
            strings: Table::default(),
            values: Table::default(),
            objects: Table::default(),
            frames: Table::default(),
            defers: Table::default(),
            panics: Table::default(),
            goroutines: Table::default(),
            chans: Table::default(),
            states: Table::default(),
            steps: String::with_capacity(1 << 16),
            nsteps: 0,
            elems: 0,
            run: Vec::new(),
            first_obj: HashMap::default(),
            first_chan: HashMap::default(),
            used_files: HashSet::default(),
            blocked: HashMap::default(),
            last_goid: 0,
            truncated: false,
            seg0: HashMap::default(),
            scalar_vals: HashMap::default(),
            frame_cache: HashMap::default(),
            end_why: None,
            end_say: None,
            dirty: true,
            base: None,
            exact_top: None,
            val_refs: Vec::new(),
            says: HashMap::default(),
            verify_err: None,
            layouts: HashMap::default(),
            layout_ids: HashMap::default(),
            templates: HashMap::default(),
            last_vals: Vec::new(),
            spots: Table::default(),
            spot_ix: HashMap::default(),
            prev_step: None,
            decimal_ints: HashMap::default(),
            pcs: Vec::new(),
            delta_vals: Vec::new(),
            last_template: None,
            fast: None,
            last_file: u32::MAX,
            _p: std::marker::PhantomData,
        }
    }

    fn s(&mut self, text: &str) -> usize {
        self.strings.intern(jstr(text))
    }

    // ------------------------------------------------------------------
    // values and objects

    /// A value of static type `ty` (None: unknown, e.g. a native's
    /// argument), interned in `values`. Objects it points at are interned
    /// first (`snapshot`), else a stub with the address is.
    fn val(&mut self, insp: &Inspector, v: &Value, ty: Option<TypeId>) -> usize {
        let ty = match (ty, v) {
            (Some(t), _) => t,
            (None, Value::Iface(_)) => TypeId::ANY,
            (None, v) => dyn_type(v),
        };
        // A scalar's entry depends on its type and bits only: most values
        // of a step are scalars that did not change since the last one.
        let key = match v {
            Value::Int(i) => Some((ty.0, 1u8, *i as u64)),
            Value::Bool(b) => Some((ty.0, 2, *b as u64)),
            Value::Float(f) => Some((ty.0, 3, f.to_bits())),
            Value::Nil => Some((ty.0, 4, 0)),
            _ => None,
        };
        if let Some(k) = key {
            if let Some(&i) = self.scalar_vals.get(&k) {
                return i;
            }
            let i = match v {
                Value::Int(n) => self.int_val(insp, *n, ty),
                _ => None,
            };
            let i = i.unwrap_or_else(|| self.val_uncached(insp, v, ty));
            self.scalar_vals.insert(k, i);
            return i;
        }
        self.val_uncached(insp, v, ty)
    }

    /// The entry of integer `n` of type `ty` written without the renderer,
    /// for types whose integers show as plain decimals (None for others:
    /// unsigned, runes, named types with a String method...). Most new
    /// values of a recording are integers.
    fn int_val(&mut self, insp: &Inspector, n: i64, ty: TypeId) -> Option<usize> {
        let t = self.decimal_type(insp, ty)?;
        let e = int_entry(t, n);
        if self.opts.verify && self.val_entry(insp, &Value::Int(n), ty).0 != e {
            self.verify_err.get_or_insert_with(|| format!("the integer {n} of type {} is not written as the renderer writes it", ty.0));
        }
        let i = self.values.intern(e);
        if self.val_refs.len() <= i {
            self.val_refs.resize(i + 1, false);
        }
        Some(i)
    }

    /// The `strings` index of integer type `ty`'s name if its values show
    /// as plain decimals (`{"t":ty,"v":"42","text":"42"}`), checked once
    /// per type against the renderer.
    fn decimal_type(&mut self, insp: &Inspector, ty: TypeId) -> Option<usize> {
        match self.decimal_ints.get(&ty.0) {
            Some(&t) => t,
            None => {
                let t = self.s(&insp.program().types.name(ty));
                let plain = [-7i64, 0, 12345].iter().all(|&k| self.val_entry(insp, &Value::Int(k), ty).0 == int_entry(t, k));
                self.decimal_ints.insert(ty.0, plain.then_some(t));
                plain.then_some(t)
            }
        }
    }

    fn val_uncached(&mut self, insp: &Inspector, v: &Value, ty: TypeId) -> usize {
        let (e, is_ref) = self.val_entry(insp, v, ty);
        let i = self.values.intern(e);
        if self.val_refs.len() <= i {
            self.val_refs.resize(i + 1, false);
        }
        self.val_refs[i] = is_ref;
        i
    }

    /// A value's entry, and whether it points at an object.
    fn val_entry(&mut self, insp: &Inspector, v: &Value, ty: TypeId) -> (String, bool) {
        let tt = &insp.program().types;
        // An interface shows its dynamic type, and its static one beside.
        let (shown_ty, iface) = match (v, tt.is_interface(ty)) {
            (Value::Iface(i), true) => (i.ty, Some(ty)),
            _ => (ty, None),
        };
        let mut o = Obj::new().num("t", self.s(&tt.name(shown_ty)));
        if let Some(st) = iface {
            o = o.num("iface", self.s(&tt.name(st)));
        }
        let text = insp.render(v, ty, RenderOpts::SHORT);
        let mut is_ref = false;
        match insp.shape(v, ty, RenderOpts::SHORT) {
            Shape::Inline(t) => o = o.str("v", &t),
            Shape::Ref { obj, label, embedded } => {
                is_ref = true;
                let i = self.obj_index(insp, obj.addr, v, ty);
                o = o.num("ref", i);
                if let Some(at) = obj.at {
                    o = o.num("at", at);
                }
                if let Some(l) = label {
                    o = o.str("v", &l);
                }
                if embedded {
                    o = o.bool("embed", true);
                }
            }
        }
        (o.str("text", &text).done(), is_ref)
    }

    /// The `objects` index a ref to `addr` writes: the first entry stored
    /// for it, or a stub naming the address (the page resolves refs by
    /// address among the step's objects).
    fn obj_index(&mut self, insp: &Inspector, addr: u64, v: &Value, ty: TypeId) -> usize {
        if let Some(&i) = self.first_obj.get(&addr) {
            return i;
        }
        let tn = insp.object(v, ty, 0).map(|o| o.type_name).unwrap_or_default();
        let t = self.s(&tn);
        let sv = self.stub_value();
        let stub = Obj::new().str("kind", "cell").num("type", t).str("addr", &hex(addr)).num("v", sv).done();
        let i = self.objects.intern(stub);
        self.first_obj.insert(addr, i);
        i
    }

    fn stub_value(&mut self) -> usize {
        let t = self.s("");
        self.values.intern(Obj::new().num("t", t).str("v", "").str("text", "").done())
    }

    /// An object as the page draws it (its values interned first).
    fn object_entry(&mut self, insp: &Inspector, o: &ObjectInfo) -> String {
        let tn = self.s(&o.type_name);
        let head = |kind: &str| Obj::new().str("kind", kind).num("type", tn).str("addr", &hex(o.addr));
        match &o.kind {
            ObjectKind::Struct { fields } => {
                let fs: Vec<String> = fields.iter().map(|(n, t, v)| format!("[{},{}]", self.s(n), self.val(insp, v, Some(*t)))).collect();
                head("struct").raw("fields", &arr(fs)).done()
            }
            ObjectKind::Array { elem, elems, total } => {
                let es: Vec<usize> = elems.iter().map(|v| self.val(insp, v, Some(*elem))).collect();
                head("array").raw("elems", &arr(es)).num("more", total - elems.len()).done()
            }
            ObjectKind::Map { key, elem, entries, total } => {
                let es: Vec<String> = entries
                    .iter()
                    .map(|(k, v)| format!("[{},{}]", self.val(insp, k, Some(*key)), self.val(insp, v, Some(*elem))))
                    .collect();
                head("map").raw("entries", &arr(es)).num("more", total - entries.len()).done()
            }
            ObjectKind::Cell { elem, value } => {
                let v = self.val(insp, value, Some(*elem));
                head("cell").num("v", v).done()
            }
            ObjectKind::Func { name, captures } => {
                let cs: Vec<String> = captures
                    .iter()
                    .enumerate()
                    .map(|(i, v)| format!("[{},{}]", self.s(&format!("c{i}")), self.val(insp, v, None)))
                    .collect();
                let f = self.s(name);
                head("func").num("fn", f).raw("captures", &arr(cs)).done()
            }
            ObjectKind::Chan(c) => {
                let ci = self.chan_entry(insp, c, &o.type_name);
                head("chan").num("chan", ci).done()
            }
        }
    }

    fn chan_entry(&mut self, insp: &Inspector, c: &runtime::inspect::ChanInfo, ty: &str) -> usize {
        let tt = &insp.program().types;
        let elem = (0..tt.len() as u32).map(TypeId).find(|&t| tt.name(t) == ty).and_then(|t| tt.elem(t));
        let buf: Vec<usize> = c.buf.iter().map(|v| self.val(insp, v, elem)).collect();
        let sendq: Vec<String> = c.sendq.iter().map(|(g, v)| format!("{{\"g\":{g},\"v\":{}}}", self.val(insp, v, elem))).collect();
        let t = self.s(ty);
        let e = Obj::new()
            .str("addr", &hex(c.addr))
            .num("type", t)
            .num("cap", c.cap)
            .raw("buf", &arr(buf))
            .bool("closed", c.closed)
            .raw("recvq", &arr(&c.recvq))
            .raw("sendq", &arr(sendq))
            .done();
        let i = self.chans.intern(e);
        self.first_chan.entry(c.addr).or_insert(i);
        i
    }

    // ------------------------------------------------------------------
    // a step

    /// The objects reachable from `roots`, children before parents (so a
    /// parent's values find their children's indices), each once.
    fn reachable(&self, insp: &Inspector, roots: Vec<(Value, TypeId)>) -> Vec<ObjectInfo> {
        let mut seen: HashSet<u64> = HashSet::new();
        let mut order: Vec<ObjectInfo> = Vec::new();
        // Depth-first, post-order, iterative.
        let mut stack: Vec<(Value, TypeId, bool)> = roots.into_iter().rev().map(|(v, t)| (v, t, false)).collect();
        let mut pending: Vec<ObjectInfo> = Vec::new();
        while let Some((v, ty, done)) = stack.pop() {
            if done {
                if let Some(o) = pending.pop() {
                    order.push(o);
                }
                continue;
            }
            let Shape::Ref { obj, .. } = insp.shape(&v, ty, RenderOpts::SHORT) else { continue };
            if seen.len() > 4096 || !seen.insert(obj.addr) {
                continue;
            }
            let Some(mut o) = insp.object(&v, ty, self.opts.max_elems) else { continue };
            // A standard-library struct (sync.WaitGroup, time.Time) is drawn
            // as a closed box: its fields are the library's business.
            if matches!(o.kind, ObjectKind::Struct { .. }) && is_lib_type(&o.type_name) {
                o.kind = ObjectKind::Struct { fields: Vec::new() };
            }
            let children: Vec<(Value, TypeId)> = match &o.kind {
                ObjectKind::Struct { fields } => fields.iter().map(|(_, t, v)| (v.clone(), *t)).collect(),
                ObjectKind::Array { elem, elems, .. } => elems.iter().map(|v| (v.clone(), *elem)).collect(),
                ObjectKind::Map { key, elem, entries, .. } => {
                    entries.iter().flat_map(|(k, v)| [(k.clone(), *key), (v.clone(), *elem)]).collect()
                }
                ObjectKind::Cell { elem, value } => vec![(value.clone(), *elem)],
                ObjectKind::Func { captures, .. } => captures.iter().map(|v| (v.clone(), dyn_type(v))).collect(),
                ObjectKind::Chan(c) => c.buf.iter().chain(c.sendq.iter().map(|(_, v)| v)).map(|v| (v.clone(), dyn_type(v))).collect(),
            };
            pending.push(o);
            stack.push((Value::Nil, ty, true));
            for (cv, ct) in children.into_iter().rev() {
                stack.push((cv, ct, false));
            }
        }
        order
    }

    /// Records the state now as one step.
    ///
    /// A statement step of the goroutine the last full step was taken on,
    /// with nothing marked `dirty` since and the same frames, differs from
    /// that step only in the top frame (its pc and registers): it is
    /// recorded as a delta, `"state"` (the full step's state) plus `"top"`
    /// (the new top frame), unless a variable of that frame that points
    /// at an object changed (which can change the state's object list).
    fn snapshot(&mut self, vm: &Vm, gi: usize, kind: &str, ev: Option<&str>, say: String, exact: bool) {
        let say = self.s(&say);
        self.snapshot_at(vm, gi, kind, ev, say, exact);
    }

    /// [`Self::snapshot`] with the narration already in `strings`.
    fn snapshot_at(&mut self, vm: &Vm, gi: usize, kind: &str, ev: Option<&str>, say: usize, exact: bool) {
        if self.nsteps >= self.opts.max_record {
            self.truncated = true;
            return;
        }
        let insp = vm.inspect();
        let goid = insp.goid(gi);
        let nframes = insp.nframes(gi);
        let top_func = vm.gs[gi].frames.last().map(|f| f.func);
        let mut delta = None;
        if let (true, false, false, Some(b), Some(func)) = (exact, self.dirty, self.opts.full_steps, &self.base, top_func) {
            if b.gi == gi && b.goid == goid && b.nframes == nframes && b.func == func && nframes > 0 {
                let state = b.state;
                delta = self.top_delta(vm, gi).map(|top| (state, top));
            }
        }
        let (state, top) = match delta {
            Some((state, top)) => {
                if self.opts.verify && self.verify_err.is_none() {
                    self.verify(&insp, gi, ev, state, &top);
                }
                (state, Some(top))
            }
            None => {
                let state = self.full_state(&insp, gi, ev, exact);
                self.base = match (exact, top_func, self.exact_top.take()) {
                    (true, Some(func), Some((_, top_refs))) => Some(Base { state, gi, goid, nframes, func, top_refs, tmpl: None }),
                    _ => None,
                };
                self.last_vals.clear();
                (state, None)
            }
        };
        self.dirty = false;
        let (file, line, lib) = match (exact, vm.gs[gi].frames.last()) {
            (true, Some(f)) => {
                let proto = &vm.prog.funcs[f.func as usize];
                (proto.file, self.pc_info(vm, f.func, f.pc).line, insp.file_is_lib(proto.file))
            }
            _ => insp.top_frame(gi, exact).map(|f| (f.file, f.line, f.lib)).unwrap_or((0, 0, false)),
        };
        if file != self.last_file {
            self.used_files.insert(file);
            self.last_file = file;
        }
        // The step, written straight into the steps array.
        let out = self.out.len();
        let here = (state, goid, file, lib, out);
        let compact = match &top {
            Some(Top::Patch { f, pc }) if ev.is_none() && kind == "stmt" && self.prev_step == Some(here) => {
                let key = (*f, *pc, say);
                let func = vm.gs[gi].frames.last().map_or(0, |fr| fr.func);
                let cached = self.pc_info(vm, func, *pc).spot;
                Some(match cached.filter(|&(t, _)| t == *f).map(|(_, i)| i).or_else(|| self.spot_ix.get(&key).copied()) {
                    Some(i) => {
                        self.pc_info(vm, func, *pc).spot = Some((*f, i));
                        i
                    }
                    None => {
                        let mut e = String::from("[");
                        for (i, n) in [*f as i64, *pc as i64, line as i64, say as i64].into_iter().enumerate() {
                            if i > 0 {
                                e.push(',');
                            }
                            num(&mut e, n);
                        }
                        e.push(']');
                        let i = self.spots.intern(e);
                        self.spot_ix.insert(key, i);
                        i
                    }
                })
            }
            _ => None,
        };
        self.prev_step = Some(here);
        if let Some(spot) = compact {
            let vals = std::mem::take(&mut self.delta_vals);
            let in_run = self.run_step(spot, &vals);
            self.delta_vals = vals;
            match (in_run, &top, top_func, self.opts.verify, &mut self.fast) {
                (true, Some(Top::Patch { f, .. }), Some(func), false, fast) => match fast {
                    Some(k) if k.state == state && k.gi == gi && k.nframes == nframes && k.func == func => {
                        if !k.tmpls.contains(f) {
                            k.tmpls.push(*f);
                        }
                    }
                    _ => *fast = Some(FastKey { state, gi, nframes, func, tmpls: vec![*f] }),
                },
                _ => self.fast = None,
            }
            if in_run {
                self.nsteps += 1;
                self.out.seal();
                self.last_goid = goid;
                return;
            }
        }
        self.fast = None;
        self.end_run();
        let o = &mut self.steps;
        if self.elems > 0 {
            o.push(',');
        }
        self.elems += 1;
        self.nsteps += 1;
        if let (Some(spot), Some(Top::Patch { .. })) = (compact, &top) {
            // A compact delta step: `[spot, vals...]`.
            o.push('[');
            num(o, spot as i64);
            for &v in &self.delta_vals {
                o.push(',');
                v.write(o);
            }
            o.push(']');
            self.out.seal();
            self.last_goid = goid;
            return;
        }
        o.push_str("{\"state\":");
        num(o, state as i64);
        match top {
            Some(Top::Frame(f)) => {
                o.push_str(",\"top\":");
                num(o, f as i64);
            }
            Some(Top::Patch { f, pc }) => {
                let vals = &self.delta_vals;
                o.push_str(",\"top\":{\"f\":");
                num(o, f as i64);
                o.push_str(",\"pc\":");
                num(o, pc as i64);
                o.push_str(",\"vals\":[");
                for (i, &v) in vals.iter().enumerate() {
                    if i > 0 {
                        o.push(',');
                    }
                    v.write(o);
                }
                o.push_str("]}");
            }
            None => {}
        }
        o.push_str(",\"g\":");
        num(o, goid as i64);
        o.push_str(",\"file\":");
        num(o, file as i64);
        o.push_str(",\"line\":");
        num(o, line as i64);
        o.push_str(",\"kind\":\"");
        o.push_str(kind);
        o.push_str(if lib { "\",\"lib\":true,\"say\":" } else { "\",\"lib\":false,\"say\":" });
        num(o, say as i64);
        o.push_str(",\"out\":");
        num(o, out as i64);
        if let Some(ev) = ev {
            o.push_str(",\"ev\":\"");
            o.push_str(ev);
            o.push('"');
        }
        o.push('}');
        self.out.seal();
        self.last_goid = goid;
    }

    /// Takes the commonest step the short way: a compact delta step on the
    /// base step whose variables are all integers in registers, at a pc
    /// where a compact step of this activation was already written (its
    /// spot and template known). It writes what `snapshot_at` would write,
    /// without its lookups; false leaves the step to it.
    fn fast_delta(&mut self, vm: &Vm, gi: usize) -> bool {
        if self.dirty || self.opts.full_steps || self.opts.verify || self.opts.no_short || self.nsteps >= self.opts.max_record {
            return false;
        }
        // The last step was a compact one of this activation (`fast`), and
        // nothing but its registers changed since.
        let Some(k) = &self.fast else { return false };
        let g = &vm.gs[gi];
        let Some(f) = g.frames.last() else { return false };
        if k.gi != gi || k.nframes != g.frames.len() || k.func != f.func || vm.prog.funcs[f.func as usize].open_defers != 0 {
            return false;
        }
        let Some(Some(t)) = self.pcs.get(f.func as usize) else { return false };
        let Some(pi) = t.get(f.pc as usize) else { return false };
        let (Some(layout), Some((tf, spot))) = (&pi.layout, pi.spot) else { return false };
        let Some(int_slots) = &layout.int_slots else { return false };
        if !k.tmpls.contains(&tf) || int_slots.len() > 8 {
            return false;
        }
        let Some(slots) = g.stack.segs.get(f.seg as usize).map(|s| &s.slots) else { return false };
        // The step's bytes: at most 10 for the spot and for each value.
        let mut buf = [0u8; 90];
        let mut at = put_varint(&mut buf, 0, spot as u64);
        for &n in int_slots {
            match slots.get(f.base as usize + n as usize) {
                Some(Value::Int(x)) if x.unsigned_abs() < RUN_INT_LIMIT => at = put_varint(&mut buf, at, zigzag(*x) << 1),
                _ => return false,
            }
        }
        self.run.extend_from_slice(&buf[..at]);
        self.nsteps += 1;
        true
    }

    /// Appends a compact delta step to the run being written; false (and
    /// nothing written) when a value does not fit a run (an integer of
    /// 2^50 or more, which the viewer's numbers could not hold exactly).
    fn run_step(&mut self, spot: usize, vals: &[Tok]) -> bool {
        if vals.iter().any(|v| matches!(v, Tok::Int(x) if x.unsigned_abs() >= RUN_INT_LIMIT)) {
            return false;
        }
        varint(&mut self.run, spot as u64);
        for v in vals {
            match *v {
                Tok::Int(x) => varint(&mut self.run, zigzag(x) << 1),
                Tok::Ix(i) => varint(&mut self.run, ((i as u64) << 1) | 1),
            }
        }
        true
    }

    /// Writes the run of compact steps so far into the steps array (one
    /// base64 string).
    fn end_run(&mut self) {
        use base64::Engine as _;
        if self.run.is_empty() {
            return;
        }
        if self.elems > 0 {
            self.steps.push(',');
        }
        self.elems += 1;
        self.steps.push('"');
        base64::engine::general_purpose::STANDARD.encode_string(&self.run, &mut self.steps);
        self.steps.push('"');
        self.run.clear();
    }

    /// The whole state now, as a `states` index.
    fn full_state(&mut self, insp: &Inspector, gi: usize, ev: Option<&str>, exact: bool) -> usize {
        // Roots: every variable, deferred argument and panic value.
        let gs = insp.goroutines();
        let mut roots: Vec<(Value, TypeId)> = Vec::new();
        for g in &gs {
            let ex = exact && g.gi == gi;
            for fi in (0..g.nframes).rev() {
                for v in insp.vars(g.gi, fi, ex) {
                    roots.push((v.value, v.ty));
                }
            }
            for d in insp.defer_chain(g.gi) {
                roots.extend(d.call.args.iter().map(|a| (a.clone(), dyn_type(a))));
            }
            for p in insp.panic_chain(g.gi) {
                roots.push((p.arg.clone(), TypeId::ANY));
            }
        }
        for v in insp.globals() {
            roots.push((v.value, v.ty));
        }
        let objs = self.reachable(insp, roots);
        let mut obj_ix = Vec::new();
        let mut chan_ix = Vec::new();
        for o in &objs {
            let e = self.object_entry(insp, o);
            let i = self.objects.intern(e);
            self.first_obj.entry(o.addr).or_insert(i);
            obj_ix.push(i);
            if let ObjectKind::Chan(c) = &o.kind {
                chan_ix.push(self.chan_entry(insp, c, &o.type_name));
            }
        }
        let mut g_ix = Vec::new();
        let mut exact_top = None;
        for g in &gs {
            let ex = exact && g.gi == gi;
            let i = self.goroutine_entry(insp, g.gi, ex, ev);
            if ex {
                exact_top = self.exact_top.take();
            }
            g_ix.push(i);
        }
        self.exact_top = exact_top;
        self.states.intern(Obj::new().raw("gs", &arr(g_ix)).raw("objects", &arr(obj_ix)).raw("chans", &arr(chan_ix)).done())
    }

    /// What a step at `pc` of function `func` needs, from a table per
    /// function built at its first statement (this runs at every one).
    fn pc_info(&mut self, vm: &Vm, func: u32, pc: u32) -> &mut PcInfo {
        let fx = func as usize;
        if self.pcs.len() <= fx {
            self.pcs.resize(fx + 1, None);
        }
        let t = self.pcs[fx].get_or_insert_with(|| {
            let proto = &vm.prog.funcs[fx];
            let mut t: Vec<PcInfo> =
                (0..=proto.code.len() as u32).map(|pc| PcInfo { line: proto.line_at(pc), ..Default::default() }).collect();
            for (k, &pc) in proto.stmts.iter().enumerate() {
                if let Some(e) = t.get_mut(pc as usize) {
                    e.stmt = k as u32 + 1;
                    e.span = (pc, proto.stmt_ends.get(k).copied().unwrap_or(0));
                }
            }
            t.into_boxed_slice()
        });
        let last = t.len() - 1;
        &mut t[(pc as usize).min(last)]
    }

    /// The top frame of goroutine `gi` for a delta step on the base step,
    /// or None if the step must be recorded in full: a variable of the
    /// frame that points at an object is not the one the base step had.
    fn top_delta(&mut self, vm: &Vm, gi: usize) -> Option<Top> {
        let insp = vm.inspect();
        let g = &vm.gs[gi];
        let fi = g.frames.len() - 1;
        let f = &g.frames[fi];
        if vm.prog.funcs[f.func as usize].open_defers != 0 {
            // Open-coded defer slots: the whole frame entry.
            let (fix, refs) = self.frame_entry(&insp, gi, fi, true);
            return (Some(&refs) == self.base.as_ref().map(|b| &b.top_refs)).then_some(Top::Frame(fix));
        }
        let layout = match &self.pc_info(vm, f.func, f.pc).layout {
            Some(l) => l.clone(),
            None => {
                let l = self.layout(&insp, f.func, f.pc);
                self.pc_info(vm, f.func, f.pc).layout = Some(l.clone());
                l
            }
        };
        let mut vals = std::mem::take(&mut self.delta_vals);
        vals.clear();
        let mut nrefs = 0;
        if self.last_vals.len() < layout.vars.len() {
            self.last_vals.resize(layout.vars.len(), None);
        }
        let slots = g.stack.segs.get(f.seg as usize).map_or(&[][..], |s| &s.slots[..]);
        for (k, v) in layout.vars.iter().enumerate() {
            // An integer in a register: written inline, no entry.
            if let (bytecode::VarLoc::Slot(n), false, true) = (v.loc, v.boxed, layout.inline[k]) {
                if let Some(Value::Int(x)) = slots.get(f.base as usize + n as usize) {
                    vals.push(Tok::Int(*x));
                    continue;
                }
            }
            let (value, _) = insp.read_var(gi, fi, v)?;
            if let (Value::Int(n), true) = (&value, layout.inline[k]) {
                vals.push(Tok::Int(*n));
                continue;
            }
            let i = match &self.last_vals[k] {
                Some((ty, last, i)) if *ty == v.ty && same_value(last, &value) => *i,
                _ => {
                    let i = self.val(&insp, &value, Some(v.ty));
                    self.last_vals[k] = Some((v.ty, value, i));
                    i
                }
            };
            if self.val_refs.get(i).copied().unwrap_or(false) {
                let top_refs = &self.base.as_ref()?.top_refs;
                if top_refs.get(nrefs) != Some(&i) {
                    return None;
                }
                nrefs += 1;
            }
            vals.push(Tok::Ix(i));
        }
        self.delta_vals = vals;
        if nrefs != self.base.as_ref()?.top_refs.len() {
            return None;
        }
        let ret = match f.ret {
            runtime::proc::RetTo::Caller { .. } | runtime::proc::RetTo::Spread { .. } => 0,
            runtime::proc::RetTo::DeferReturn => 1,
            runtime::proc::RetTo::Goexit => 2,
            runtime::proc::RetTo::Native | runtime::proc::RetTo::NativeSpread => 3,
            runtime::proc::RetTo::Panic(id) => (id << 3) | if g.panics.iter().any(|p| p.id == id && p.goexit) { 5 } else { 4 },
        };
        let key = (f.func, f.sp, f.fp(vm.prog), u32::from(f.seg), ret, layout.id);
        if let Some((k, t)) = self.last_template {
            if k == key {
                if let Some(b) = &mut self.base {
                    b.tmpl = Some((layout.id, t));
                }
                return Some(Top::Patch { f: t, pc: f.pc });
            }
        }
        match self.templates.get(&key) {
            Some(&t) => {
                self.last_template = Some((key, t));
                if let Some(b) = &mut self.base {
                    b.tmpl = Some((layout.id, t));
                }
                Some(Top::Patch { f: t, pc: f.pc })
            }
            None => {
                let (fix, _) = self.frame_entry(&insp, gi, fi, true);
                self.templates.insert(key, fix);
                Some(Top::Frame(fix))
            }
        }
    }

    /// The variables of function `func` at `pc` (see `Inspector::var_layout`).
    fn layout(&mut self, insp: &Inspector, func: u32, pc: u32) -> Rc<Layout> {
        if let Some(l) = self.layouts.get(&(func, pc)) {
            return l.clone();
        }
        let vars = insp.var_layout(func, pc);
        let names: Vec<(usize, &'static str, u32)> = vars.iter().map(|v| (self.s(&v.name), var_kind(v.kind), v.ty.0)).collect();
        let inline: Vec<bool> = vars.iter().map(|v| self.decimal_type(insp, v.ty).is_some()).collect();
        let n = self.layout_ids.len() as u32;
        let id = *self.layout_ids.entry(names).or_insert(n);
        let name = insp.func_name(func);
        let int_slots = vars
            .iter()
            .zip(&inline)
            .map(|(v, &inl)| match (v.loc, v.boxed, inl) {
                (bytecode::VarLoc::Slot(n), false, true) => Some(n),
                _ => None,
            })
            .collect();
        let l = Rc::new(Layout { vars, inline, int_slots, id, line: insp.line_at(func, pc), pc: format!("{name}+{pc:#x}") });
        self.layouts.insert((func, pc), l.clone());
        l
    }

    /// Checks a delta step (state `base` with `top` as goroutine `gi`'s
    /// innermost frame) against the state recorded in full.
    fn verify(&mut self, insp: &Inspector, gi: usize, ev: Option<&str>, base: usize, top: &Top) {
        let saved = self.exact_top.take();
        let full = self.full_state(insp, gi, ev, true);
        self.exact_top = saved;
        let parse = |t: &Table, i: usize| serde_json::from_str::<serde_json::Value>(&t.items[i]).unwrap_or_default();
        let goid = insp.goid(gi);
        let top_json: serde_json::Value = match top {
            Top::Frame(f) => parse(&self.frames, *f),
            Top::Patch { f, pc } => {
                let vals = self.delta_vals.clone();
                let mut t = parse(&self.frames, *f);
                let layout = self.layout(insp, insp.top_frame(gi, true).map_or(0, |f| f.func), *pc);
                t["line"] = layout.line.into();
                t["pc"] = layout.pc.clone().into();
                let n = t["vars"].as_array().map_or(0, |v| v.len());
                if n != vals.len() {
                    t["vars"] = serde_json::Value::Null;
                }
                for (i, v) in vals.iter().enumerate().take(n) {
                    let ix = match *v {
                        Tok::Ix(ix) => ix,
                        Tok::Int(k) => {
                            // The inline integer as the viewer expands it
                            // (the template variable's type), against the
                            // entry the full snapshot has for it.
                            let ix = self.val(insp, &Value::Int(k), layout.vars.get(i).map(|v| v.ty));
                            let tv = t["vars"][i]["v"].as_u64().map(|x| parse(&self.values, x as usize)).unwrap_or_default();
                            let want = parse(&self.values, ix);
                            let text = k.to_string();
                            let got = serde_json::json!({"t": tv["t"].clone(), "v": text, "text": text});
                            if want != got {
                                self.verify_err.get_or_insert_with(|| {
                                    format!("step {}: the inline integer {k} expands to {got}, not {want}", self.nsteps + 1)
                                });
                            }
                            ix
                        }
                    };
                    t["vars"][i]["v"] = ix.into();
                }
                t
            }
        };
        let resolve = |state: usize, patch: Option<&serde_json::Value>| -> serde_json::Value {
            let mut s = parse(&self.states, state);
            let gs: Vec<serde_json::Value> = s["gs"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .map(|g| {
                    let mut g = parse(&self.goroutines, g.as_u64().unwrap_or(0) as usize);
                    if let (Some(p), true) = (patch, g["id"].as_u64() == Some(goid)) {
                        // Frames are compared as entries, not indices.
                        g["frames"][0] = p.clone();
                    }
                    let frames: Vec<serde_json::Value> = g["frames"]
                        .as_array()
                        .cloned()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|f| if f.is_u64() { parse(&self.frames, f.as_u64().unwrap_or(0) as usize) } else { f })
                        .collect();
                    g["frames"] = frames.into();
                    g
                })
                .collect();
            s["gs"] = gs.into();
            s
        };
        let want = resolve(full, None);
        let got = resolve(base, Some(&top_json));
        if want != got {
            self.verify_err = Some(format!("step {}: the delta (state {base}) gives\n{got}\nbut the state is\n{want}", self.nsteps + 1));
        }
    }

    /// Frame `fi` of goroutine `gi` as a `frames` index, and the `values`
    /// indices of its variables that point at objects.
    fn frame_entry(&mut self, insp: &Inspector, gi: usize, fi: usize, exact: bool) -> (usize, Vec<usize>) {
        let fr = insp.frame(gi, fi, exact);
        self.used_files.insert(fr.file);
        let vars = insp.vars(gi, fr.fi, exact);
        let vals: Vec<usize> = vars.iter().map(|v| self.val(insp, &v.value, Some(v.ty))).collect();
        let refs: Vec<usize> = vals.iter().copied().filter(|&v| self.val_refs.get(v).copied().unwrap_or(false)).collect();
        let open = insp.open_defers(gi, fr.fi);
        // A frame whose function, position, registers, variables and
        // open-coded slots are as at an earlier step is that entry
        // (no text is built for it).
        let mut key: Vec<u64> = vec![fr.func as u64, fr.pc as u64, fr.line as u64, fr.sp, fr.fp, fr.seg as u64, fr.lib as u64];
        key.push(match fr.ret {
            FrameRet::Caller => 0,
            FrameRet::DeferReturn => 1,
            FrameRet::Entry => 2,
            FrameRet::Native => 3,
            FrameRet::Panic(id) => 4 | (id << 3),
            FrameRet::Goexit(id) => 5 | (id << 3),
        });
        key.extend(vals.iter().map(|&v| v as u64));
        let cacheable = open.is_none();
        if cacheable {
            if let Some(&i) = self.frame_cache.get(&key) {
                return (i, refs);
            }
        }
        let vars: Vec<String> = vars
            .iter()
            .zip(&vals)
            .map(|(v, &x)| {
                let n = self.s(&v.name);
                Obj::new().num("name", n).str("kind", var_kind(v.kind)).num("v", x).done()
            })
            .collect();
        let name = self.s(&fr.name);
        let mut e = Obj::new()
            .num("fn", name)
            .num("file", fr.file)
            .num("line", fr.line)
            .str("pc", &format!("{}+{:#x}", fr.name, fr.pc))
            .str("sp", &hex(fr.sp))
            .str("fp", &hex(fr.fp))
            .num("seg", fr.seg)
            .bool("lib", fr.lib)
            .str("ret", &fr.ret.word())
            .raw("vars", &arr(vars));
        if let Some(open) = open {
            let slots: Vec<String> = open
                .slots
                .iter()
                .enumerate()
                .map(|(i, s)| match s {
                    Some(c) => {
                        let args: Vec<usize> = c.args.iter().map(|a| self.val(insp, a, None)).collect();
                        let call = self.s(&debug::render::call_text(insp, c));
                        let f = self.s(&c.func_name);
                        Obj::new().num("call", call).num("fn", f).raw("args", &arr(args)).bool("set", open.bits & (1 << i) != 0).done()
                    }
                    None => {
                        let (call, f) = (self.s("-"), self.s(""));
                        Obj::new().num("call", call).num("fn", f).raw("args", "[]").bool("set", false).done()
                    }
                })
                .collect();
            e = e.raw("open", &Obj::new().str("bits", &format!("{:#010b}", open.bits)).raw("slots", &arr(slots)).done());
        }
        let i = self.frames.intern(e.done());
        if cacheable {
            self.frame_cache.insert(key, i);
        }
        (i, refs)
    }

    fn goroutine_entry(&mut self, insp: &Inspector, gi: usize, exact: bool, ev: Option<&str>) -> usize {
        let g = insp.goroutine(gi);
        let nframes = g.nframes;
        // `k` indices count from the innermost frame.
        let inner = |fi: usize| nframes - 1 - fi;
        let mut frames = Vec::new();
        for fi in (0..nframes).rev() {
            let (i, refs) = self.frame_entry(insp, gi, fi, exact);
            if exact && fi + 1 == nframes {
                self.exact_top = Some((i, refs));
            }
            frames.push(i);
        }
        let mut defers = Vec::new();
        for d in insp.defer_chain(gi) {
            let args: Vec<usize> = d.call.args.iter().map(|a| self.val(insp, a, None)).collect();
            let call = self.s(&debug::render::call_text(insp, &d.call));
            let f = self.s(&d.call.func_name);
            let mut e = Obj::new()
                .num("fn", f)
                .raw("args", &arr(args))
                .num("call", call)
                .bool("heap", d.kind == runtime::inspect::DeferKind::Heap)
                .str("sp", &hex(d.sp))
                .str("pc", &format!("{}+{:#x}", insp.func_name(d.func), d.pc))
                .num("line", d.line);
            e = match d.frame {
                Some(fi) => e.num("frame", inner(fi)),
                None => e.raw("frame", "null"),
            };
            defers.push(self.defers.intern(e.done()));
        }
        let mut panics = Vec::new();
        for p in insp.panic_chain(gi) {
            let opt = |x: Option<usize>| x.map(|v| v.to_string()).unwrap_or_else(|| "null".into());
            let mut e = Obj::new()
                .num("id", p.id)
                .str("kind", if p.goexit { "goexit" } else { "panic" })
                .bool("recovered", p.recovered)
                .bool("aborted", p.aborted)
                .bool("repanicked", p.repanicked)
                .raw("frame", &opt((p.frame < nframes).then(|| inner(p.frame))))
                .raw("start", &opt((p.start_frame < nframes).then(|| inner(p.start_frame))))
                .raw("running", &opt(p.running.map(inner)));
            if !p.goexit {
                let v = self.val(insp, &p.arg, Some(TypeId::ANY));
                e = e.num("value", v);
            }
            panics.push(self.panics.intern(e.done()));
        }
        let created_by = match &g.created_by {
            Some(c) => {
                let f = self.s(&c.func);
                Obj::new().num("fn", f).num("file", c.file).num("line", c.line).done()
            }
            None => "null".into(),
        };
        let st = insp.stack(gi);
        let segments: Vec<String> =
            st.segments.iter().map(|s| Obj::new().str("lo", &hex(s.lo)).str("hi", &hex(s.hi)).str("guard", &hex(s.guard)).done()).collect();
        let status = match &g.status {
            Status::Running => "running",
            Status::Runnable => "runnable",
            _ => "waiting",
        };
        let mut e = Obj::new()
            .num("id", g.goid)
            .str("status", status)
            .raw("created_by", &created_by)
            .raw("frames", &arr(frames))
            .raw("defers", &arr(defers))
            .raw("panics", &arr(panics))
            .raw("segments", &arr(segments));
        if let Status::Waiting(w) = &g.status {
            e = e.str("wait", w);
        }
        let seg0 = st.segments.first().map(|s| (s.lo, s.hi));
        let before = match seg0 {
            Some(r) => self.seg0.insert(g.goid, r),
            None => None,
        };
        if ev == Some("copystack") && st.contiguous {
            if let (Some((lo, hi)), Some((flo, fhi))) = (seg0, before) {
                e = e.raw(
                    "moved",
                    &format!("{{\"from\":[{},{}],\"to\":[{},{}]}}", jstr(&hex(flo)), jstr(&hex(fhi)), jstr(&hex(lo)), jstr(&hex(hi))),
                );
            }
        }
        self.goroutines.intern(e.done())
    }

    /// The whole recording as JSON text; `stopped_by` is the limit of the
    /// VM's options that ended the run, if one did.
    fn finish(mut self, prog: &Program, code: i32, stack_model: &str, stopped_by: Option<(runtime::vm::Limit, String)>) -> Recording {
        self.end_run();
        let mut files = Vec::new();
        for (i, f) in prog.files.iter().enumerate() {
            let used = i == 0 || self.used_files.contains(&(i as u32));
            // `[[[cls, text], ...], ...]`, written in place (a few
            // thousand runs for a program that calls into fmt).
            let mut lines = String::from("[");
            if used {
                for (k, runs) in crate::highlight::lines(&f.src).into_iter().enumerate() {
                    lines.push_str(if k > 0 { ",[" } else { "[" });
                    for (j, (c, t)) in runs.into_iter().enumerate() {
                        lines.push_str(if j > 0 { ",[" } else { "[" });
                        jstr_into(&mut lines, c);
                        lines.push(',');
                        jstr_into(&mut lines, &t);
                        lines.push(']');
                    }
                    lines.push(']');
                }
            }
            lines.push(']');
            let name = runtime::inspect::file_display_name(prog, i as u32);
            files.push(Obj::new().str("name", &name).str("path", &f.name).bool("lib", f.lib).raw("lines", &lines).done());
        }
        let log = self.out.0.borrow();
        let output: Vec<String> = log.chunks.iter().map(|(s, t)| format!("[{},{}]", jstr(s), jstr(t))).collect();
        let (why, say) = if log.over {
            ("limit", format!("the program wrote more than {} bytes of output and was stopped (--max-output)", log.limit))
        } else if let Some((limit, amount)) = stopped_by {
            let say = match limit {
                runtime::vm::Limit::Steps => format!("the program ran past the limit of {amount} steps and was stopped (--max-steps)"),
                runtime::vm::Limit::Wall => {
                    format!("the program ran for longer than {amount} and was stopped (--max-wall): does it loop forever?")
                }
            };
            ("limit", say)
        } else {
            end_words(code, self.truncated, self.end_why, self.end_say.clone())
        };
        drop(log);
        let mut json = String::with_capacity(1 << 20);
        json.push_str("{\"format\":\"gostack-recording\",\"version\":1,\"gostack\":");
        json.push_str(&jstr(env!("CARGO_PKG_VERSION")));
        json.push_str(",\"files\":");
        json.push_str(&arr(files));
        for (name, t) in [
            ("strings", &self.strings),
            ("values", &self.values),
            ("objects", &self.objects),
            ("frames", &self.frames),
            ("defers", &self.defers),
            ("panics", &self.panics),
            ("goroutines", &self.goroutines),
            ("chans", &self.chans),
            ("states", &self.states),
            ("spots", &self.spots),
        ] {
            json.push_str(&format!(",\"{name}\":"));
            t.write(&mut json);
        }
        json.push_str(",\"steps\":[");
        json.push_str(&self.steps);
        json.push(']');
        json.push_str(",\"output\":");
        json.push_str(&arr(output));
        json.push_str(",\"end\":");
        json.push_str(&Obj::new().num("code", code).str("why", why).str("say", &say).done());
        json.push_str(&format!(
            ",\"truncated\":{},\"max_record\":{},\"stack_model\":{}}}",
            self.truncated,
            self.opts.max_record,
            jstr(stack_model)
        ));
        Recording { json, steps: self.nsteps, truncated: self.truncated, code }
    }
}

/// Rewrites the compact delta steps of a recording (`[spot, vals...]`,
/// docs/recording-format.md, "Compact steps") as the step objects they
/// stand for, for readers that look at a step's fields (`--svg`, tests).
pub fn expand_steps(rec: &mut serde_json::Value) {
    use base64::Engine as _;
    let spots = rec["spots"].as_array().cloned().unwrap_or_default();
    let nvars: Vec<usize> = spots
        .iter()
        .map(|sp| rec["frames"][sp[0].as_u64().unwrap_or(u64::MAX) as usize]["vars"].as_array().map_or(0, |v| v.len()))
        .collect();
    let Some(steps) = rec.get_mut("steps").and_then(|s| s.as_array_mut()) else { return };
    let mut out: Vec<serde_json::Value> = Vec::with_capacity(steps.len());
    for s in std::mem::take(steps) {
        // The compact steps this element stands for: (spot, values).
        let compact: Vec<(usize, Vec<serde_json::Value>)> = match &s {
            serde_json::Value::Array(a) => match a.first().and_then(|x| x.as_u64()) {
                Some(sp) if (sp as usize) < spots.len() => vec![(sp as usize, a[1..].to_vec())],
                _ => Vec::new(),
            },
            serde_json::Value::String(b64) => {
                let bytes = base64::engine::general_purpose::STANDARD.decode(b64).unwrap_or_default();
                decode_run(&bytes, &nvars).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        let prev = out.last().filter(|p| p.is_object()).cloned();
        let (Some(prev), false) = (prev, compact.is_empty()) else {
            out.push(s);
            continue;
        };
        let mut prev = prev;
        for (sp, vals) in compact {
            let spot = &spots[sp];
            let step = serde_json::json!({
                "state": prev["state"], "g": prev["g"], "file": prev["file"], "lib": prev["lib"], "out": prev["out"],
                "kind": "stmt", "line": spot[2], "say": spot[3],
                "top": { "f": spot[0], "pc": spot[1], "vals": vals },
            });
            out.push(step.clone());
            prev = step;
        }
    }
    *steps = out;
}

/// The steps of one run of compact steps: per step a varint spot, then per
/// variable of the spot's template a varint, `zigzag(n) << 1` for an inline
/// integer `n`, `i << 1 | 1` for `values` index `i`. None if malformed.
fn decode_run(bytes: &[u8], nvars: &[usize]) -> Option<Vec<(usize, Vec<serde_json::Value>)>> {
    let mut at = 0;
    let mut next = || -> Option<u64> {
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *bytes.get(at)?;
            at += 1;
            x |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(x);
            }
        }
        None
    };
    let mut steps = Vec::new();
    while let Some(sp) = next() {
        let n = *nvars.get(sp as usize)?;
        let mut vals = Vec::with_capacity(n);
        for _ in 0..n {
            let t = next()?;
            vals.push(if t & 1 == 1 {
                serde_json::Value::from(t >> 1)
            } else {
                let z = t >> 1;
                let v = ((z >> 1) as i64) ^ -((z & 1) as i64);
                serde_json::Value::from(v.to_string())
            });
        }
        steps.push((sp as usize, vals));
    }
    Some(steps)
}

/// A finished recording: the JSON document and facts about it.
#[derive(Clone, Debug)]
pub struct Recording {
    /// The document of docs/recording-format.md (every `<` escaped).
    pub json: String,
    pub steps: usize,
    pub truncated: bool,
    /// The program's exit status (2 when the recording cut it).
    pub code: i32,
}

/// How a run ended, in the page's words.
fn end_words(code: i32, truncated: bool, why: Option<&'static str>, say: Option<String>) -> (&'static str, String) {
    if truncated {
        return ("limit", "the recording stopped here: the program ran past the step limit (--max-record)".into());
    }
    match (why, code) {
        (Some(w), _) => (w, say.unwrap_or_default()),
        (None, 0) => ("ok", "the program finished: main.main returned".into()),
        (None, c) => ("exit", format!("the program called os.Exit({c})")),
    }
}

/// Whether a named type belongs to a standard-library package
/// (`sync.WaitGroup`; not `main.P`, not `[]int`).
fn is_lib_type(name: &str) -> bool {
    let head = name.trim_start_matches('*');
    head.starts_with(|c: char| c.is_ascii_lowercase())
        && head.contains('.')
        && !head.starts_with("main.")
        && !head.contains(['[', ' ', '('])
}

/// The entry of an integer shown as a plain decimal (as `val_entry`
/// writes it).
fn int_entry(t: usize, n: i64) -> String {
    let mut o = String::with_capacity(48);
    o.push_str("{\"t\":");
    num(&mut o, t as i64);
    o.push_str(",\"v\":\"");
    let at = o.len();
    num(&mut o, n);
    let digits = o[at..].to_string();
    o.push_str("\",\"text\":\"");
    o.push_str(&digits);
    o.push_str("\"}");
    o
}

/// Integers in runs of compact steps are below this in magnitude, so that
/// their encoding (`zigzag(n) << 1`) stays below 2^53 and a JavaScript
/// number holds it exactly.
const RUN_INT_LIMIT: u64 = 1 << 50;

/// Appends `x` as a LEB128 varint (7 bits a byte, low bits first, the high
/// bit set on every byte but the last).
fn varint(o: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        o.push((x as u8) | 0x80);
        x >>= 7;
    }
    o.push(x as u8);
}

/// Writes `x` as a varint at `buf[at..]`, answering the end (`buf` has
/// room for 10 bytes from `at`).
#[inline(always)]
fn put_varint(buf: &mut [u8], mut at: usize, mut x: u64) -> usize {
    while x >= 0x80 {
        buf[at] = (x as u8) | 0x80;
        x >>= 7;
        at += 1;
    }
    buf[at] = x as u8;
    at + 1
}

/// Zigzag encoding: 0, -1, 1, -2, ... as 0, 1, 2, 3, ...
fn zigzag(n: i64) -> u64 {
    ((n << 1) ^ (n >> 63)) as u64
}

/// Appends `n` in decimal (the recorder writes millions of numbers;
/// `core::fmt` costs several times more per number).
fn num(o: &mut String, n: i64) {
    o.push_str(itoa::Buffer::new().format(n));
}

/// The `kind` word of a variable.
fn var_kind(k: bytecode::VarKind) -> &'static str {
    match k {
        bytecode::VarKind::Param => "param",
        bytecode::VarKind::Result => "result",
        _ => "local",
    }
}

/// Whether two raw values are the same value without looking further than
/// the value itself: equal scalars and strings, or the same object (which
/// shows the same as long as the heap is untouched: delta steps only).
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Complex(a, b), Value::Complex(c, d)) => a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits(),
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::Map(x), Value::Map(y)) => Rc::ptr_eq(x, y),
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        (Value::Iface(x), Value::Iface(y)) => Rc::ptr_eq(x, y),
        (Value::Chan(x), Value::Chan(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// A type to show a value of unknown static type with.
fn dyn_type(v: &Value) -> TypeId {
    match v {
        Value::Int(_) => TypeId::INT,
        Value::Float(_) => TypeId::FLOAT64,
        Value::Str(_) => TypeId::STRING,
        Value::Bool(_) => TypeId::BOOL,
        Value::Complex(..) => TypeId::COMPLEX128,
        _ => TypeId::ANY,
    }
}

fn hex(x: u64) -> String {
    format!("{x:#x}")
}

/// The event steps and their names in the recording.
fn event_name(insp: &Inspector, gi: usize, ev: &Event) -> Option<&'static str> {
    Some(match ev {
        Event::DeferPushed { .. } => "defer.push",
        Event::DeferCall { .. } => "defer.run",
        Event::Return { ret, .. } => match insp.ret_kind(gi, *ret) {
            FrameRet::DeferReturn | FrameRet::Panic(_) | FrameRet::Goexit(_) => "defer.done",
            _ => return None,
        },
        Event::Panic { .. } => "panic",
        Event::Goexit { .. } => "goexit",
        Event::Recover { accepted: true } => "recover.accept",
        Event::Recover { accepted: false } => "recover.refuse",
        Event::Unwind { .. } => "unwind",
        Event::Recovery { .. } => "recovery",
        Event::GoCreate { .. } => "go.create",
        Event::GoStop { flow: Flow::Block } => "go.block",
        Event::GoStop { flow: Flow::Dead } => "go.exit",
        Event::GoStop { flow: Flow::Exit(_) } => "exit",
        Event::Morestack { .. } => "morestack",
        Event::Copystack => "copystack",
        Event::FatalPanic | Event::Fatal { .. } => "fatal",
        _ => return None,
    })
}

/// The recording hook, borrowed for one run.
struct Hooked<'r, 'o>(&'r mut Recorder<'o>);

impl Hooked<'_, '_> {
    /// Takes a step if the instruction about to run starts a statement.
    fn statement(&mut self, vm: &Vm, gi: usize) -> Control {
        let r = &mut *self.0;
        if r.truncated || r.out.over() {
            return Control::Exit(2);
        }
        let g = &vm.gs[gi];
        let Some(f) = g.frames.last() else { return Control::Continue };
        let goid = g.goid;
        let here = (g.frames.len(), f.pc);
        let proto = &vm.prog.funcs[f.func as usize];
        let retried = !r.blocked.is_empty() && r.blocked.remove(&goid) == Some(here);
        if retried || f.returning || proto.wrapper {
            return Control::Continue;
        }
        let pi = r.pc_info(vm, f.func, f.pc);
        if pi.stmt == 0 {
            return Control::Continue;
        }
        let cached_say = pi.say;
        // Control came from inside the statement (a loop jumping back to
        // its own head): the same statement goes on.
        let prev = vm.step_prev;
        if prev != u32::MAX && pi.span.0 <= prev && prev < pi.span.1 {
            return Control::Continue;
        }
        let insp = vm.inspect();
        if goid != r.last_goid && r.last_goid != 0 {
            let say = format!("the scheduler switches to goroutine {goid}");
            r.snapshot(vm, gi, "event", Some("go.switch"), say, true);
        }
        // narrate_step says the function, the line and its text.
        let say = match cached_say {
            Some(i) => i,
            None => {
                let line = proto.line_at(f.pc);
                let i = match r.says.get(&(f.func, line)) {
                    Some(&i) => i,
                    None => {
                        let say = debug::narrate::narrate_step(&insp, gi).unwrap_or_default();
                        let i = r.s(&say);
                        r.says.insert((f.func, line), i);
                        i
                    }
                };
                r.pc_info(vm, f.func, f.pc).say = Some(i);
                i
            }
        };
        if !r.fast_delta(vm, gi) {
            r.snapshot_at(vm, gi, "stmt", None, say, true);
        }
        Control::Continue
    }
}

impl Hook for Hooked<'_, '_> {
    fn wants_step(&self) -> bool {
        true
    }

    /// `step` runs at statement starts only; the instructions that can
    /// change more than their frame's registers mark the state dirty
    /// (`Vm::step_dirty`), which decides whether a step may be a delta.
    fn step_marks(&self, prog: &Program) -> Option<Vec<Box<[u8]>>> {
        use runtime::hook::{MARK_DIRTY, MARK_STEP};
        let marks = prog
            .funcs
            .iter()
            .map(|f| {
                let mut m: Vec<u8> =
                    f.code.iter().map(|op| if self.0.opts.trust_every_op || writes_only_registers(op) { 0 } else { MARK_DIRTY }).collect();
                if !f.wrapper {
                    for &pc in &f.stmts {
                        if let Some(b) = m.get_mut(pc as usize) {
                            *b |= MARK_STEP;
                        }
                    }
                }
                m.into_boxed_slice()
            })
            .collect();
        Some(marks)
    }

    /// The commonest statement step of a loop, without the VM saving its
    /// state: what `step` would do when it would take `fast_delta`'s way
    /// (or find no step to take), with the same checks in the same order,
    /// from the frame and registers the VM passes. Anything else is left
    /// to `step` (false). `crates/show/tests/record_all.rs` checks that
    /// recordings made with and without it are the same bytes.
    fn step_quick(&mut self, q: &QuickStep) -> bool {
        let r = &mut *self.0;
        // As `step` and `statement`: a dirty state, a cut recording, a
        // blocked goroutine's retry, a frame running its deferred calls and
        // open-coded defers all go the long way.
        let f = q.frame;
        if q.dirty || r.dirty || r.truncated || r.opts.no_short || r.out.over() || !r.blocked.is_empty() || f.returning || q.open_defers {
            return false;
        }
        // The last step was a compact one of this activation (`fast`).
        let Some(k) = &r.fast else { return false };
        if k.gi != q.gi || k.nframes != q.depth || k.func != f.func {
            return false;
        }
        let Some(Some(t)) = r.pcs.get(f.func as usize) else { return false };
        let Some(pi) = t.get(q.pc as usize) else { return false };
        if pi.stmt == 0 {
            return false;
        }
        if q.prev != u32::MAX && pi.span.0 <= q.prev && q.prev < pi.span.1 {
            // The same statement goes on (see `statement`).
            return true;
        }
        if pi.say.is_none() || r.nsteps >= r.opts.max_record {
            return false;
        }
        // `fast_delta`, from the registers the VM holds.
        let (Some(layout), Some((tf, spot))) = (&pi.layout, pi.spot) else { return false };
        let Some(int_slots) = &layout.int_slots else { return false };
        if int_slots.len() > 8 || !k.tmpls.contains(&tf) {
            return false;
        }
        let mut buf = [0u8; 90];
        let mut at = put_varint(&mut buf, 0, spot as u64);
        for &n in int_slots {
            match q.regs.get(n as usize) {
                Some(Value::Int(x)) if x.unsigned_abs() < RUN_INT_LIMIT => at = put_varint(&mut buf, at, zigzag(*x) << 1),
                _ => return false,
            }
        }
        r.run.extend_from_slice(&buf[..at]);
        r.nsteps += 1;
        true
    }

    fn step(&mut self, vm: &Vm, gi: usize) -> Control {
        // Instructions since the last call changed more than registers.
        if vm.step_dirty {
            self.0.dirty = true;
        }
        self.statement(vm, gi)
    }

    fn event(&mut self, vm: &Vm, gi: usize, ev: &Event) -> Control {
        let r = &mut *self.0;
        r.dirty = true;
        let insp = vm.inspect();
        let goid = insp.goid(gi);
        match ev {
            Event::GoStop { flow: Flow::Block } => {
                if let Some(top) = insp.top_frame(gi, true) {
                    r.blocked.insert(goid, (insp.nframes(gi), top.pc));
                }
            }
            Event::Fatal { msg } => {
                r.end_why = Some(if msg.contains("deadlock") { "deadlock" } else { "fatal" });
                r.end_say =
                    debug::narrate::narrate(&insp, gi, ev).or_else(|| Some(format!("fatal error: {msg}: the runtime ends the program")));
            }
            Event::FatalPanic => {
                r.end_why = Some("panic");
                r.end_say = debug::narrate::narrate(&insp, gi, ev);
            }
            _ => {}
        }
        if r.out.over() {
            return Control::Exit(2);
        }
        if r.truncated {
            return Control::Continue;
        }
        if let Some(name) = event_name(&insp, gi, ev) {
            // Returned calls and dead goroutines have no frame to show.
            if insp.goroutine(gi).nframes > 0 || matches!(name, "go.exit" | "exit" | "fatal") {
                let say = debug::narrate::narrate(&insp, gi, ev).unwrap_or_else(|| match ev {
                    Event::Return { func, .. } => format!("the deferred call {} returns", insp.func_name(*func)),
                    _ => String::new(),
                });
                r.snapshot(vm, gi, "event", Some(name), say, false);
            }
        }
        // An event changes more than registers (or is about to).
        r.dirty = true;
        Control::Continue
    }
}

/// Runs `prog` once and records it. Program output goes into the
/// recording only.
pub fn record(prog: &Program, opts: runtime::Options, ropts: RecordOptions) -> Result<Recording, String> {
    record_echo(prog, opts, ropts, None, None)
}

/// [`record`], also passing the program's stdout and stderr on.
pub fn record_echo(
    prog: &Program,
    opts: runtime::Options,
    ropts: RecordOptions,
    stdout: Option<Box<dyn Write>>,
    stderr: Option<Box<dyn Write>>,
) -> Result<Recording, String> {
    let out = OutputLog::default();
    out.0.borrow_mut().limit = ropts.max_output;
    let stack_model = if opts.stack_mode == runtime::stack::StackMode::Contiguous { "contiguous" } else { "segmented" };
    let mut rec = Recorder::new(ropts, out.clone());
    let code = {
        let o = Tee { log: out.clone(), stream: "stdout", inner: stdout };
        let e = Tee { log: out.clone(), stream: "stderr", inner: stderr };
        let mut vm = Vm::new(prog, opts, Box::new(o), Box::new(e))?;
        vm.set_hook(Box::new(Hooked(&mut rec)));
        let code = vm.run_main();
        vm.flush();
        let stopped = vm.stopped_by.map(|l| {
            let amount = match l {
                runtime::vm::Limit::Steps => vm.opts.max_steps.to_string(),
                runtime::vm::Limit::Wall => runtime::vm::show_duration(vm.opts.max_wall.unwrap_or_default()),
            };
            (l, amount)
        });
        (code, stopped)
    };
    let (code, stopped) = code;
    // The status the process would exit with (os.Exit(-1) is 255).
    let code = if rec.truncated || out.over() { 2 } else { code & 0xff };
    if let Some(e) = rec.verify_err.take() {
        return Err(format!("the recording's delta steps differ from full snapshots: {e}"));
    }
    Ok(rec.finish(prog, code, stack_model, stopped))
}

/// The recording of a program that does not compile: its source and gc's
/// diagnostics (`./prog.go:7:2: message`) at their lines.
pub fn compile_error_recording(name: &str, src: &str, errors: &[String]) -> Recording {
    let base = name.rsplit('/').next().unwrap_or(name);
    let lines: Vec<String> = crate::highlight::lines(src)
        .into_iter()
        .map(|runs| arr(runs.into_iter().map(|(c, t)| format!("[{},{}]", jstr(c), jstr(&t)))))
        .collect();
    let diags: Vec<String> = errors
        .iter()
        .map(|e| {
            let mut parts = e.splitn(4, ':');
            let _file = parts.next();
            let line: Option<u32> = parts.next().and_then(|l| l.trim().parse().ok());
            let col: u32 = parts.next().and_then(|c| c.trim().parse().ok()).unwrap_or(0);
            match line {
                Some(line) => {
                    let msg = parts.next().map(|m| m.trim().to_string()).unwrap_or_default();
                    Obj::new().num("file", 0).num("line", line).num("col", col).str("msg", &msg).done()
                }
                None => Obj::new().num("file", 0).num("line", 0).num("col", 0).str("msg", e).done(),
            }
        })
        .collect();
    let file = Obj::new().str("name", base).str("path", name).bool("lib", false).raw("lines", &arr(lines)).done();
    let json = format!(
        "{{\"format\":\"gostack-recording\",\"version\":1,\"gostack\":{},\"files\":[{file}],\"strings\":[],\"values\":[],\"objects\":[],\"frames\":[],\"defers\":[],\"panics\":[],\"goroutines\":[],\"chans\":[],\"states\":[],\"steps\":[],\"output\":[],\"diagnostics\":{},\"end\":{{\"code\":1,\"why\":\"compile\",\"say\":\"the program does not compile\"}},\"truncated\":false,\"max_record\":0,\"stack_model\":\"segmented\"}}",
        jstr(env!("CARGO_PKG_VERSION")),
        arr(diags)
    );
    Recording { json, steps: 0, truncated: false, code: 1 }
}

#[cfg(test)]
mod tests {
    /// `put_varint` (the short ways' varints) writes the bytes `varint` writes.
    #[test]
    fn put_varint_as_varint() {
        let mut xs: Vec<u64> = (0..300).collect();
        for b in 1..64 {
            xs.extend([(1u64 << b) - 1, 1 << b, (1 << b) + 1, 0x5555_5555_5555_5555 >> (64 - b)]);
        }
        xs.push(u64::MAX);
        for x in xs {
            let mut want = Vec::new();
            super::varint(&mut want, x);
            let mut buf = [0xaau8; 30];
            let end = super::put_varint(&mut buf, 3, x);
            assert_eq!(&buf[3..end], &want[..], "{x:#x}");
            assert_eq!(buf[..3], [0xaa; 3]);
        }
    }
}
