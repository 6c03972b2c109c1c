//! The gostack instruction set: [`Op`], function prototypes with their
//! pc→line tables, and the whole compiled [`Program`].
//!
//! The machine is register based: every operand names a slot of the current
//! frame (`R[x]`), the frame being a window of the goroutine's stack (see the
//! runtime's `stack` module). Calls put their arguments in consecutive slots
//! starting at `base`; the callee's frame begins with those slots (its
//! parameters) and its results are copied back to `R[base..]`.

// `Op`'s docs write registers and elements in the VM's notation (`r[dst] =
// r[src]`), not as rustdoc links.
#![allow(rustdoc::broken_intra_doc_links)]

pub mod liveness;

/// The states of a range-over-func loop, as the compiler stores them in the
/// loop's hidden state variable and passes them to `runtime.panicrangestate`
/// (gc's `abi.RF_*`; READY is 0 here, not gc's 1, so that the variable's zero
/// value is the state a loop starts in).
pub mod range_state {
    /// The body may be called.
    pub const READY: i64 = 0;
    /// The body returned false (a break, a return, a branch out).
    pub const DONE: i64 = 1;
    /// The body is running; if it panics, the loop stays here.
    pub const PANIC: i64 = 2;
    /// The iterator returned: the loop is over.
    pub const EXHAUSTED: i64 = 3;
    /// The iterator returned while a body call had not: it recovered the
    /// body's panic (passed to panicrangestate only, never stored).
    pub const MISSING_PANIC: i64 = 4;
}

pub use types::{TypeId, TypeTable};

/// A frame-relative slot number.
pub type Reg = u16;

/// A constant in the program's pool.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Float(f64),
    Complex(f64, f64),
    Str(Vec<u8>),
}

/// Arithmetic/comparison operators for the generic (dynamically dispatched)
/// forms; the specialised forms name their operator in the opcode.
///
/// A comparison's discriminant is its truth table over the ordering of its
/// operands (bit 0: less, bit 1: equal, bit 2: greater), so the VM
/// evaluates any integer comparison without a branch on the operator; the
/// other operators have those three bits clear.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 8,
    Sub = 16,
    Mul = 24,
    Div = 32,
    Rem = 40,
    And = 48,
    Or = 56,
    Xor = 64,
    AndNot = 72,
    Shl = 80,
    Shr = 88,
    Eq = 0b010,
    Ne = 0b101,
    Lt = 0b001,
    Le = 0b011,
    Gt = 0b100,
    Ge = 0b110,
}

impl BinOp {
    /// The comparison's truth table (bit 0: less, 1: equal, 2: greater);
    /// 0 for the arithmetic operators.
    #[inline(always)]
    pub fn cmp_mask(self) -> u8 {
        self as u8 & 7
    }
}

/// What a `Conv` converts between (by kind of the source and target).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvKind {
    /// Integer to integer of `bits` and signedness (wraps).
    IntToInt {
        bits: u8,
        signed: bool,
    },
    /// Integer (signed or not) to float (`f32` rounds).
    IntToFloat {
        unsigned: bool,
        f32: bool,
    },
    /// Float to integer (truncates toward zero).
    FloatToInt {
        bits: u8,
        signed: bool,
    },
    /// Float to float32 or float64.
    FloatToFloat {
        f32: bool,
    },
    /// Integer (a rune) to string.
    IntToString,
    StringToBytes,
    BytesToString,
    StringToRunes,
    RunesToString,
    /// Real number to complex.
    ToComplex,
    /// Complex to complex64 (`f32`, rounding each part) or complex128.
    ComplexToComplex {
        f32: bool,
    },
}

/// One instruction. `R[x]` is slot x of the current frame, `K[k]` a
/// constant, `T` a type id, `F` a function index.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    /// No operation.
    Nop,
    /// R[dst] := R[src]
    Move { dst: Reg, src: Reg },
    /// R[dst] := copy of R[src] (value copy of a struct or array)
    CopyVal { dst: Reg, src: Reg },
    /// R[dst] := K[k]
    LoadConst { dst: Reg, k: u32 },
    /// R[dst] := v
    LoadInt { dst: Reg, v: i32 },
    /// R[dst] := b
    LoadBool { dst: Reg, v: bool },
    /// R[dst] := nil
    LoadNil { dst: Reg },
    /// R[dst] := zero value of T
    LoadZero { dst: Reg, ty: TypeId },
    /// R[dst] := G[g] (a package-level variable)
    LoadGlobal { dst: Reg, g: u32 },
    /// G[g] := R[src]
    StoreGlobal { g: u32, src: Reg },
    /// R[dst] := pointer to G[g]
    AddrGlobal { dst: Reg, g: u32 },
    /// R[dst] := new heap cell holding the zero value of T (an escaping variable)
    NewCell { dst: Reg, ty: TypeId },
    /// R[dst] := *R[cell]
    LoadCell { dst: Reg, cell: Reg },
    /// *R[cell] := R[src]
    StoreCell { cell: Reg, src: Reg },
    /// R[dst] := the function F as a value
    LoadFunc { dst: Reg, func: u32 },
    /// R[dst] := &R[src] for an addressable variable: a heap cell becomes a
    /// pointer to it, a struct/array object a pointer to the object.
    AddrOf { dst: Reg, src: Reg },
    /// R[dst] := method value binding receiver R[recv] to function F
    BindMethod { dst: Reg, func: u32, recv: Reg },
    /// R[dst] := method value of interface R[recv]'s method K[name]
    /// (panics now if R[recv] is nil, as Go evaluates it at this point)
    BindIfaceMethod { dst: Reg, recv: Reg, name: u32 },
    /// R[dst] := native N as a func value
    LoadNative { dst: Reg, native: u16 },
    /// R[dst] := closure of F capturing R[caps..caps+n]
    MakeClosure { dst: Reg, func: u32, caps: Reg, n: u16 },
    /// R[dst] := captured variable i of the running closure
    LoadCapture { dst: Reg, idx: u16 },
    /// R[dst] := *cell, where captured variable i is a heap cell
    LoadCapCell { dst: Reg, idx: u16 },
    /// *cell := R[src], where captured variable i is a heap cell
    StoreCapCell { idx: u16, src: Reg },

    /// R[dst] := R[a] + R[b] (int64 wrapping)
    AddInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] - R[b]
    SubInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] * R[b]
    MulInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] / R[b] (signed; panics on zero)
    DivInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] % R[b] (signed; panics on zero)
    RemInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] / R[b] (unsigned)
    DivUint { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] % R[b] (unsigned)
    RemUint { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] + imm
    AddIntImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] op R[b] for bitwise/shift operators on integers
    IntBit { op: BinOp, dst: Reg, a: Reg, b: Reg, unsigned: bool, bits: u8 },
    /// R[dst] := -R[a] (int)
    NegInt { dst: Reg, a: Reg },
    /// R[dst] := ^R[a]
    NotBits { dst: Reg, a: Reg },
    /// R[dst] := R[dst] wrapped to `bits` with signedness
    Wrap { dst: Reg, bits: u8, signed: bool },
    /// R[dst] := R[a] cmp R[b] on ints (signed or unsigned)
    CmpInt { op: BinOp, dst: Reg, a: Reg, b: Reg, unsigned: bool },
    /// R[dst] := R[a] op R[b] on float64 (f32 rounds the result)
    ArithFloat { op: BinOp, dst: Reg, a: Reg, b: Reg, f32: bool },
    /// R[dst] := R[a] cmp R[b] on floats
    CmpFloat { op: BinOp, dst: Reg, a: Reg, b: Reg },
    /// R[dst] := -R[a] (float)
    NegFloat { dst: Reg, a: Reg },
    /// R[dst] := R[a] op R[b] on complex numbers
    /// Complex arithmetic; `f32`: complex64, whose parts are float32.
    ArithComplex { op: BinOp, dst: Reg, a: Reg, b: Reg, f32: bool },
    /// R[dst] := R[a] + R[b] (strings)
    Concat { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] cmp R[b] (strings)
    CmpStr { op: BinOp, dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] == R[b] (any comparable values; `ne` negates)
    Equal { dst: Reg, a: Reg, b: Reg, ne: bool },
    /// R[dst] := !R[a]
    Not { dst: Reg, a: Reg },
    /// R[dst] := conv(R[src])
    Conv { dst: Reg, src: Reg, kind: ConvKind },

    /// pc := target
    Jump { target: u32 },
    /// if R[cond] { pc := target }
    JumpIf { cond: Reg, target: u32 },
    /// if !R[cond] { pc := target }
    JumpIfNot { cond: Reg, target: u32 },
    /// if !(R[a] < R[b]) (ints) { pc := target }
    JumpIfNotLtInt { a: Reg, b: Reg, target: u32 },
    /// if !(R[a] op R[b]) (signed ints; op is a comparison) { pc := target }
    JumpIfNotCmpInt { op: BinOp, a: Reg, b: Reg, target: u32 },
    /// if !(R[a] op imm) (signed ints; op is a comparison) { pc := target }
    JumpIfNotCmpIntImm { op: BinOp, a: Reg, imm: i32, target: u32 },
    /// R[dst] := R[a] * imm (int64 wrapping)
    MulIntImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] / imm (signed; imm != 0)
    DivIntImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] % imm (signed; imm != 0)
    RemIntImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] & imm
    AndIntImm { dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] op imm (signed ints; op is a comparison)
    CmpIntImm { op: BinOp, dst: Reg, a: Reg, imm: i32 },
    /// R[dst] := R[a] & R[b] (any integer kind: the result needs no wrapping)
    AndInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] | R[b]
    OrInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] ^ R[b]
    XorInt { dst: Reg, a: Reg, b: Reg },
    /// R[dst] := R[a] &^ R[b]
    AndNotInt { dst: Reg, a: Reg, b: Reg },
    /// R[a] += step; if !(R[a] op imm) { pc := target } (a loop's
    /// increment fused with its rotated back edge; int64 wrapping)
    IncJumpIfNotCmpIntImm { op: BinOp, a: Reg, step: i32, imm: i32, target: u32 },
    /// R[a] += R[step]; if !(R[a] op R[b]) { pc := target }
    AddJumpIfNotCmpInt { op: BinOp, a: Reg, step: Reg, b: Reg, target: u32 },

    /// Call F with arguments at R[base..]; results land at R[base..].
    Call { func: u32, base: Reg },
    /// Call the func value R[callee] with `nargs` arguments at
    /// R[base+1..]; results land at R[base..].
    CallValue { callee: Reg, base: Reg, nargs: u16, nres: u16 },
    /// Call method `name` (K[name] is its name) of the interface value R[base]
    /// with `nargs` arguments after it; results land at R[base..].
    CallIface { base: Reg, name: u32, nargs: u16, nres: u16 },
    /// Call native (Rust) function N with `nargs` arguments at R[base..].
    CallNative { native: u16, base: Reg, nargs: u16 },
    /// Return from the current function: run its deferred calls
    /// (deferreturn), then copy its results to the caller.
    Return,

    /// Register a deferred call of the func value R[func] with arguments
    /// R[base..base+nargs] (already evaluated). `slot` is the open-coded
    /// defer slot, or u16::MAX for a linked `_defer` record.
    Defer { func: Reg, base: Reg, nargs: u16, slot: u16 },
    /// R[dst] := the current frame's sp (identifies it to `DeferAt`).
    LoadFrameSp { dst: Reg },
    /// Register a deferred call of func value R[func] (arguments
    /// R[base..base+nargs]) for the frame whose sp is R[sp]: a `defer` in
    /// a range-over-func loop body belongs to the enclosing function
    /// (Go's deferrangefunc/deferprocat).
    DeferAt { func: Reg, base: Reg, nargs: u16, sp: Reg },
    /// Register a deferred call to native N with arguments R[base..base+nargs].
    DeferNative { native: u16, base: Reg, nargs: u16, slot: u16 },
    /// Start goroutine running func value R[func] with arguments R[base..base+nargs].
    Go { func: Reg, base: Reg, nargs: u16 },
    /// Start goroutine running native N (e.g. a goroutine doing `go println()`).
    GoNative { native: u16, base: Reg, nargs: u16 },
    /// panic(R[src])
    Panic { src: Reg },
    /// R[dst] := recover()
    Recover { dst: Reg },

    /// R[dst] := new zero struct/array of type T (a fresh object)
    New { dst: Reg, ty: TypeId },
    /// R[dst] := R[obj].field[idx] (struct value or pointer to struct)
    GetField { dst: Reg, obj: Reg, idx: u16 },
    /// R[obj].field[idx] := R[src]
    SetField { obj: Reg, idx: u16, src: Reg },
    /// R[dst] := &R[obj].field[idx]
    AddrField { dst: Reg, obj: Reg, idx: u16 },
    /// R[dst] := &R[x][R[i]] (slice or array element)
    AddrIndex { dst: Reg, x: Reg, i: Reg },
    /// R[dst] := *R[ptr]  (copies struct/array values)
    Load { dst: Reg, ptr: Reg },
    /// *R[ptr] := R[src]
    Store { ptr: Reg, src: Reg },
    /// Panics with a nil dereference if R[ptr] is nil.
    NilCheck { ptr: Reg },

    /// R[dst] := make([]T, R[len], R[cap])  (cap == len register when omitted);
    /// `grow`: the `make` of `append(s, make([]T, n)...)`, which gc lowers
    /// to growslice (walk's extendslice), so a length too large for memory
    /// is growslice's panic, not makeslice's.
    MakeSlice { dst: Reg, ty: TypeId, len: Reg, cap: Reg, grow: bool },
    /// R[dst] := slice of R[n] values taken from R[base..base+n], of type T
    SliceLit { dst: Reg, ty: TypeId, base: Reg, n: u16 },
    /// R[dst] := a new struct or array with elements R[base..base+n]
    /// (a literal that gives every field or element); `scalar`: its type
    /// holds nothing the collector traces (`TypeTable::gc_scalar`).
    AggLit { dst: Reg, base: Reg, n: u16, scalar: bool },
    /// R[dst] := R[x][R[i]] (slice, array, string or pointer to array)
    Index { dst: Reg, x: Reg, i: Reg },
    /// R[x][R[i]] := R[src]
    SetIndex { x: Reg, i: Reg, src: Reg },
    /// R[dst] := R[x][R[lo]:R[hi]:R[max]]; a missing bound is u16::MAX
    SliceOf { dst: Reg, x: Reg, lo: Reg, hi: Reg, max: Reg },
    /// R[dst] := len(R[x])
    Len { dst: Reg, x: Reg },
    /// R[dst] := cap(R[x])
    Cap { dst: Reg, x: Reg },
    /// R[dst] := append(R[s], R[base..base+n]...) with element type T
    Append { dst: Reg, s: Reg, base: Reg, n: u16, ty: TypeId },
    /// R[dst] := append(R[s], R[base..base+n]...) for a slice that does not
    /// escape: growing from capacity 0 allocates at least 32 bytes (Go
    /// 1.25+ backs such appends with a 32-byte stack buffer).
    AppendStack { dst: Reg, s: Reg, base: Reg, n: u16, ty: TypeId },
    /// R[dst] := append(R[s], R[other]...)
    AppendSlice { dst: Reg, s: Reg, other: Reg, ty: TypeId },
    /// R[dst] := copy(R[a], R[b])
    CopySlice { dst: Reg, a: Reg, b: Reg },

    /// R[dst] := make(map[K]V) of type T
    MakeMap { dst: Reg, ty: TypeId },
    /// R[dst] := R[m][R[k]]; with `ok`, R[dst+1] := present
    /// `assign`: the read of `m[k] op= v` or `m[k]++`, which gc compiles
    /// to runtime.mapassign (its key errors are the hasher's).
    MapGet { dst: Reg, m: Reg, k: Reg, ok: bool, assign: bool },
    /// R[m][R[k]] := R[src]
    MapSet { m: Reg, k: Reg, src: Reg },
    /// delete(R[m], R[k])
    MapDelete { m: Reg, k: Reg },
    /// clear(R[x])
    Clear { x: Reg },

    /// R[dst] := iterator over R[x] (map, string, slice of keys snapshot)
    RangeInit { dst: Reg, x: Reg },
    /// Advance iterator R[it]: if done pc := target, else R[key], R[val] := next
    RangeNext { it: Reg, key: Reg, val: Reg, target: u32 },

    /// R[dst] := interface value of dynamic type T holding constant K[k]
    /// (`Int` is a bool when T is boolean). Go boxes constants into shared
    /// read-only data, so every evaluation yields the same interface value
    /// (identity matters for re-panic detection).
    IfaceConst { dst: Reg, k: u32, ty: TypeId },
    /// R[dst] := interface value of dynamic type T holding R[src]
    ToIface { dst: Reg, src: Reg, ty: TypeId },
    /// R[dst] := interface value of type T holding R[src], a static composite
    /// literal (all constants): Go puts it in content-addressed read-only
    /// data, so equal contents share one box (re-panic identity).
    ToIfaceStatic { dst: Reg, src: Reg, ty: TypeId },
    /// R[dst] := R[src].(T); T concrete. With `ok`, R[dst+1] := ok
    /// (and no panic). `iface_ty` is the static type (for the message).
    TypeAssert { dst: Reg, src: Reg, ty: TypeId, ok: bool, iface_ty: TypeId },
    /// R[dst] := R[src].(I) for interface type I (method-set check).
    AssertIface { dst: Reg, src: Reg, ty: TypeId, ok: bool, iface_ty: TypeId },
    /// R[dst] := dynamic type of R[src] matches T (for type switches)
    IsType { dst: Reg, src: Reg, ty: TypeId },
    /// R[dst] := R[src] implements interface T
    Implements { dst: Reg, src: Reg, ty: TypeId },
    /// R[dst] := the dynamic value inside interface R[src]
    IfaceData { dst: Reg, src: Reg },

    /// R[dst] := make(chan T, R[size])
    MakeChan { dst: Reg, ty: TypeId, size: Reg },
    /// R[ch] <- R[src]
    Send { ch: Reg, src: Reg },
    /// R[dst] := <-R[ch]; with `ok`, R[dst+1] := ok
    Recv { dst: Reg, ch: Reg, ok: bool },
    /// close(R[ch])
    Close { ch: Reg },
    /// select over `n` cases described at R[base..]: each case is 3 slots
    /// (kind: 0 send / 1 recv, chan, value). R[dst] := chosen index (-1 =
    /// default), R[dst+1] := received value, R[dst+2] := ok.
    Select { dst: Reg, base: Reg, n: u16, has_default: bool },
}

// The loop copies no instruction: it reads fields in place from 16-byte ops.
const _: () = assert!(std::mem::size_of::<Op>() == 16);

/// How a function's deferred calls are implemented, as Go 1.27's compiler
/// would choose (cmd/compile/internal/ssagen `buildssa`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DeferKind {
    /// The function has no defer statements.
    #[default]
    None,
    /// Open-coded: closures in frame slots plus a `deferBits` byte.
    OpenCoded,
    /// `_defer` records on the goroutine's chain (stack- or heap-allocated
    /// per statement).
    Linked,
}

/// A compiled function.
#[derive(Clone, Debug, Default)]
pub struct FuncProto {
    /// Go's name for it: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub code: Vec<Op>,
    /// (pc, line): the line of each instruction from that pc on.
    pub lines: Vec<(u32, u32)>,
    /// Line of the `func` keyword.
    pub line: u32,
    /// Slots the frame needs (params + results + locals + temporaries).
    pub nslots: u16,
    /// Parameter slots (receiver first); results follow them.
    pub nparams: u16,
    pub nresults: u16,
    /// Result slots that hold heap cells (captured named results).
    pub boxed_results: Vec<bool>,
    /// Named aggregate results something else may reach (a closure, a
    /// pointer): the caller gets a copy, taken after the deferred calls.
    /// Empty when there are none.
    pub copy_results: Vec<bool>,
    /// Types of the results (for zero-initialising them).
    pub result_types: Vec<TypeId>,
    /// Types of params (for traceback argument words).
    pub param_types: Vec<TypeId>,
    pub defer_kind: DeferKind,
    /// Number of open-coded defer slots.
    pub open_defers: u16,
    /// A compiler-generated wrapper (hidden in tracebacks unless it panics).
    pub wrapper: bool,
    /// The wrapper gc generates for `go`/`defer` of a builtin
    /// (`main.f.deferwrap1`): in Go a closure without parameters that
    /// captured the arguments, so tracebacks print `()`; hidden unless it
    /// called gopanic itself (`defer panic(v)`).
    pub builtin_wrapper: bool,
    /// True for closures (func literals).
    pub closure: bool,
    /// gc inlines a direct call of this function (the compiler's
    /// `inline.rs`): a frame it called that way prints as `f(...)`, with no
    /// argument words and no pc offset.
    pub inl: bool,
    /// Virtual frame size in bytes (locals as Go would lay them out, plus
    /// the return address and saved frame pointer).
    ///
    /// Divergence: `16 + 8 × slots + aggregate locals` is close to gc's
    /// layout, not equal to it, so the recursion depth at which a stack
    /// overflows differs a little.
    pub frame_size: u32,
    /// pc of the final `Return`: where recovery resumes (Go's deferreturn site).
    pub deferreturn_pc: u32,
    /// Debug table of named variables (see [`LocalVar`]): where each one
    /// lives at every pc. Compiler temporaries are never listed.
    pub locals: Vec<LocalVar>,
    /// Index of the source file in [`Program::files`].
    pub file: u32,
    /// The file a `//line` directive names where the function begins
    /// (relative to the directory of `file`, unless absolute): tracebacks
    /// print it instead.
    pub line_file: Option<String>,
    /// Where a later `//line` directive changes the file in effect within
    /// the function: (first pc, file), sorted by pc.
    pub line_files: Vec<(u32, Option<String>)>,
    /// The pc where each statement begins, in source order (two may
    /// share a pc when the first has no code): a debugger's `next` stops
    /// there and the classroom view records a step there.
    pub stmts: Vec<u32>,
    /// The pc after each statement's code (`stmts[k]..stmt_ends[k]`
    /// holds statement k and the statements nested in it; a loop jumping
    /// back to its head stays inside).
    pub stmt_ends: Vec<u32>,
}

/// What a named variable is to its function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum VarKind {
    Param,
    Result,
    #[default]
    Local,
    /// A variable of an enclosing function that a closure captured.
    Captured,
}

/// Where a variable's value is at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarLoc {
    /// Slot `R[n]` of the frame.
    Slot(Reg),
    /// Captured variable `n` of the running closure.
    Capture(u16),
}

/// One row of a function's debug table: variable `name` of type `ty` is
/// at `loc` while `from <= pc < to`. With `boxed`, the location holds a
/// heap cell (the variable escaped) and the value is the cell's contents.
///
/// Invariant: `from` is the pc after the variable's declaring statement
/// (Go's scope rule: `x := x + 1` still sees the outer `x` on its right),
/// so a variable listed at a pc has been initialised there.
#[derive(Clone, Debug, PartialEq)]
pub struct LocalVar {
    pub name: String,
    pub ty: TypeId,
    pub kind: VarKind,
    pub loc: VarLoc,
    pub boxed: bool,
    pub from: u32,
    pub to: u32,
}

impl LocalVar {
    pub fn live_at(&self, pc: u32) -> bool {
        self.from <= pc && pc < self.to
    }
}

/// A source file of the program: the program's own (file 0) or a
/// standard-library package gostack implements in Go.
#[derive(Clone, Debug, Default)]
pub struct SourceFile {
    /// The name a traceback prints (`prog.go`, `$GOROOT/src/errors/errors.go`).
    pub name: String,
    pub src: String,
    /// A standard-library file (hidden by "my code only" views).
    pub lib: bool,
}

impl FuncProto {
    /// Source line of the instruction at `pc`.
    /// The `//line` file in effect at `pc` (see `line_file`).
    pub fn line_file_at(&self, pc: u32) -> Option<&str> {
        match self.line_files.partition_point(|(p, _)| *p <= pc) {
            0 => self.line_file.as_deref(),
            i => self.line_files[i - 1].1.as_deref(),
        }
    }

    pub fn line_at(&self, pc: u32) -> u32 {
        // Binary search: the table is sorted by pc.
        match self.lines.partition_point(|&(p, _)| p <= pc) {
            0 => self.line,
            i => self.lines[i - 1].1,
        }
    }

    /// The debug-table rows live at `pc`, in declaration order (a
    /// shadowing variable comes after the one it shadows).
    pub fn vars_at(&self, pc: u32) -> impl Iterator<Item = &LocalVar> {
        self.locals.iter().filter(move |l| l.live_at(pc))
    }

    /// Whether a statement begins at `pc`. `stmts` is in source order,
    /// which is not pc order (a `for` loop's post statement is emitted after
    /// its body), so it is searched, not bisected.
    pub fn is_stmt(&self, pc: u32) -> bool {
        self.stmts.contains(&pc)
    }
}

/// A whole compiled program.
#[derive(Default)]
pub struct Program {
    pub file: String,
    /// Every source file, the program's first.
    pub files: Vec<SourceFile>,
    /// Names of the package-level variables (`main.counter`), by index.
    pub global_names: Vec<String>,
    pub funcs: Vec<FuncProto>,
    pub consts: Vec<Const>,
    pub types: TypeTable,
    /// Number of package-level variables.
    pub nglobals: u32,
    /// Types of the globals (for zero values).
    pub global_types: Vec<TypeId>,
    /// The package initialiser (variable initialisation, then `init`s).
    pub init: u32,
    /// `main.main`.
    pub main: u32,
    /// The `init` functions of all packages, in order; run after `init`
    /// (as runtime.doInit1 runs a package's init tasks), before `main`.
    pub init_funcs: Vec<u32>,
    /// Names of the native functions, indexed by the `native` operands.
    pub natives: Vec<String>,
}

impl Program {
    /// Renders a function's code for `disasm` and debugging.
    pub fn disassemble(&self, f: u32) -> String {
        let proto = &self.funcs[f as usize];
        let mut s = format!("{} (slots={} params={} results={})\n", proto.name, proto.nslots, proto.nparams, proto.nresults);
        for (pc, op) in proto.code.iter().enumerate() {
            s.push_str(&format!("  {pc:04} L{:<4} {op:?}\n", proto.line_at(pc as u32)));
        }
        s
    }
}
