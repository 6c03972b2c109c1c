//! Peephole optimisation of finished functions: a bytecode-to-bytecode pass
//! run on every [`FuncProto`] just before the [`bytecode::Program`] is built.
//!
//! The code generator is one pass and leaves simple shapes behind: results
//! computed into a temporary and then moved into the variable, constants
//! loaded into a temporary for the next instruction, a comparison into a
//! temporary followed by a conditional jump on it, and loops whose back edge
//! jumps to the condition. This pass rewrites them, guided by a liveness
//! analysis of the frame's slots:
//!
//! ```text
//!   AddInt   t, a, b ; Move x, t        →  AddInt x, a, b        (t dead after)
//!   LoadInt  t, 3    ; AddInt d, a, t   →  AddIntImm d, a, 3      (also Sub/Mul/Div/Rem/And)
//!   Move     t, s    ; MakeClosure d, F, t, 1  →  MakeClosure d, F, s, 1
//!   CmpInt<  c, a, b ; JumpIfNot c, L   →  JumpIfNotCmpInt<  a, b, L
//!   LoadInt  t, 9    ; (that)           →  JumpIfNotCmpIntImm< a, 9, L
//!   Jump C  where C: JumpIfNotCmp<.., L with L just after the Jump
//!                                       →  JumpIfNotCmp>=.., C+1 (loop rotation)
//!   AddIntImm i, i, 1 ; JumpIfNotCmpIntImm>= i, n, L
//!                                       →  IncJumpIfNotCmpIntImm>= i, 1, n, L (after rotation)
//!   IntBit^  d, a, b                    →  XorInt d, a, b         (also And/Or/AndNot)
//! ```
//!
//! Invariant: observable behaviour never changes. Parameter and result slots
//! are always live (a recovered panic resumes at the `Return`, which reads
//! the results), and a write to one is never moved above another
//! instruction (which might panic); instructions that are jump targets are
//! never removed, and a
//! rewritten instruction keeps the line of the instruction whose run-time
//! error (if any) it can raise. The pc→line table, jump targets,
//! `deferreturn_pc` and the debug `locals` ranges are remapped after
//! instructions are removed.

use bytecode::liveness::{always_live, eff, liveness, target_mut, target_of, Eff, MAX_LIVENESS_WORDS};
use bytecode::{BinOp, FuncProto, Op, Reg};

/// Optimises every function of the program (a `Call` reads exactly its
/// callee's parameters, so the pass needs their counts).
pub(crate) fn optimize_all(funcs: &mut [FuncProto]) {
    let nparams: Vec<(u16, u16)> = funcs.iter().map(|f| (f.nparams, f.nresults)).collect();
    for f in funcs {
        optimize(f, &nparams);
    }
}

/// Optimises `f` in place; `nparams[i]` is function i's parameter and
/// result counts.
pub(crate) fn optimize(f: &mut FuncProto, nparams: &[(u16, u16)]) {
    // (A function with a `//line` directive inside keeps its code as
    // emitted: the rewrites track each instruction's line, not its file.)
    if f.code.is_empty() || !f.line_files.is_empty() {
        return;
    }
    // The line of each instruction, in one sweep of the table (`line_at`
    // per pc would be quadratic in big functions).
    let mut lines: Vec<u32> = Vec::with_capacity(f.code.len());
    let mut line = f.line;
    let mut next = 0;
    for pc in 0..f.code.len() as u32 {
        while next < f.lines.len() && f.lines[next].0 <= pc {
            line = f.lines[next].1;
            next += 1;
        }
        lines.push(line);
    }
    specialize(&mut f.code);
    // The rewrites need liveness as a dense bit matrix (instructions x
    // slots): a generated function of 60,000 instructions and 20,000 slots
    // would take gigabytes and quadratic time, so such functions keep
    // their unrewritten (correct, slower) code.
    let words = f.code.len().saturating_mul((f.nslots as usize).div_ceil(64).max(1));
    let rounds = if words > MAX_LIVENESS_WORDS { 0 } else { 4 };
    for _ in 0..rounds {
        let changed = rewrite(f, &mut lines, nparams);
        if !changed {
            break;
        }
    }
    rotate_loops(&mut f.code);
    fuse_back_edges(f, &mut lines);
    // Rebuild the line table from the per-instruction lines.
    f.lines.clear();
    let mut prev = None;
    for (pc, &l) in lines.iter().enumerate() {
        if prev != Some(l) {
            f.lines.push((pc as u32, l));
            prev = Some(l);
        }
    }
}

fn set_target(op: &mut Op, t: u32) {
    if let Some(target) = target_mut(op) {
        *target = t;
    }
}

fn negate(op: BinOp) -> Option<BinOp> {
    Some(match op {
        BinOp::Lt => BinOp::Ge,
        BinOp::Ge => BinOp::Lt,
        BinOp::Le => BinOp::Gt,
        BinOp::Gt => BinOp::Le,
        BinOp::Eq => BinOp::Ne,
        BinOp::Ne => BinOp::Eq,
        _ => return None,
    })
}

/// `a op b` == `b swapped(op) a`.
fn swapped(op: BinOp) -> Option<BinOp> {
    Some(match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Gt => BinOp::Lt,
        BinOp::Le => BinOp::Ge,
        BinOp::Ge => BinOp::Le,
        BinOp::Eq => BinOp::Eq,
        BinOp::Ne => BinOp::Ne,
        _ => return None,
    })
}

/// One round of rewrites; returns whether anything changed.
fn rewrite(f: &mut FuncProto, lines: &mut Vec<u32>, nparams: &[(u16, u16)]) -> bool {
    let n = f.code.len();
    let always = always_live(f);
    let effs: Vec<Eff> = f.code.iter().map(|op| eff(op, nparams)).collect();
    // Slots that debug info names are variables; writes to them are kept
    // where they are, only temporaries disappear.
    let mut is_target = vec![false; n + 1];
    for op in &f.code {
        if let Some(t) = target_of(op) {
            is_target[(t as usize).min(n)] = true;
        }
    }
    is_target[(f.deferreturn_pc as usize).min(n)] = true;
    let live = liveness(&f.code, &effs, &always);
    let dead_after = |pc: usize, r: Reg| !live.has(pc, r);
    let mut code: Vec<Option<Op>> = f.code.iter().copied().map(Some).collect();
    let mut touched = vec![false; n];
    let mut changed = false;

    for pc in 0..n {
        if touched[pc] {
            continue;
        }
        // Two instructions into one (`fuse_pair`), when the temporary the
        // first defines is dead after the second.
        if pc + 1 < n && !touched[pc + 1] && !is_target[pc + 1] {
            if let (Some(first), Some(second)) = (code[pc], code[pc + 1]) {
                if let Some((t, op, second_line)) = fuse_pair(first, second) {
                    if dead_after(pc + 1, t) && !always.has(t) && !names_slot(f, t, pc, pc + 1) {
                        code[pc] = Some(op);
                        code[pc + 1] = None;
                        if second_line {
                            lines[pc] = lines[pc + 1];
                        }
                        touched[pc] = true;
                        touched[pc + 1] = true;
                        changed = true;
                        continue;
                    }
                }
            }
        }
        // Move elimination: `op t, ...; ...; Move x, t` → `op x, ...`.
        if let Some(Op::Move { dst: x, src: t }) = code[pc] {
            if x == t || is_target[pc] || !dead_after(pc, t) || always.has(t) {
                continue;
            }
            // A named variable keeps its own slot: the debugger reads it
            // there (its value must not move into `x` behind its back).
            if names_slot(f, t, pc.saturating_sub(9), pc) {
                continue;
            }
            // Find the definition of t earlier in the same straight-line run.
            let mut d = pc;
            let mut found = None;
            while d > 0 {
                d -= 1;
                let Some(op) = &code[d] else { continue };
                let e = &effs[d];
                if touched[d] {
                    break;
                }
                if e.defs.len() == 1 && e.defs.contains(t) && !e.may_def_more {
                    if e.retargetable {
                        found = Some(d);
                    }
                    break;
                }
                // An instruction in between: must leave t and x alone and be
                // fully described by its effects. A parameter or result x
                // is never written before one: that instruction may panic,
                // and a recovered panic returns the results as they were
                // (`r, y = a+b, s[i]` keeps r when s[i] panics).
                if always.has(x)
                    || e.may_def_more
                    || e.uses_from.is_some()
                    || e.defs.contains(t)
                    || e.defs.contains(x)
                    || e.uses.contains(t)
                    || e.uses.contains(x)
                    || target_of(op).is_some()
                {
                    break;
                }
                if is_target[d] {
                    break;
                }
                if pc - d > 8 {
                    break;
                }
            }
            if let Some(d) = found {
                // The definition itself must not be a jump target boundary
                // issue: everything in (d, pc] is not a target (checked for
                // d+1..pc above, and pc itself).
                let mut op = code[d].expect("live op");
                if retarget(&mut op, x) {
                    code[d] = Some(op);
                    code[pc] = None;
                    touched[d] = true;
                    touched[pc] = true;
                    changed = true;
                }
            }
        }
    }
    if changed {
        compact(f, code, lines);
    }
    changed
}

/// The instruction that does what `first; second` does, given that the
/// temporary `first` defines is dead afterwards: (that temporary, the
/// instruction, whether it takes the line of `second`, the one whose
/// run-time error it can raise).
fn fuse_pair(first: Op, second: Op) -> Option<(Reg, Op, bool)> {
    match first {
        // A constant into the next instruction.
        Op::LoadInt { dst: t, v } => {
            let op = match second {
                Op::AddInt { dst, a, b } if b == t && a != t => Op::AddIntImm { dst, a, imm: v },
                Op::AddInt { dst, a, b } if a == t && b != t => Op::AddIntImm { dst, a: b, imm: v },
                Op::SubInt { dst, a, b } if b == t && a != t && v != i32::MIN => Op::AddIntImm { dst, a, imm: -v },
                Op::MulInt { dst, a, b } if b == t && a != t => Op::MulIntImm { dst, a, imm: v },
                Op::MulInt { dst, a, b } if a == t && b != t => Op::MulIntImm { dst, a: b, imm: v },
                Op::DivInt { dst, a, b } if b == t && a != t && v != 0 => Op::DivIntImm { dst, a, imm: v },
                Op::RemInt { dst, a, b } if b == t && a != t && v != 0 => Op::RemIntImm { dst, a, imm: v },
                Op::AndInt { dst, a, b } if b == t && a != t => Op::AndIntImm { dst, a, imm: v },
                Op::AndInt { dst, a, b } if a == t && b != t => Op::AndIntImm { dst, a: b, imm: v },
                Op::CmpInt { op, dst, a, b, unsigned: false } if b == t && a != t && negate(op).is_some() => {
                    Op::CmpIntImm { op, dst, a, imm: v }
                }
                Op::CmpInt { op, dst, a, b, unsigned: false } if a == t && b != t && swapped(op).is_some() => {
                    Op::CmpIntImm { op: swapped(op)?, dst, a: b, imm: v }
                }
                Op::JumpIfNotCmpInt { op, a, b, target } if b == t && a != t => Op::JumpIfNotCmpIntImm { op, a, imm: v, target },
                Op::JumpIfNotCmpInt { op, a, b, target } if a == t && b != t => {
                    Op::JumpIfNotCmpIntImm { op: swapped(op)?, a: b, imm: v, target }
                }
                Op::JumpIfNotLtInt { a, b, target } if b == t && a != t => Op::JumpIfNotCmpIntImm { op: BinOp::Lt, a, imm: v, target },
                _ => return None,
            };
            Some((t, op, true))
        }
        // A closure's only capture read where it is (MakeClosure clones it).
        Op::Move { dst: t, src } => match second {
            Op::MakeClosure { dst, func, caps, n: 1 } if caps == t => Some((t, Op::MakeClosure { dst, func, caps: src, n: 1 }, true)),
            _ => None,
        },
        // Compare and branch.
        Op::CmpInt { op, dst: c, a, b, unsigned: false } if negate(op).is_some() => match second {
            Op::JumpIfNot { cond, target } if cond == c => Some((c, Op::JumpIfNotCmpInt { op, a, b, target }, false)),
            Op::JumpIf { cond, target } if cond == c => Some((c, Op::JumpIfNotCmpInt { op: negate(op)?, a, b, target }, false)),
            _ => None,
        },
        Op::CmpIntImm { op, dst: c, a, imm } => match second {
            Op::JumpIfNot { cond, target } if cond == c => Some((c, Op::JumpIfNotCmpIntImm { op, a, imm, target }, false)),
            Op::JumpIf { cond, target } if cond == c => Some((c, Op::JumpIfNotCmpIntImm { op: negate(op)?, a, imm, target }, false)),
            _ => None,
        },
        // `Not c, a; JumpIfNot c, L` → `JumpIf a, L` (and the converse).
        Op::Not { dst: c, a } => match second {
            Op::JumpIfNot { cond, target } if cond == c => Some((c, Op::JumpIf { cond: a, target }, false)),
            Op::JumpIf { cond, target } if cond == c => Some((c, Op::JumpIfNot { cond: a, target }, false)),
            _ => None,
        },
        _ => None,
    }
}

/// Changes the destination of a retargetable instruction.
fn retarget(op: &mut Op, x: Reg) -> bool {
    use Op::*;
    match op {
        Move { dst, .. }
        | CopyVal { dst, .. }
        | LoadConst { dst, .. }
        | LoadInt { dst, .. }
        | LoadBool { dst, .. }
        | LoadNil { dst }
        | LoadZero { dst, .. }
        | LoadGlobal { dst, .. } => *dst = x,
        AddrGlobal { dst, .. }
        | NewCell { dst, .. }
        | LoadFunc { dst, .. }
        | LoadNative { dst, .. }
        | LoadCapture { dst, .. }
        | New { dst, .. }
        | MakeMap { dst, .. } => *dst = x,
        LoadCell { dst, .. }
        | LoadCapCell { dst, .. }
        | AddrOf { dst, .. }
        | BindMethod { dst, .. }
        | BindIfaceMethod { dst, .. }
        | MakeClosure { dst, .. } => *dst = x,
        AddInt { dst, .. }
        | SubInt { dst, .. }
        | MulInt { dst, .. }
        | DivInt { dst, .. }
        | RemInt { dst, .. }
        | DivUint { dst, .. }
        | RemUint { dst, .. } => *dst = x,
        AndInt { dst, .. } | OrInt { dst, .. } | XorInt { dst, .. } | AndNotInt { dst, .. } => *dst = x,
        IntBit { dst, .. } | CmpInt { dst, .. } | ArithFloat { dst, .. } | CmpFloat { dst, .. } | ArithComplex { dst, .. } => *dst = x,
        Concat { dst, .. } | CmpStr { dst, .. } | Equal { dst, .. } => *dst = x,
        AddIntImm { dst, .. }
        | MulIntImm { dst, .. }
        | DivIntImm { dst, .. }
        | RemIntImm { dst, .. }
        | AndIntImm { dst, .. }
        | CmpIntImm { dst, .. } => *dst = x,
        NegInt { dst, .. } | NotBits { dst, .. } | NegFloat { dst, .. } | Not { dst, .. } | Conv { dst, .. } => *dst = x,
        GetField { dst, .. }
        | AddrField { dst, .. }
        | AddrIndex { dst, .. }
        | Load { dst, .. }
        | MakeSlice { dst, .. }
        | SliceLit { dst, .. }
        | AggLit { dst, .. } => *dst = x,
        Index { dst, .. }
        | SliceOf { dst, .. }
        | Len { dst, .. }
        | Cap { dst, .. }
        | Append { dst, .. }
        | AppendStack { dst, .. }
        | AppendSlice { dst, .. }
        | CopySlice { dst, .. } => *dst = x,
        RangeInit { dst, .. }
        | ToIface { dst, .. }
        | ToIfaceStatic { dst, .. }
        | IsType { dst, .. }
        | Implements { dst, .. }
        | IfaceData { dst, .. }
        | MakeChan { dst, .. } => *dst = x,
        _ => return false,
    }
    true
}

/// Whether slot `r` holds a named variable at some pc of `lo..=hi` (a
/// debug-table row for it overlaps; the slot may hold temporaries
/// elsewhere).
fn names_slot(f: &FuncProto, r: Reg, lo: usize, hi: usize) -> bool {
    f.locals.iter().any(|l| l.loc == bytecode::VarLoc::Slot(r) && (l.from as usize) <= hi && lo < l.to as usize)
}

/// Removes deleted instructions and remaps every pc.
fn compact(f: &mut FuncProto, code: Vec<Option<Op>>, lines: &mut Vec<u32>) {
    let n = code.len();
    // new_pc[old] = index of the first kept instruction at or after old.
    let mut new_pc = vec![0u32; n + 1];
    let mut k = 0u32;
    for (i, op) in code.iter().enumerate() {
        new_pc[i] = k;
        if op.is_some() {
            k += 1;
        }
    }
    new_pc[n] = k;
    let mut out = Vec::with_capacity(k as usize);
    let mut out_lines = Vec::with_capacity(k as usize);
    for (i, op) in code.into_iter().enumerate() {
        if let Some(mut op) = op {
            if let Some(t) = target_of(&op) {
                set_target(&mut op, new_pc[(t as usize).min(n)]);
            }
            out.push(op);
            out_lines.push(lines[i]);
        }
    }
    f.code = out;
    *lines = out_lines;
    f.deferreturn_pc = new_pc[(f.deferreturn_pc as usize).min(n)];
    for l in &mut f.locals {
        l.from = new_pc[(l.from as usize).min(n)];
        l.to = new_pc[(l.to as usize).min(n)];
    }
    for pc in f.stmts.iter_mut().chain(f.stmt_ends.iter_mut()) {
        *pc = new_pc[(*pc as usize).min(n)];
    }
}

/// `Jump C` where C is `JumpIfNotCmp.. L` and L is the instruction after the
/// Jump: test the condition at the bottom instead (one dispatch per
/// iteration fewer). The rotated branch still counts against the
/// preemption budget when it jumps backwards.
fn rotate_loops(code: &mut [Op]) {
    for j in 0..code.len() {
        let Op::Jump { target: c } = code[j] else { continue };
        let c = c as usize;
        if c >= code.len() || c + 1 >= code.len() {
            continue;
        }
        code[j] = match code[c] {
            Op::JumpIfNotCmpInt { op, a, b, target } if target as usize == j + 1 => match negate(op) {
                Some(nop) => Op::JumpIfNotCmpInt { op: nop, a, b, target: c as u32 + 1 },
                None => continue,
            },
            Op::JumpIfNotCmpIntImm { op, a, imm, target } if target as usize == j + 1 => match negate(op) {
                Some(nop) => Op::JumpIfNotCmpIntImm { op: nop, a, imm, target: c as u32 + 1 },
                None => continue,
            },
            Op::JumpIfNotLtInt { a, b, target } if target as usize == j + 1 => {
                Op::JumpIfNotCmpInt { op: BinOp::Ge, a, b, target: c as u32 + 1 }
            }
            _ => continue,
        };
    }
}

/// Bitwise operators that need no wrapping get their own opcodes (the
/// generic `IntBit` dispatches on the operator at run time).
fn specialize(code: &mut [Op]) {
    for op in code {
        if let Op::IntBit { op: bop, dst, a, b, .. } = *op {
            *op = match bop {
                BinOp::And => Op::AndInt { dst, a, b },
                BinOp::Or => Op::OrInt { dst, a, b },
                BinOp::Xor => Op::XorInt { dst, a, b },
                BinOp::AndNot => Op::AndNotInt { dst, a, b },
                _ => continue,
            };
        }
    }
}

/// A loop's increment followed by its rotated back edge testing the
/// incremented variable becomes one instruction (Lua's `FORLOOP`):
///
/// ```text
///   AddIntImm i, i, k ; JumpIfNotCmpIntImm op, i, n, L  →  IncJumpIfNotCmpIntImm op, i, k, n, L
///   AddInt    i, i, s ; JumpIfNotCmpInt    op, i, m, L  →  AddJumpIfNotCmpInt    op, i, s, m, L
/// ```
///
/// The branch must not be a jump target (nothing may enter between the
/// two halves). Neither half can fail, so the fused instruction keeps the
/// increment's line.
fn fuse_back_edges(f: &mut FuncProto, lines: &mut Vec<u32>) {
    let n = f.code.len();
    let mut is_target = vec![false; n + 1];
    for op in &f.code {
        if let Some(t) = target_of(op) {
            is_target[(t as usize).min(n)] = true;
        }
    }
    is_target[(f.deferreturn_pc as usize).min(n)] = true;
    let mut code: Vec<Option<Op>> = f.code.iter().copied().map(Some).collect();
    let mut changed = false;
    let mut pc = 0;
    while pc + 1 < n {
        let fused = match (f.code[pc], f.code[pc + 1]) {
            _ if is_target[pc + 1] => None,
            (Op::AddIntImm { dst, a, imm: step }, Op::JumpIfNotCmpIntImm { op, a: c, imm, target }) if dst == a && c == a => {
                Some(Op::IncJumpIfNotCmpIntImm { op, a, step, imm, target })
            }
            (Op::AddInt { dst, a, b: s }, Op::JumpIfNotCmpInt { op, a: c, b, target }) if dst == a && c == a => {
                Some(Op::AddJumpIfNotCmpInt { op, a, step: s, b, target })
            }
            (Op::AddInt { dst, a: s, b: a }, Op::JumpIfNotCmpInt { op, a: c, b, target }) if dst == a && c == a => {
                Some(Op::AddJumpIfNotCmpInt { op, a, step: s, b, target })
            }
            _ => None,
        };
        if let Some(op) = fused {
            code[pc] = Some(op);
            code[pc + 1] = None;
            changed = true;
            pc += 2;
        } else {
            pc += 1;
        }
    }
    if changed {
        compact(f, code, lines);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proto(code: Vec<Op>, nslots: u16) -> FuncProto {
        FuncProto { code, nslots, lines: vec![(0, 1)], ..Default::default() }
    }

    #[test]
    fn loop_shape() {
        // sum := 0; for i := 0; i < 100; i++ { sum += i }; return via Return reading all
        let code = vec![
            Op::LoadInt { dst: 0, v: 0 },
            Op::LoadInt { dst: 1, v: 0 },
            Op::LoadInt { dst: 2, v: 100 },
            Op::CmpInt { op: BinOp::Lt, dst: 3, a: 1, b: 2, unsigned: false },
            Op::JumpIfNot { cond: 3, target: 9 },
            Op::AddInt { dst: 4, a: 0, b: 1 },
            Op::Move { dst: 0, src: 4 },
            Op::AddIntImm { dst: 4, a: 1, imm: 1 },
            Op::Move { dst: 1, src: 4 },
            Op::Jump { target: 2 },
            Op::StoreGlobal { g: 0, src: 0 },
            Op::Return,
        ];
        // Fix the exit target (index 10 = StoreGlobal).
        let mut code = code;
        code[4] = Op::JumpIfNot { cond: 3, target: 10 };
        let mut f = proto(code, 5);
        optimize(&mut f, &[]);
        assert_eq!(
            f.code,
            vec![
                Op::LoadInt { dst: 0, v: 0 },
                Op::LoadInt { dst: 1, v: 0 },
                Op::JumpIfNotCmpIntImm { op: BinOp::Lt, a: 1, imm: 100, target: 5 },
                Op::AddInt { dst: 0, a: 0, b: 1 },
                Op::IncJumpIfNotCmpIntImm { op: BinOp::Ge, a: 1, step: 1, imm: 100, target: 3 },
                Op::StoreGlobal { g: 0, src: 0 },
                Op::Return,
            ]
        );
    }

    #[test]
    fn live_temp_is_kept() {
        let code = vec![
            Op::AddInt { dst: 2, a: 0, b: 1 },
            Op::Move { dst: 3, src: 2 },
            Op::StoreGlobal { g: 0, src: 2 },
            Op::StoreGlobal { g: 1, src: 3 },
            Op::Return,
        ];
        let mut f = proto(code.clone(), 4);
        optimize(&mut f, &[]);
        assert_eq!(f.code, code);
    }

    /// `first; second; StoreGlobal dst; Return` after the pass, with t = 5
    /// the temporary `first` defines.
    fn pair(first: Op, second: Op, dst: Reg) -> Vec<Op> {
        let mut f = proto(vec![first, second, Op::StoreGlobal { g: 0, src: dst }, Op::Return], 8);
        optimize(&mut f, &[]);
        f.code
    }

    fn tail(dst: Reg) -> [Op; 2] {
        [Op::StoreGlobal { g: 0, src: dst }, Op::Return]
    }

    const T: Reg = 5;

    #[test]
    fn constant_operands_become_immediates() {
        let k = |v| Op::LoadInt { dst: T, v };
        let fused = |second, v| pair(k(v), second, 1);
        let one = |op: Op| [&[op][..], &tail(1)].concat();
        assert_eq!(fused(Op::AddInt { dst: 1, a: 0, b: T }, 3), one(Op::AddIntImm { dst: 1, a: 0, imm: 3 }));
        assert_eq!(fused(Op::AddInt { dst: 1, a: T, b: 0 }, 3), one(Op::AddIntImm { dst: 1, a: 0, imm: 3 }));
        assert_eq!(fused(Op::SubInt { dst: 1, a: 0, b: T }, 3), one(Op::AddIntImm { dst: 1, a: 0, imm: -3 }));
        assert_eq!(fused(Op::MulInt { dst: 1, a: T, b: 0 }, 3), one(Op::MulIntImm { dst: 1, a: 0, imm: 3 }));
        assert_eq!(fused(Op::DivInt { dst: 1, a: 0, b: T }, -2), one(Op::DivIntImm { dst: 1, a: 0, imm: -2 }));
        assert_eq!(fused(Op::RemInt { dst: 1, a: 0, b: T }, 7), one(Op::RemIntImm { dst: 1, a: 0, imm: 7 }));
        assert_eq!(fused(Op::AndInt { dst: 1, a: T, b: 0 }, 7), one(Op::AndIntImm { dst: 1, a: 0, imm: 7 }));
        // A constant on the left of a comparison swaps it.
        let lt = |a, b| Op::CmpInt { op: BinOp::Lt, dst: 1, a, b, unsigned: false };
        assert_eq!(fused(lt(0, T), 9), one(Op::CmpIntImm { op: BinOp::Lt, dst: 1, a: 0, imm: 9 }));
        assert_eq!(fused(lt(T, 0), 9), one(Op::CmpIntImm { op: BinOp::Gt, dst: 1, a: 0, imm: 9 }));
    }

    #[test]
    fn constant_operands_kept_where_the_immediate_would_change_behaviour() {
        let k = |v| Op::LoadInt { dst: T, v };
        let unchanged = |second: Op, v| {
            let code = vec![k(v), second, tail(1)[0], tail(1)[1]];
            assert_eq!(pair(k(v), second, 1), code, "{second:?} with {v}");
        };
        // Division by a zero constant panics at run time (integer divide by zero).
        unchanged(Op::DivInt { dst: 1, a: 0, b: T }, 0);
        unchanged(Op::RemInt { dst: 1, a: 0, b: T }, 0);
        // -MinInt32 does not fit the immediate.
        unchanged(Op::SubInt { dst: 1, a: 0, b: T }, i32::MIN);
        // Not commutative, no immediate form, or unsigned.
        unchanged(Op::SubInt { dst: 1, a: T, b: 0 }, 3);
        unchanged(Op::DivInt { dst: 1, a: T, b: 0 }, 3);
        unchanged(Op::OrInt { dst: 1, a: 0, b: T }, 3);
        unchanged(Op::CmpInt { op: BinOp::Lt, dst: 1, a: 0, b: T, unsigned: true }, 3);
        // Both operands are the constant.
        unchanged(Op::AddInt { dst: 1, a: T, b: T }, 3);
    }

    #[test]
    fn a_temporary_still_read_is_not_fused_away() {
        let code = vec![
            Op::LoadInt { dst: T, v: 3 },
            Op::AddInt { dst: 1, a: 0, b: T },
            Op::StoreGlobal { g: 0, src: T },
            Op::StoreGlobal { g: 1, src: 1 },
            Op::Return,
        ];
        let mut f = proto(code.clone(), 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code, code);
    }

    #[test]
    fn nothing_is_fused_into_a_jump_target() {
        // pc 1 is the target of the branch at 3: control can reach it without pc 0.
        let code = vec![
            Op::LoadInt { dst: T, v: 3 },
            Op::AddInt { dst: 1, a: 1, b: T },
            Op::StoreGlobal { g: 0, src: 1 },
            Op::JumpIf { cond: 2, target: 1 },
            Op::Return,
        ];
        let mut f = proto(code.clone(), 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code, code);
    }

    #[test]
    fn compare_and_branch_fuse() {
        let cmp = Op::CmpInt { op: BinOp::Lt, dst: 2, a: 0, b: 1, unsigned: false };
        let run = |branch: Op| {
            let mut f = proto(vec![cmp, branch, Op::StoreGlobal { g: 0, src: 0 }, Op::Return], 8);
            optimize(&mut f, &[]);
            f.code
        };
        let rest = [Op::StoreGlobal { g: 0, src: 0 }, Op::Return];
        assert_eq!(
            run(Op::JumpIfNot { cond: 2, target: 3 }),
            [&[Op::JumpIfNotCmpInt { op: BinOp::Lt, a: 0, b: 1, target: 2 }][..], &rest].concat()
        );
        // JumpIf takes the negated comparison.
        assert_eq!(
            run(Op::JumpIf { cond: 2, target: 3 }),
            [&[Op::JumpIfNotCmpInt { op: BinOp::Ge, a: 0, b: 1, target: 2 }][..], &rest].concat()
        );
        // A constant operand as well: two rounds make one instruction.
        let mut f = proto(
            vec![
                Op::LoadInt { dst: T, v: 10 },
                Op::CmpInt { op: BinOp::Le, dst: 2, a: 0, b: T, unsigned: false },
                Op::JumpIfNot { cond: 2, target: 4 },
                Op::StoreGlobal { g: 0, src: 0 },
                Op::Return,
            ],
            8,
        );
        optimize(&mut f, &[]);
        assert_eq!(f.code, [&[Op::JumpIfNotCmpIntImm { op: BinOp::Le, a: 0, imm: 10, target: 2 }][..], &rest].concat());
        // `!c` as a condition: the branch flips instead.
        let mut f =
            proto(vec![Op::Not { dst: 2, a: 0 }, Op::JumpIfNot { cond: 2, target: 3 }, Op::StoreGlobal { g: 0, src: 0 }, Op::Return], 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code, [&[Op::JumpIf { cond: 0, target: 2 }][..], &rest].concat());
    }

    #[test]
    fn a_closures_single_capture_is_read_in_place() {
        let code = pair(Op::Move { dst: T, src: 0 }, Op::MakeClosure { dst: 1, func: 7, caps: T, n: 1 }, 1);
        assert_eq!(code, [&[Op::MakeClosure { dst: 1, func: 7, caps: 0, n: 1 }][..], &tail(1)].concat());
    }

    #[test]
    fn bit_operators_get_their_own_opcodes() {
        let bit = |op| Op::IntBit { op, dst: 1, a: 0, b: 2, unsigned: false, bits: 64 };
        let mut f = proto(vec![bit(BinOp::Xor), bit(BinOp::AndNot), bit(BinOp::Shl), Op::StoreGlobal { g: 0, src: 1 }, Op::Return], 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code[..3], [Op::XorInt { dst: 1, a: 0, b: 2 }, Op::AndNotInt { dst: 1, a: 0, b: 2 }, bit(BinOp::Shl)]);
    }

    #[test]
    fn a_result_computed_into_a_temporary_lands_in_place() {
        let code = vec![Op::AddInt { dst: T, a: 0, b: 1 }, Op::Move { dst: 2, src: T }, Op::StoreGlobal { g: 0, src: 2 }, Op::Return];
        let mut f = proto(code, 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code, [Op::AddInt { dst: 2, a: 0, b: 1 }, Op::StoreGlobal { g: 0, src: 2 }, Op::Return]);
    }

    /// Regression: `r, x = a+b, s[i]` with r a named result wrote a+b into r
    /// before the index ran, so a recovered index panic returned the new r.
    #[test]
    fn a_result_slot_is_not_written_before_an_instruction_that_may_panic() {
        let code = |x: Reg| {
            vec![
                Op::AddInt { dst: T, a: 1, b: 2 },
                Op::Index { dst: 6, x: 3, i: 4 },
                Op::Move { dst: x, src: T },
                Op::StoreGlobal { g: 0, src: 6 },
                Op::StoreGlobal { g: 1, src: x },
                Op::Return,
            ]
        };
        // Slot 0 is the function's result: the Move stays.
        let mut f = FuncProto { nresults: 1, ..proto(code(0), 8) };
        optimize(&mut f, &[]);
        assert_eq!(f.code, code(0));
        // An ordinary local may be written early (nothing reads it if Index panics).
        let mut f = proto(code(7), 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code[..2], [Op::AddInt { dst: 7, a: 1, b: 2 }, Op::Index { dst: 6, x: 3, i: 4 }]);
    }

    #[test]
    fn a_fused_instruction_keeps_the_line_of_the_half_that_can_fail() {
        // LoadInt (line 10) + DivInt (line 11): the division can panic, so line 11.
        let mut f =
            proto(vec![Op::LoadInt { dst: T, v: 3 }, Op::DivInt { dst: 1, a: 0, b: T }, Op::StoreGlobal { g: 0, src: 1 }, Op::Return], 8);
        f.lines = vec![(0, 10), (1, 11), (2, 12)];
        optimize(&mut f, &[]);
        assert_eq!(f.code[0], Op::DivIntImm { dst: 1, a: 0, imm: 3 });
        assert_eq!(f.lines, [(0, 11), (1, 12)]);
        // CmpInt (line 20) + JumpIfNot (line 21): the compare's line.
        let mut f = proto(
            vec![
                Op::CmpInt { op: BinOp::Eq, dst: 2, a: 0, b: 1, unsigned: false },
                Op::JumpIfNot { cond: 2, target: 3 },
                Op::Nop,
                Op::Return,
            ],
            8,
        );
        f.lines = vec![(0, 20), (1, 21), (2, 22)];
        optimize(&mut f, &[]);
        assert_eq!(f.lines[0], (0, 20));
    }

    #[test]
    fn increment_and_back_edge_fuse_unless_the_branch_is_a_target() {
        // i += 1; if !(i >= 10) goto 0 (the branch at 2 is also entered from 3).
        let body = |entry: Op| {
            vec![
                Op::StoreGlobal { g: 0, src: 0 },
                Op::AddIntImm { dst: 0, a: 0, imm: 1 },
                Op::JumpIfNotCmpIntImm { op: BinOp::Ge, a: 0, imm: 10, target: 0 },
                entry,
                Op::Return,
            ]
        };
        let mut f = proto(body(Op::Nop), 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code[1], Op::IncJumpIfNotCmpIntImm { op: BinOp::Ge, a: 0, step: 1, imm: 10, target: 0 });
        let code = body(Op::JumpIf { cond: 1, target: 2 });
        let mut f = proto(code.clone(), 8);
        optimize(&mut f, &[]);
        assert_eq!(f.code, code);
    }
}
