//! The integer loop: a second, small dispatch loop for loops whose whole
//! body is integer and boolean register arithmetic and branches.
//!
//! `exec_loop` is one function with an arm per opcode; in a function that
//! size LLVM keeps few of the hot locals (`pc`, the code and register
//! slices) in machine registers, and every instruction pays for spills and
//! reloads (about 50 machine instructions per bytecode instruction on
//! `for i := 0; i < n; i++ { sum += i ^ x }`). This loop handles only the
//! instructions that cannot fail, allocate, call, or look at anything but
//! the frame's registers, so it stays small and its state stays in
//! registers.
//!
//! `exec_loop` enters it at a backward branch whose loop body (from the
//! target up to the branch) is made only of such instructions (see
//! [`simple_runs`]). It leaves with the pc of the first instruction it does
//! not take (the loop ended, or a `Move` met a non-scalar value), which
//! `exec_loop` then executes. What each instruction computes is defined
//! once for all three loops (`crate::intops`); a backward branch spends the time-slice
//! budget the same way, and when the budget is about to run out the
//! branch is handed back unexecuted so that `exec_loop` takes it and
//! preempts. Nothing else is observable: no hook event comes from these
//! instructions, and the step hook (`STEP`) never enters this loop.

use bytecode::{Op, Reg};

use crate::exec::{set_bool, set_int};
use crate::intops::int_ops;
use crate::value::{Elem, Value};

/// Whether [`run`] takes `op`. Some instances are still handed back: a
/// `Move` of a non-scalar, and an `Index`/`SetIndex` that is not an
/// in-range access to an int or bool element of a slice or an element of a
/// byte slice or array (`Value::Bytes`) (errors,
/// strings, other arrays, and values that need reference counting stay in
/// exec_loop).
pub fn is_simple(op: &Op) -> bool {
    matches!(
        op,
        Op::Nop
            | Op::Move { .. }
            | Op::LoadInt { .. }
            | Op::LoadBool { .. }
            | Op::AddInt { .. }
            | Op::SubInt { .. }
            | Op::MulInt { .. }
            | Op::AddIntImm { .. }
            | Op::MulIntImm { .. }
            | Op::DivIntImm { .. }
            | Op::RemIntImm { .. }
            | Op::AndIntImm { .. }
            | Op::AndInt { .. }
            | Op::OrInt { .. }
            | Op::XorInt { .. }
            | Op::AndNotInt { .. }
            | Op::NegInt { .. }
            | Op::CmpInt { unsigned: false, .. }
            | Op::CmpIntImm { .. }
            | Op::Not { .. }
            | Op::Jump { .. }
            | Op::JumpIf { .. }
            | Op::JumpIfNot { .. }
            | Op::JumpIfNotLtInt { .. }
            | Op::JumpIfNotCmpInt { .. }
            | Op::JumpIfNotCmpIntImm { .. }
            | Op::IncJumpIfNotCmpIntImm { .. }
            | Op::AddJumpIfNotCmpInt { .. }
            | Op::Index { .. }
            | Op::SetIndex { .. }
            | Op::Len { .. }
    )
}

/// For each pc of `code`, how many consecutive instructions from it are
/// simple (saturating). A backward branch at `b` to `t` enters [`run`]
/// when `t + runs[t] > b`: the whole loop body is simple.
pub fn simple_runs(code: &[Op]) -> Vec<u16> {
    let mut runs = vec![0u16; code.len()];
    let mut n = 0u16;
    for pc in (0..code.len()).rev() {
        n = if is_simple(&code[pc]) { n.saturating_add(1) } else { 0 };
        runs[pc] = n;
    }
    runs
}

/// Runs the loop whose body is `code[pc..=end]` (`end` is its backward
/// branch) on the frame's registers `regs`, from `pc`; returns the pc of
/// the first instruction not executed. A body of integer and boolean
/// register operations only runs on unboxed copies of its registers
/// ([`run_typed`]); anything else in the general loop ([`run_simple`]).
#[inline(never)]
pub fn run(code: &[Op], pc: usize, end: usize, regs: &mut [Value], budget: &mut u32) -> usize {
    if let Some(body) = code.get(pc..=end) {
        if let Some(used) = typed_regs(body) {
            if let Some(next) = run_typed(code, pc, end, used, regs, budget) {
                return next;
            }
        }
    }
    run_simple(code, pc, regs, budget)
}

/// Registers of a typed loop: one bit per register, all below [`TW`].
const TW: usize = 64;
const NIL: u8 = 0;
const INT: u8 = 1;
const BOOL: u8 = 2;

/// The registers `body` uses, when every instruction in it is a pure
/// integer/boolean register operation on registers below [`TW`].
fn typed_regs(body: &[Op]) -> Option<u64> {
    let mut used = 0u64;
    for op in body {
        let rs: [Reg; 3] = match *op {
            Op::Nop | Op::Jump { .. } => continue,
            Op::LoadInt { dst, .. } | Op::LoadBool { dst, .. } => [dst, dst, dst],
            Op::Move { dst, src: a } | Op::NegInt { dst, a } | Op::Not { dst, a } => [dst, a, a],
            Op::AddIntImm { dst, a, .. }
            | Op::MulIntImm { dst, a, .. }
            | Op::DivIntImm { dst, a, .. }
            | Op::RemIntImm { dst, a, .. }
            | Op::AndIntImm { dst, a, .. }
            | Op::CmpIntImm { dst, a, .. } => [dst, a, a],
            Op::AddInt { dst, a, b }
            | Op::SubInt { dst, a, b }
            | Op::MulInt { dst, a, b }
            | Op::AndInt { dst, a, b }
            | Op::OrInt { dst, a, b }
            | Op::XorInt { dst, a, b }
            | Op::AndNotInt { dst, a, b } => [dst, a, b],
            Op::CmpInt { dst, a, b, unsigned: false, .. } => [dst, a, b],
            Op::JumpIf { cond, .. } | Op::JumpIfNot { cond, .. } => [cond, cond, cond],
            Op::JumpIfNotLtInt { a, b, .. } | Op::JumpIfNotCmpInt { a, b, .. } => [a, b, b],
            Op::JumpIfNotCmpIntImm { a, .. } | Op::IncJumpIfNotCmpIntImm { a, .. } => [a, a, a],
            Op::AddJumpIfNotCmpInt { a, step, b, .. } => [a, step, b],
            _ => return None,
        };
        for r in rs {
            if r as usize >= TW {
                return None;
            }
            used |= 1 << r;
        }
    }
    Some(used)
}

/// [`run`] for a typed loop body `code[lo..=hi]` using registers `used`:
/// their values are copied into a local array of integers (booleans as
/// 0/1) with their kinds, the loop runs there without tag checks, and the
/// values go back when the pc leaves the body (or the budget hands the
/// branch back). None, touching nothing, when a used register holds
/// anything but an int, a bool or nil.
fn run_typed(code: &[Op], mut pc: usize, hi: usize, used: u64, regs: &mut [Value], budget: &mut u32) -> Option<usize> {
    let lo = pc;
    let mut v = [0i64; TW];
    let mut k = [NIL; TW];
    let mut bits = used;
    while bits != 0 {
        let r = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        match regs.get(r)? {
            Value::Int(x) => (v[r], k[r]) = (*x, INT),
            Value::Bool(b) => (v[r], k[r]) = (*b as i64, BOOL),
            Value::Nil => {}
            _ => return None,
        }
    }
    let mut left = *budget;
    macro_rules! i {
        ($r:expr) => {
            v[$r as usize & (TW - 1)]
        };
    }
    macro_rules! wi {
        ($d:expr, $e:expr) => {{
            let x = $e;
            let d = $d as usize & (TW - 1);
            v[d] = x;
            k[d] = INT;
        }};
    }
    macro_rules! wb {
        ($d:expr, $e:expr) => {{
            let x = $e;
            let d = $d as usize & (TW - 1);
            v[d] = x as i64;
            k[d] = BOOL;
        }};
    }
    // A taken branch, as in `run_simple`.
    macro_rules! branch {
        ($t:expr) => {{
            let t = $t as usize;
            if t <= pc {
                if left <= 1 {
                    break;
                }
                left -= 1;
            }
            pc = t;
            continue;
        }};
    }
    // `a := x`, then branch to `t` if `taken`; as in `run_simple`, a
    // taken branch handed back to exec_loop has not run (not even the write).
    macro_rules! fused {
        ($a:expr, $x:expr, $taken:expr, $t:expr) => {{
            if $taken {
                let t = $t as usize;
                if t <= pc {
                    if left <= 1 {
                        break;
                    }
                    left -= 1;
                }
                wi!($a, $x);
                pc = t;
                continue;
            }
            wi!($a, $x);
        }};
    }
    macro_rules! truth {
        ($r:expr) => {
            k[$r as usize & (TW - 1)] == BOOL && i!($r) != 0
        };
    }
    while pc >= lo && pc <= hi {
        let Some(op) = code.get(pc) else { break };
        int_ops!(*op, i, truth, wi, wb, branch, fused, {
            Op::Move { dst, src } => {
                let (d, s) = (dst as usize & (TW - 1), src as usize & (TW - 1));
                v[d] = v[s];
                k[d] = k[s];
            }
            Op::Jump { target } => branch!(target),
            _ => break,
        });
        pc += 1;
    }
    *budget = left;
    let mut bits = used;
    while bits != 0 {
        let r = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if let Some(slot) = regs.get_mut(r) {
            match k[r] {
                INT => set_int(slot, v[r]),
                BOOL => set_bool(slot, v[r] != 0),
                _ => *slot = Value::Nil,
            }
        }
    }
    Some(pc)
}

/// The general loop: simple instructions from `pc` on `regs` until the
/// first one it does not take.
#[inline(never)]
fn run_simple(code: &[Op], mut pc: usize, regs: &mut [Value], budget: &mut u32) -> usize {
    // The budget stays in a local (a register) and is written back on leaving.
    let mut left = *budget;
    // A taken branch to `t` from the instruction at `pc`: backward ones
    // spend the budget, and the last unit is left to exec_loop.
    macro_rules! branch {
        ($t:expr) => {{
            let t = $t as usize;
            if t <= pc {
                if left <= 1 {
                    *budget = left;
                    return pc;
                }
                left -= 1;
            }
            pc = t;
            continue;
        }};
    }
    // Leaves with the budget written back.
    macro_rules! leave {
        () => {{
            *budget = left;
            return pc;
        }};
    }
    macro_rules! wint {
        ($d:expr, $e:expr) => {{
            let v = $e;
            set_int(&mut regs[$d as usize], v)
        }};
    }
    macro_rules! wbool {
        ($d:expr, $e:expr) => {{
            let v = $e;
            set_bool(&mut regs[$d as usize], v)
        }};
    }
    macro_rules! int {
        ($r:expr) => {
            regs[$r as usize].as_int()
        };
    }
    // `a := x`, then branch to `t` if `taken`; the budget is checked
    // before the write, so a branch handed back to exec_loop has not run.
    macro_rules! fused {
        ($a:expr, $x:expr, $taken:expr, $t:expr) => {{
            if $taken {
                let t = $t as usize;
                if t <= pc {
                    if left <= 1 {
                        leave!()
                    }
                    left -= 1;
                }
                wint!($a, $x);
                pc = t;
                continue;
            }
            wint!($a, $x);
        }};
    }
    macro_rules! truth {
        ($r:expr) => {
            regs[$r as usize].as_bool()
        };
    }
    loop {
        let Some(op) = code.get(pc) else { leave!() };
        int_ops!(*op, int, truth, wint, wbool, branch, fused, {
            Op::Move { dst, src } => match regs[src as usize] {
                Value::Int(x) => wint!(dst, x),
                Value::Bool(b) => wbool!(dst, b),
                _ => leave!(),
            },
            Op::Jump { target } => branch!(target),
            // Slice elements: scalars only, written in place (no value is
            // dropped or cloned here, so no call leaves the hot path).
            Op::Index { dst, x, i } => {
                let idx = int!(i);
                let v = match &regs[x as usize] {
                    Value::Slice(s) if idx >= 0 && idx < s.len as i64 => match s.arr.borrow()[s.off as usize + idx as usize] {
                        Value::Int(v) => Ok(v),
                        Value::Bool(v) => Err(v),
                        _ => leave!(),
                    },
                    // Compact elements read in place (no `Value` made:
                    // its drop would cost a call here); the narrower
                    // integers and the floats go the slow way.
                    Value::Bytes(s) if idx >= 0 && idx < s.len as i64 => {
                        let i = s.off as usize + idx as usize;
                        let buf = s.arr.buf.borrow();
                        let e = s.arr.elem;
                        if e == Elem::Bool {
                            Err(buf[i] != 0)
                        } else if e == Elem::U8 {
                            Ok(buf[i] as i64)
                        } else if let (Elem::I64 | Elem::U64, Some(w)) = (e, buf.get(i * 8..i * 8 + 8)) {
                            Ok(i64::from_le_bytes(w.try_into().unwrap_or_default()))
                        } else {
                            leave!()
                        }
                    }
                    _ => leave!(),
                };
                match v {
                    Ok(v) => wint!(dst, v),
                    Err(v) => wbool!(dst, v),
                }
            }
            Op::SetIndex { x, i, src } => {
                let idx = int!(i);
                let v = match regs[src as usize] {
                    Value::Int(v) => Ok(v),
                    Value::Bool(v) => Err(v),
                    _ => leave!(),
                };
                match &regs[x as usize] {
                    Value::Slice(s) if idx >= 0 && idx < s.len as i64 => {
                        match (&mut s.arr.borrow_mut()[s.off as usize + idx as usize], v) {
                            (Value::Int(e), Ok(v)) => *e = v,
                            (Value::Bool(e), Err(v)) => *e = v,
                            _ => leave!(),
                        }
                    }
                    Value::Bytes(s) if idx >= 0 && idx < s.len as i64 => {
                        let i = s.off as usize + idx as usize;
                        let mut buf = s.arr.buf.borrow_mut();
                        let e = s.arr.elem;
                        match v {
                            // (A bool is only ever stored in a bool array:
                            // no kind check on the sieve's path.)
                            Err(v) => buf[i] = v as u8,
                            Ok(v) if e.is_byte() => buf[i] = v as u8,
                            Ok(v) => match (e, buf.get_mut(i * 8..i * 8 + 8)) {
                                (Elem::I64 | Elem::U64, Some(w)) => w.copy_from_slice(&v.to_le_bytes()),
                                _ => leave!(),
                            },
                        }
                    }
                    _ => leave!(),
                }
            }
            Op::Len { dst, x } => {
                let n = match &regs[x as usize] {
                    Value::Slice(s) => s.len as i64,
                    Value::Bytes(s) => s.len as i64,
                    Value::Str(s) => s.len() as i64,
                    _ => leave!(),
                };
                wint!(dst, n)
            }
            _ => leave!(),
        });
        pc += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytecode::BinOp;

    /// `r0 := 0; do { r0++ } while !(r0 >= 10); return`
    fn counting_loop() -> Vec<Op> {
        vec![Op::LoadInt { dst: 0, v: 0 }, Op::IncJumpIfNotCmpIntImm { op: BinOp::Ge, a: 0, step: 1, imm: 10, target: 1 }, Op::Return]
    }

    #[test]
    fn runs_to_the_first_instruction_it_does_not_take() {
        let code = counting_loop();
        let mut regs = vec![Value::Nil; 1];
        let mut budget = 100;
        assert_eq!(run_simple(&code, 0, &mut regs, &mut budget), 2);
        assert!(matches!(regs[0], Value::Int(10)));
        // Nine taken backward branches.
        assert_eq!(budget, 91);
        assert_eq!(simple_runs(&code), vec![2, 1, 0]);
    }

    #[test]
    fn hands_back_the_branch_that_would_spend_the_last_unit() {
        let code = counting_loop();
        let mut regs = vec![Value::Nil; 1];
        let mut budget = 4;
        // Three taken branches spend 3 units; the fourth is left unexecuted.
        assert_eq!(run_simple(&code, 0, &mut regs, &mut budget), 1);
        assert!(matches!(regs[0], Value::Int(3)));
        assert_eq!(budget, 1);
    }

    /// `for i := 0; i < 50; i++ { if i%3 == 0 { s += i } else { t ^= i }; b = !b }`
    /// with r0=i r1=s r2=t r3=cond r4=b r5=tmp; the body is 1..=8.
    fn branchy_loop() -> Vec<Op> {
        vec![
            Op::LoadInt { dst: 0, v: 0 },
            Op::RemIntImm { dst: 5, a: 0, imm: 3 },
            Op::CmpIntImm { op: BinOp::Eq, dst: 3, a: 5, imm: 0 },
            Op::JumpIfNot { cond: 3, target: 5 },
            Op::AddInt { dst: 1, a: 1, b: 0 },
            Op::JumpIf { cond: 3, target: 6 },
            Op::XorInt { dst: 2, a: 2, b: 0 },
            Op::Not { dst: 4, a: 4 },
            Op::IncJumpIfNotCmpIntImm { op: BinOp::Ge, a: 0, step: 1, imm: 50, target: 1 },
            Op::Return,
        ]
    }

    fn show(regs: &[Value]) -> String {
        format!("{regs:?}")
    }

    #[test]
    fn typed_and_general_loops_agree() {
        let code = branchy_loop();
        assert_eq!(typed_regs(&code[1..=8]), Some(0b11_1111));
        for budget0 in [2u32, 7, 1000] {
            let start = || vec![Value::Int(0), Value::Int(5), Value::Int(1), Value::Nil, Value::Bool(false), Value::Nil];
            let (mut a, mut b) = (start(), start());
            let (mut ba, mut bb) = (budget0, budget0);
            let pa = run(&code, 1, 8, &mut a, &mut ba);
            let pb = run_simple(&code, 1, &mut b, &mut bb);
            assert_eq!((pa, ba, show(&a)), (pb, bb, show(&b)), "budget {budget0}");
        }
        // Ran to the end: i = 50, s = 5 + sum of multiples of 3 below 50.
        let mut regs = vec![Value::Int(0), Value::Int(5), Value::Int(1), Value::Nil, Value::Bool(false), Value::Nil];
        let mut budget = 1000;
        assert_eq!(run(&code, 1, 8, &mut regs, &mut budget), 9);
        assert!(matches!(regs[0], Value::Int(50)));
        assert!(matches!(regs[1], Value::Int(413)));
        assert!(matches!(regs[4], Value::Bool(false)));
    }

    #[test]
    fn typed_loop_declines_other_values_and_instructions() {
        let code = branchy_loop();
        // A string in a register the body uses: the general loop runs it.
        let mut regs =
            vec![Value::Int(0), Value::Int(5), Value::Int(1), Value::Nil, Value::Bool(false), Value::Str(crate::value::GoStr::new(b"x"))];
        let mut budget = 1000;
        assert_eq!(run_typed(&code, 1, 8, 0b11_1111, &mut regs, &mut budget), None);
        assert!(matches!(regs[0], Value::Int(0)));
        assert_eq!(budget, 1000);
        // Slice access and high registers are not typed.
        assert_eq!(typed_regs(&[Op::Len { dst: 0, x: 1 }]), None);
        assert_eq!(typed_regs(&[Op::LoadInt { dst: 64, v: 1 }]), None);
    }

    #[test]
    fn hands_back_slice_accesses_it_cannot_take() {
        let arr: crate::value::Agg = crate::value::AggObj::new(vec![Value::Bool(false); 4].into());
        let s = Value::Slice(crate::value::Slice { arr: arr.clone(), off: 0, len: 4, cap: 4 });
        let code = vec![Op::SetIndex { x: 0, i: 1, src: 2 }, Op::SetIndex { x: 0, i: 3, src: 2 }, Op::Return];
        // In range: stored; out of range (index 9): handed back for exec_loop's panic.
        let mut regs = vec![s, Value::Int(2), Value::Bool(true), Value::Int(9)];
        let mut budget = 10;
        assert_eq!(run_simple(&code, 0, &mut regs, &mut budget), 1);
        assert!(matches!(arr.borrow()[2], Value::Bool(true)));
    }

    #[test]
    fn takes_byte_slice_elements() {
        use crate::value::{ByteArr, Bytes, BytesKind, Elem};
        let bools = Bytes { arr: ByteArr::new(Elem::Bool, vec![0; 4]), off: 1, len: 3, cap: 3, kind: BytesKind::Slice };
        let arr = bools.arr.clone();
        // s[2] = true; r4 := s[2]; r5 := len(s); s[9] = true (handed back)
        let code = vec![
            Op::SetIndex { x: 0, i: 1, src: 2 },
            Op::Index { dst: 4, x: 0, i: 1 },
            Op::Len { dst: 5, x: 0 },
            Op::SetIndex { x: 0, i: 3, src: 2 },
            Op::Return,
        ];
        let mut regs = vec![Value::Bytes(bools), Value::Int(2), Value::Bool(true), Value::Int(9), Value::Nil, Value::Nil];
        let mut budget = 10;
        assert_eq!(run_simple(&code, 0, &mut regs, &mut budget), 3);
        assert_eq!(*arr.buf.borrow(), vec![0, 0, 0, 1]);
        assert!(matches!(regs[4], Value::Bool(true)));
        assert!(matches!(regs[5], Value::Int(3)));
    }
}
