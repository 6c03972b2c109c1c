//! Liveness of a function's frame slots: what each instruction reads and
//! writes ([`eff`]) and a backward dataflow to a fixed point
//! ([`liveness`]). The compiler's peephole pass rewrites code with it; the
//! runtime's collector uses it to find the temporaries of a suspended frame
//! that nothing will read again (Go's stack maps: a dead slot is not a
//! root).

use crate::{FuncProto, Op, Reg};

/// A set of frame slots.
#[derive(Clone, PartialEq, Eq)]
pub struct Set(pub Vec<u64>);

impl Set {
    pub fn new(n: usize) -> Set {
        Set(vec![0; n.div_ceil(64).max(1)])
    }
    pub fn has(&self, r: Reg) -> bool {
        let r = r as usize;
        self.0.get(r / 64).is_some_and(|w| w & (1 << (r % 64)) != 0)
    }
    pub fn add(&mut self, r: Reg) {
        let r = r as usize;
        if let Some(w) = self.0.get_mut(r / 64) {
            *w |= 1 << (r % 64);
        }
    }
}

/// What an instruction does to the frame's slots (fixed size: the pass
/// runs on every function of every program, so it must not allocate per
/// instruction).
#[derive(Default, Clone, Copy)]
pub struct Eff {
    /// Slots read: `list[..n]` and the run `range.0 .. range.0 + range.1`.
    pub uses: Regs,
    /// Every slot from this one up may be read.
    pub uses_from: Option<Reg>,
    /// Slots certainly written on every path through the instruction.
    pub defs: Regs,
    /// The instruction may write slots beyond `defs` (calls, multi-result ops).
    pub may_def_more: bool,
    /// A single-result instruction that reads all its inputs before writing
    /// `defs[0]`, with no other effect on the frame: its destination can be
    /// changed.
    pub retargetable: bool,
}

/// A few slots plus one run of consecutive slots.
#[derive(Default, Clone, Copy)]
pub struct Regs {
    pub list: [Reg; 4],
    pub n: u8,
    pub range: (Reg, u16),
}

impl Regs {
    pub fn of(r: &[Reg]) -> Regs {
        let mut x = Regs::default();
        for &v in r {
            x.list[x.n as usize] = v;
            x.n += 1;
        }
        x
    }
    pub fn run(mut self, base: Reg, n: u16) -> Regs {
        self.range = (base, n);
        self
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn len(&self) -> usize {
        self.n as usize + self.range.1 as usize
    }
    pub fn iter(&self) -> impl Iterator<Item = Reg> + '_ {
        self.list[..self.n as usize].iter().copied().chain(self.range.0..self.range.0.saturating_add(self.range.1))
    }
    pub fn contains(&self, r: Reg) -> bool {
        self.list[..self.n as usize].contains(&r) || (self.range.0 <= r && (r - self.range.0) < self.range.1)
    }
}

pub fn eff(op: &Op, nparams: &[(u16, u16)]) -> Eff {
    use Op::*;
    let simple = |dst: Reg, uses: Regs| Eff { uses, defs: Regs::of(&[dst]), retargetable: true, ..Default::default() };
    let reads = |uses: Regs| Eff { uses, ..Default::default() };
    let range = |base: Reg, n: u16| Regs::default().run(base, n);
    match *op {
        Nop => Eff::default(),
        Move { dst, src } | CopyVal { dst, src } => simple(dst, Regs::of(&[src])),
        LoadConst { dst, .. }
        | IfaceConst { dst, .. }
        | LoadInt { dst, .. }
        | LoadBool { dst, .. }
        | LoadNil { dst }
        | LoadZero { dst, .. }
        | LoadGlobal { dst, .. } => simple(dst, Regs::of(&[])),
        AddrGlobal { dst, .. }
        | NewCell { dst, .. }
        | LoadFunc { dst, .. }
        | LoadNative { dst, .. }
        | LoadCapture { dst, .. }
        | New { dst, .. }
        | MakeMap { dst, .. } => simple(dst, Regs::of(&[])),
        StoreGlobal { src, .. } => reads(Regs::of(&[src])),
        LoadCell { dst, cell } => simple(dst, Regs::of(&[cell])),
        StoreCell { cell, src } => reads(Regs::of(&[cell, src])),
        LoadCapCell { dst, .. } => simple(dst, Regs::of(&[])),
        StoreCapCell { src, .. } => reads(Regs::of(&[src])),
        AddrOf { dst, src } => simple(dst, Regs::of(&[src])),
        BindMethod { dst, recv, .. } | BindIfaceMethod { dst, recv, .. } => simple(dst, Regs::of(&[recv])),
        MakeClosure { dst, caps, n, .. } => simple(dst, range(caps, n)),
        AddInt { dst, a, b }
        | SubInt { dst, a, b }
        | MulInt { dst, a, b }
        | DivInt { dst, a, b }
        | RemInt { dst, a, b }
        | DivUint { dst, a, b }
        | RemUint { dst, a, b } => simple(dst, Regs::of(&[a, b])),
        AndInt { dst, a, b } | OrInt { dst, a, b } | XorInt { dst, a, b } | AndNotInt { dst, a, b } => simple(dst, Regs::of(&[a, b])),
        IncJumpIfNotCmpIntImm { a, .. } => Eff { uses: Regs::of(&[a]), defs: Regs::of(&[a]), ..Default::default() },
        AddJumpIfNotCmpInt { a, step, b, .. } => Eff { uses: Regs::of(&[a, step, b]), defs: Regs::of(&[a]), ..Default::default() },
        IntBit { dst, a, b, .. }
        | CmpInt { dst, a, b, .. }
        | ArithFloat { dst, a, b, .. }
        | CmpFloat { dst, a, b, .. }
        | ArithComplex { dst, a, b, .. } => simple(dst, Regs::of(&[a, b])),
        Concat { dst, a, b } | CmpStr { dst, a, b, .. } | Equal { dst, a, b, .. } => simple(dst, Regs::of(&[a, b])),
        AddIntImm { dst, a, .. }
        | MulIntImm { dst, a, .. }
        | DivIntImm { dst, a, .. }
        | RemIntImm { dst, a, .. }
        | AndIntImm { dst, a, .. }
        | CmpIntImm { dst, a, .. } => simple(dst, Regs::of(&[a])),
        NegInt { dst, a } | NotBits { dst, a } | NegFloat { dst, a } | Not { dst, a } => simple(dst, Regs::of(&[a])),
        Wrap { dst, .. } => Eff { uses: Regs::of(&[dst]), defs: Regs::of(&[dst]), ..Default::default() },
        Conv { dst, src, .. } => simple(dst, Regs::of(&[src])),
        Jump { .. } => Eff::default(),
        JumpIf { cond, .. } | JumpIfNot { cond, .. } => reads(Regs::of(&[cond])),
        JumpIfNotLtInt { a, b, .. } | JumpIfNotCmpInt { a, b, .. } => reads(Regs::of(&[a, b])),
        JumpIfNotCmpIntImm { a, .. } => reads(Regs::of(&[a])),
        // A call that returns writes its results at base.. (a panicking
        // call leaves the frame for good).
        Call { func, base } => match nparams.get(func as usize) {
            Some(&(np, nr)) => Eff { uses: range(base, np), defs: range(base, nr), may_def_more: true, ..Default::default() },
            None => Eff { uses_from: Some(base), may_def_more: true, ..Default::default() },
        },
        CallIface { base, nargs, nres, .. } => {
            Eff { uses: range(base, nargs + 1), defs: range(base, nres), may_def_more: true, ..Default::default() }
        }
        CallValue { callee, base, nargs, nres } => {
            Eff { uses: Regs::of(&[callee]).run(base + 1, nargs), defs: range(base, nres), may_def_more: true, ..Default::default() }
        }
        CallNative { base, nargs, .. } => Eff { uses: range(base, nargs), may_def_more: true, ..Default::default() },
        // Return reads only the result slots, which are always live.
        Return => Eff::default(),
        Defer { func, base, nargs, .. } | Go { func, base, nargs } => reads(Regs::of(&[func]).run(base, nargs)),
        DeferNative { base, nargs, .. } | GoNative { base, nargs, .. } => reads(range(base, nargs)),
        LoadFrameSp { dst } => simple(dst, Regs::of(&[])),
        DeferAt { func, base, nargs, sp } => reads(Regs::of(&[func, sp]).run(base, nargs)),
        Panic { src } => reads(Regs::of(&[src])),
        Recover { dst } => Eff { defs: Regs::of(&[dst]), ..Default::default() },
        GetField { dst, obj, .. } => simple(dst, Regs::of(&[obj])),
        SetField { obj, src, .. } => reads(Regs::of(&[obj, src])),
        AddrField { dst, obj, .. } => simple(dst, Regs::of(&[obj])),
        AddrIndex { dst, x, i } => simple(dst, Regs::of(&[x, i])),
        Load { dst, ptr } => simple(dst, Regs::of(&[ptr])),
        Store { ptr, src } => reads(Regs::of(&[ptr, src])),
        NilCheck { ptr } => reads(Regs::of(&[ptr])),
        MakeSlice { dst, len, cap, .. } => simple(dst, Regs::of(&[len, cap])),
        SliceLit { dst, base, n, .. } | AggLit { dst, base, n, .. } => simple(dst, range(base, n)),
        Index { dst, x, i } => simple(dst, Regs::of(&[x, i])),
        SetIndex { x, i, src } => reads(Regs::of(&[x, i, src])),
        SliceOf { dst, x, lo, hi, max } => {
            let u: Vec<Reg> = [x, lo, hi, max].into_iter().filter(|&r| r != u16::MAX).collect();
            simple(dst, Regs::of(&u))
        }
        Len { dst, x } | Cap { dst, x } => simple(dst, Regs::of(&[x])),
        Append { dst, s, base, n, .. } | AppendStack { dst, s, base, n, .. } => simple(dst, Regs::of(&[s]).run(base, n)),
        AppendSlice { dst, s, other, .. } => simple(dst, Regs::of(&[s, other])),
        CopySlice { dst, a, b } => simple(dst, Regs::of(&[a, b])),
        MapGet { dst, m, k, ok, .. } => {
            Eff { uses: Regs::of(&[m, k]), defs: if ok { Regs::of(&[dst, dst + 1]) } else { Regs::of(&[dst]) }, ..Default::default() }
        }
        MapSet { m, k, src } => reads(Regs::of(&[m, k, src])),
        MapDelete { m, k } => reads(Regs::of(&[m, k])),
        Clear { x } => reads(Regs::of(&[x])),
        RangeInit { dst, x } => simple(dst, Regs::of(&[x])),
        RangeNext { it, .. } => Eff { uses: Regs::of(&[it]), may_def_more: true, ..Default::default() },
        ToIface { dst, src, .. } | ToIfaceStatic { dst, src, .. } => simple(dst, Regs::of(&[src])),
        TypeAssert { dst, src, ok, .. } | AssertIface { dst, src, ok, .. } => {
            Eff { uses: Regs::of(&[src]), defs: if ok { Regs::of(&[dst, dst + 1]) } else { Regs::of(&[dst]) }, ..Default::default() }
        }
        IsType { dst, src, .. } | Implements { dst, src, .. } | IfaceData { dst, src } => simple(dst, Regs::of(&[src])),
        MakeChan { dst, size, .. } => simple(dst, Regs::of(&[size])),
        Send { ch, src } => reads(Regs::of(&[ch, src])),
        Recv { dst, ch, ok } => {
            Eff { uses: Regs::of(&[ch]), defs: if ok { Regs::of(&[dst, dst + 1]) } else { Regs::of(&[dst]) }, ..Default::default() }
        }
        Close { ch } => reads(Regs::of(&[ch])),
        Select { dst, base, n, .. } => {
            Eff { uses: range(base, n.saturating_mul(3)), defs: Regs::of(&[dst]), may_def_more: true, ..Default::default() }
        }
    }
}

/// The jump target of a branch instruction, to read or rewrite.
pub fn target_mut(op: &mut Op) -> Option<&mut u32> {
    match op {
        Op::Jump { target }
        | Op::JumpIf { target, .. }
        | Op::JumpIfNot { target, .. }
        | Op::JumpIfNotLtInt { target, .. }
        | Op::JumpIfNotCmpInt { target, .. }
        | Op::JumpIfNotCmpIntImm { target, .. }
        | Op::IncJumpIfNotCmpIntImm { target, .. }
        | Op::AddJumpIfNotCmpInt { target, .. }
        | Op::RangeNext { target, .. } => Some(target),
        _ => None,
    }
}

/// Jump target of a branch instruction.
pub fn target_of(op: &Op) -> Option<u32> {
    let mut op = *op;
    target_mut(&mut op).map(|t| *t)
}

/// Successors of the instruction at `pc`.
pub fn succs(code: &[Op], pc: usize) -> ([usize; 2], usize) {
    let next = pc + 1;
    match code[pc] {
        Op::Jump { target } => ([target as usize, 0], 1),
        Op::Return | Op::Panic { .. } => ([0, 0], 0),
        ref op => match target_of(op) {
            Some(t) if next < code.len() => ([next, t as usize], 2),
            Some(t) => ([t as usize, 0], 1),
            None if next < code.len() => ([next, 0], 1),
            None => ([0, 0], 0),
        },
    }
}

/// Slots live after each instruction, as one flat bit matrix (`w` words
/// per instruction).
pub struct Live {
    w: usize,
    out: Vec<u64>,
    inn: Vec<u64>,
}

impl Live {
    /// Whether slot `r` is live after the instruction at `pc`.
    pub fn has(&self, pc: usize, r: Reg) -> bool {
        let r = r as usize;
        r / 64 < self.w && self.out[pc * self.w + r / 64] & (1 << (r % 64)) != 0
    }

    /// Whether slot `r` is live before the instruction at `pc` runs.
    pub fn has_in(&self, pc: usize, r: Reg) -> bool {
        let r = r as usize;
        r / 64 < self.w && self.inn.get(pc * self.w + r / 64).is_some_and(|w| w & (1 << (r % 64)) != 0)
    }
}

/// Backward liveness to a fixed point. `always` (parameters and results)
/// are live everywhere.
pub fn liveness(code: &[Op], effs: &[Eff], always: &Set) -> Live {
    let n = code.len();
    let w = always.0.len();
    // Each instruction's transfer, computed once for all the sweeps: the
    // slots it reads (`gen`, set after the writes are cleared, so a slot
    // both read and written is live before it), the slots it writes
    // (`kill`), and its successors.
    let mut gen = vec![0u64; n * w];
    let mut kill = vec![0u64; n * w];
    let mut next: Vec<([usize; 2], usize)> = Vec::with_capacity(n);
    for (pc, e) in effs.iter().enumerate().take(n) {
        let (g, k) = (&mut gen[pc * w..pc * w + w], &mut kill[pc * w..pc * w + w]);
        for d in e.defs.iter() {
            let d = d as usize;
            if d / 64 < w {
                k[d / 64] |= 1 << (d % 64);
            }
        }
        for u in e.uses.iter() {
            let u = u as usize;
            if u / 64 < w {
                g[u / 64] |= 1 << (u % 64);
            }
        }
        if let Some(f) = e.uses_from {
            for i in f as usize..w * 64 {
                g[i / 64] |= 1 << (i % 64);
            }
        }
        next.push(succs(code, pc));
    }
    let mut inn = vec![0u64; n * w];
    let mut out = vec![0u64; n * w];
    if w == 1 {
        // (Most functions have at most 64 slots: one word, no inner loops.)
        let always = always.0[0];
        loop {
            let mut changed = false;
            for pc in (0..n).rev() {
                let (s, k) = next[pc];
                let mut o = always;
                for &t in &s[..k] {
                    if t < n {
                        o |= inn[t];
                    }
                }
                out[pc] = o;
                let i = (o & !kill[pc]) | gen[pc];
                if i != inn[pc] {
                    inn[pc] = i;
                    changed = true;
                }
            }
            if !changed {
                return Live { w, out, inn };
            }
        }
    }
    let mut tmp = vec![0u64; w];
    loop {
        let mut changed = false;
        for pc in (0..n).rev() {
            tmp.copy_from_slice(&always.0);
            let (s, k) = next[pc];
            for &t in &s[..k] {
                if t < n {
                    for (a, b) in tmp.iter_mut().zip(&inn[t * w..t * w + w]) {
                        *a |= *b;
                    }
                }
            }
            out[pc * w..pc * w + w].copy_from_slice(&tmp);
            for ((a, k), g) in tmp.iter_mut().zip(&kill[pc * w..pc * w + w]).zip(&gen[pc * w..pc * w + w]) {
                *a = (*a & !k) | g;
            }
            if tmp[..] != inn[pc * w..pc * w + w] {
                inn[pc * w..pc * w + w].copy_from_slice(&tmp);
                changed = true;
            }
        }
        if !changed {
            return Live { w, out, inn };
        }
    }
}

/// The largest liveness matrix [`frame_liveness`] builds, in 64-bit words
/// per direction (32 MiB): a bigger function goes without.
pub const MAX_LIVENESS_WORDS: usize = 1 << 22;

/// The liveness of function `f`'s slots (parameters and results live
/// everywhere: a recovered panic returns them), or `None` for a function
/// too big to analyse. `nparams[i]`: function i's parameter and result
/// counts (a `Call` reads exactly its callee's parameters).
///
/// `probe` is the native index of `runtime.debugProbe` in a program built
/// with debug probes: a probe reads every variable in scope, and those
/// reads do not count as uses, so that a probed build's variables die
/// where a plain build's do (a cleanup after a variable's last use runs in
/// both).
pub fn frame_liveness(f: &FuncProto, nparams: &[(u16, u16)], probe: Option<u16>) -> Option<Live> {
    let nslots = (f.nslots as usize).max(1);
    if f.code.is_empty() || f.code.len().saturating_mul(nslots.div_ceil(64)) > MAX_LIVENESS_WORDS {
        return None;
    }
    let mut effs: Vec<Eff> = f.code.iter().map(|op| eff(op, nparams)).collect();
    if let Some(probe) = probe {
        // A probe is `LoadInt R[base]` ... `CallNative probe base`: its
        // instructions only fill its argument registers.
        for pc in 0..f.code.len() {
            let Op::CallNative { native, base, .. } = f.code[pc] else { continue };
            if native != probe {
                continue;
            }
            let start = (0..pc).rev().find(|&q| matches!(f.code[q], Op::LoadInt { dst, .. } if dst == base));
            for e in &mut effs[start.unwrap_or(pc)..=pc] {
                e.uses = Regs::default();
                e.uses_from = None;
            }
        }
    }
    Some(liveness(&f.code, &effs, &always_live(f)))
}

/// Function `f`'s parameter and result slots: live everywhere (a recovered
/// panic returns the results; parameters are kept for the whole call).
pub fn always_live(f: &FuncProto) -> Set {
    let mut always = Set::new((f.nslots as usize).max(1));
    for r in 0..f.nparams.saturating_add(f.nresults) {
        always.add(r);
    }
    always
}
